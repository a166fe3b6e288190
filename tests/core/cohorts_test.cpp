#include "io/csvreader.h"
#include "io/importer.h"
#include "metrics/cohorts.h"
#include "model/dates.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace tenure;
using namespace tenure::metrics;

namespace {

int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}

const CohortCell* find(const std::vector<CohortCell>& cells, int64_t cohortStart, int offset) {
    for (const CohortCell& c : cells)
        if (c.cohort.start == cohortStart && c.offset == offset) return &c;
    return nullptr;
}

} // namespace

TEST(Cohorts, ActivityRetentionCountsEachCustomerOncePerCell) {
    const std::vector<CohortMember> members{
        {1, day(2024, 1, 5)}, {2, day(2024, 1, 20)}, {3, day(2024, 2, 2)}};
    const std::vector<Activity> activity{{1, day(2024, 1, 5), 10}, {2, day(2024, 1, 20), 20},
                                         {1, day(2024, 2, 1), 5},  {1, day(2024, 2, 9), 5},
                                         {3, day(2024, 2, 2), 7},  {9, day(2024, 2, 2), 99}};
    const auto cells =
        cohortRetention(members, activity, CohortActivity::Activity, PeriodUnit::Month, day(2024, 3, 31));
    const CohortCell* jan0 = find(cells, day(2024, 1, 1), 0);
    const CohortCell* jan1 = find(cells, day(2024, 1, 1), 1);
    const CohortCell* jan2 = find(cells, day(2024, 1, 1), 2);
    ASSERT_TRUE(jan0 && jan1 && jan2);
    EXPECT_EQ(jan0->size, 2);
    EXPECT_DOUBLE_EQ(*jan0->retentionPct, 100.0);
    EXPECT_EQ(jan1->active, 1); // customer 1 twice in February counts once
    EXPECT_DOUBLE_EQ(*jan1->retentionPct, 50.0);
    EXPECT_DOUBLE_EQ(jan1->revenue, 10.0);
    EXPECT_DOUBLE_EQ(*jan1->revenueRetentionPct, 100.0 * 10.0 / 30.0);
    EXPECT_EQ(jan2->active, 0);
    EXPECT_DOUBLE_EQ(*jan2->retentionPct, 0.0);
    // Cells after the data's last day are not produced.
    EXPECT_EQ(find(cells, day(2024, 1, 1), 3), nullptr);
    EXPECT_EQ(find(cells, day(2024, 2, 1), 2), nullptr);
    EXPECT_NE(find(cells, day(2024, 2, 1), 1), nullptr);
}

TEST(Cohorts, SubscriptionRetentionUsesTheLastDayOfEachPeriod) {
    const std::vector<CohortMember> members{{1, day(2024, 1, 5), day(2024, 3, 31)},
                                            {2, day(2024, 1, 20), day(2024, 4, 1)},
                                            {3, day(2024, 1, 9), noDay}};
    const auto cells =
        cohortRetention(members, {}, CohortActivity::Subscription, PeriodUnit::Month, day(2024, 4, 15));
    EXPECT_EQ(find(cells, day(2024, 1, 1), 0)->active, 3);
    EXPECT_EQ(find(cells, day(2024, 1, 1), 2)->active, 2); // churn on 31 March: not a customer that day
    EXPECT_EQ(find(cells, day(2024, 1, 1), 3)->active, 1);
    EXPECT_TRUE(find(cells, day(2024, 1, 1), 3)->partial);
    EXPECT_FALSE(find(cells, day(2024, 1, 1), 2)->partial);
}

// A customer who leaves and comes back (two subscription rows) is not a customer at the
// month-ends in between, as churn counts them; the explanation says so.
TEST(Cohorts, SubscriptionRetentionFollowsSpansOfServiceWithGaps) {
    std::vector<CohortMember> members{{1, day(2024, 1, 5), day(2024, 9, 1)}, // the customer file: one stretch
                                      {2, day(2024, 1, 9), noDay},
                                      {3, day(2024, 1, 12), noDay}}; // churned on an unknown day: no lifetime
    applyServiceSpans(members, {{1, day(2024, 1, 5), day(2024, 3, 10)},
                                {1, day(2024, 5, 20), day(2024, 6, 3)},
                                {1, day(2024, 6, 3), noDay}, // touching: one stretch
                                {2, day(2024, 2, 1), noDay}});
    ASSERT_EQ(members.size(), 2u); // customer 3 is left out, as churn leaves it out
    EXPECT_EQ(members[0].churn, noDay);
    ASSERT_EQ(members[0].gaps.size(), 1u);
    EXPECT_EQ(members[0].gaps[0], std::make_pair(day(2024, 3, 10), day(2024, 5, 20)));
    ASSERT_EQ(members[1].gaps.size(), 1u); // joined on the 9th, served from 1 February
    EXPECT_FALSE(servedOn(members[1], day(2024, 1, 31)));

    const auto cells =
        cohortRetention(members, {}, CohortActivity::Subscription, PeriodUnit::Month, day(2024, 6, 30));
    EXPECT_EQ(find(cells, day(2024, 1, 1), 0)->active, 1); // customer 1 on 31 January
    EXPECT_EQ(find(cells, day(2024, 1, 1), 1)->active, 2);
    EXPECT_EQ(find(cells, day(2024, 1, 1), 2)->active, 1); // 31 March: customer 1 in its gap
    EXPECT_EQ(find(cells, day(2024, 1, 1), 3)->active, 1); // 30 April: still in the gap
    EXPECT_EQ(find(cells, day(2024, 1, 1), 4)->active, 2); // 31 May: back
    const auto rows =
        explainCohortCell(members, Period{day(2024, 1, 1), day(2024, 2, 1)}, 3, PeriodUnit::Month);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].role, Role::Denominator);
    EXPECT_TRUE(rows[0].reason.contains(QStringLiteral("came back"))) << rows[0].reason.toStdString();
    EXPECT_EQ(rows[1].role, Role::Numerator);
}

TEST(Cohorts, EmptyInputGivesNoCells) {
    EXPECT_TRUE(
        cohortRetention({}, {}, CohortActivity::Activity, PeriodUnit::Month, day(2024, 1, 1)).empty());
}

namespace {

// A second, naive implementation for real data: months as text, sets per customer.
struct NaiveCohorts {
    std::map<std::string, std::string> firstMonth;             // customer → YYYY-MM
    std::map<std::string, std::set<std::string>> activeMonths; // customer → months with an order
};

int monthIndex(const std::string& month) {
    return std::stoi(month.substr(0, 4)) * 12 + std::stoi(month.substr(5, 2)) - 1;
}

NaiveCohorts naiveFromFile(const QString& path, const std::string& customerColumn,
                           const std::string& dateColumn) {
    NaiveCohorts out;
    io::CsvReader reader;
    EXPECT_TRUE(reader.open(path));
    io::CsvRecord record;
    reader.next(record);
    size_t customer = 0;
    size_t date = 0;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        customer = record.fields[i] == customerColumn ? i : customer;
        date = record.fields[i] == dateColumn ? i : date;
    }
    while (reader.next(record)) {
        const std::string id(record.fields[customer]);
        if (id.empty()) continue;
        const std::string month(record.fields[date].substr(0, 7));
        auto [it, inserted] = out.firstMonth.emplace(id, month);
        if (!inserted && month < it->second) it->second = month;
        out.activeMonths[id].insert(month);
    }
    return out;
}

void expectSameAsNaive(const QString& path, const std::string& customerColumn, const std::string& dateColumn,
                       size_t expectedCohorts) {
    test::TempStore t;
    io::ImportOptions import;
    import.kind = QStringLiteral("orders");
    import.file = path;
    ASSERT_TRUE(io::importCsv(*t.store, import).ok());
    const auto members = store::loadCohortMembers(*t.store, store::CohortBasis::FirstOrder);
    const auto orders = store::loadActivities(*t.store, store::ActivitySource::Orders);
    ASSERT_TRUE(members && orders);
    int64_t last = 0;
    for (const Activity& a : orders.value())
        last = std::max(last, a.day);
    const auto cells =
        cohortRetention(members.value(), orders.value(), CohortActivity::Activity, PeriodUnit::Month, last);

    const NaiveCohorts naive = naiveFromFile(path, customerColumn, dateColumn);
    std::map<std::pair<std::string, int>, int64_t> active; // (cohort, offset) → customers
    std::map<std::string, int64_t> size;
    for (const auto& [customer, first] : naive.firstMonth) {
        ++size[first];
        for (const std::string& month : naive.activeMonths.at(customer))
            ++active[{first, monthIndex(month) - monthIndex(first)}];
    }
    ASSERT_EQ(size.size(), expectedCohorts);
    size_t compared = 0;
    for (const CohortCell& c : cells) {
        const std::string cohort = periodLabel(c.cohort, PeriodUnit::Month).toStdString();
        ASSERT_EQ(c.size, size.at(cohort)) << cohort;
        const auto it = active.find({cohort, c.offset});
        EXPECT_EQ(c.active, it == active.end() ? 0 : it->second) << cohort << " +" << c.offset;
        ++compared;
    }
    // Every naive cell with activity is among the computed cells.
    for (const auto& [key, count] : active) {
        const CohortCell* c = nullptr;
        for (const CohortCell& cell : cells)
            if (periodLabel(cell.cohort, PeriodUnit::Month).toStdString() == key.first &&
                cell.offset == key.second)
                c = &cell;
        ASSERT_NE(c, nullptr) << key.first << " +" << key.second;
    }
    EXPECT_GT(compared, expectedCohorts);
}

} // namespace

TEST(CohortsRealData, CdnowHasThreeCohortsMatchingANaiveCount) {
    expectSameAsNaive(test::sharedData(QStringLiteral("cdnow/CDNOW_master.csv")), "customer_id", "date", 3);
}

TEST(CohortsRealData, OnlineRetailMatchesANaiveCount) {
    expectSameAsNaive(test::sharedData(QStringLiteral("online_retail/online_retail_customers_mod10.csv")),
                      "CustomerID", "InvoiceDate", 13);
}
