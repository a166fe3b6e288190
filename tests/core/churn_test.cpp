#include "io/csvreader.h"
#include "metrics/churn.h"
#include "model/dates.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <map>

using namespace tenure;
using namespace tenure::metrics;

namespace {

int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}

const Period july2024{day(2024, 7, 1), day(2024, 8, 1)};

} // namespace

TEST(Churn, WorkedExampleTenPercent) {
    // 100 customers at the start of July, 10 of them lost during July → 10.0 %.
    std::vector<Lifetime> customers;
    for (int i = 0; i < 100; ++i)
        customers.push_back({i, day(2024, 1, 1 + i % 28), i < 10 ? day(2024, 7, 2 + i) : noDay});
    const auto rows = churnByPeriod(customers, {july2024}, day(2024, 12, 31));
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].customersAtStart, 100);
    EXPECT_EQ(rows[0].lost, 10);
    ASSERT_TRUE(rows[0].churnPct);
    EXPECT_DOUBLE_EQ(*rows[0].churnPct, 10.0);
    EXPECT_EQ(rows[0].customersAtEnd, 90);
    EXPECT_FALSE(rows[0].partial);
}

TEST(Retention, WorkedExampleSixtyPercent) {
    // CS = 1,000, CN = 200, CE = 800 → (800 − 200) / 1000 = 60.0 % over 2024-Q2.
    const Period q2{day(2024, 4, 1), day(2024, 7, 1)};
    std::vector<Lifetime> customers;
    int64_t id = 0;
    for (int i = 0; i < 1000; ++i) // 400 of the 1,000 at start leave during the quarter
        customers.push_back({id++, day(2023, 6, 1), i < 400 ? day(2024, 5, 1 + i % 30) : noDay});
    for (int i = 0; i < 200; ++i) // 200 new, all still there at the end
        customers.push_back({id++, day(2024, 4, 1 + i % 30), noDay});
    const auto rows = retentionByPeriod(customers, {q2}, day(2024, 12, 31));
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].cs, 1000);
    EXPECT_EQ(rows[0].cn, 200);
    EXPECT_EQ(rows[0].ce, 800);
    ASSERT_TRUE(rows[0].retentionPct);
    EXPECT_DOUBLE_EQ(*rows[0].retentionPct, 60.0);
}

TEST(Churn, EmptyInputGivesUndefinedRatiosNotZero) {
    const auto periods = periodsCovering(day(2024, 1, 1), day(2024, 3, 31), PeriodUnit::Month);
    const auto rows = churnByPeriod({}, periods, day(2024, 3, 31));
    ASSERT_EQ(rows.size(), 3u);
    for (const ChurnRow& r : rows) {
        EXPECT_EQ(r.customersAtStart, 0);
        EXPECT_FALSE(r.churnPct);
        EXPECT_FALSE(r.retentionPct);
    }
}

TEST(Churn, NewAndLostInsideThePeriodIsNotLost) {
    const std::vector<Lifetime> customers{
        {1, day(2024, 6, 1), noDay}, {2, day(2024, 7, 3), day(2024, 7, 20)}, {3, day(2024, 7, 5), noDay}};
    const auto row = churnByPeriod(customers, {july2024}, day(2024, 12, 31)).front();
    EXPECT_EQ(row.customersAtStart, 1);
    EXPECT_EQ(row.newCustomers, 2);
    EXPECT_EQ(row.newAndLost, 1);
    EXPECT_EQ(row.lost, 0);
    EXPECT_EQ(row.customersAtEnd, 2);
    EXPECT_DOUBLE_EQ(*row.churnPct, 0.0);
}

TEST(Churn, ChurnDatedOnTheFirstDayIsALossOfThatPeriod) {
    // The churn date is the first day without service: a customer churned on 1 July was a
    // customer when July began, and July lost them. Customers at the end of June equal those
    // at the start of July, so no churn falls between two periods.
    const std::vector<Lifetime> customers{{1, day(2024, 1, 1), day(2024, 7, 1)}, {2, day(2024, 1, 1), noDay}};
    const auto periods = periodsCovering(day(2024, 6, 1), day(2024, 7, 31), PeriodUnit::Month);
    const auto rows = churnByPeriod(customers, periods, day(2024, 12, 31));
    EXPECT_EQ(rows[0].lost, 0);
    EXPECT_EQ(rows[0].customersAtEnd, 2);
    EXPECT_EQ(rows[1].customersAtStart, 2);
    EXPECT_EQ(rows[1].lost, 1);
    // Daily periods count every churn exactly once too.
    const auto days = churnByPeriod(
        customers, periodsCovering(day(2024, 6, 28), day(2024, 7, 3), PeriodUnit::Day), day(2024, 12, 31));
    int64_t lost = 0;
    for (const ChurnRow& r : days)
        lost += r.lost;
    EXPECT_EQ(lost, 1);
    EXPECT_EQ(days[3].lost, 1); // 2024-07-01
}

TEST(Churn, CustomersWhoComeBackCountInEachSpan) {
    // Churned in March, back in May (a second lifetime of the same customer).
    const std::vector<Lifetime> customers{{7, day(2024, 1, 10), day(2024, 3, 15)},
                                          {7, day(2024, 5, 2), noDay}};
    const auto periods = periodsCovering(day(2024, 1, 1), day(2024, 6, 30), PeriodUnit::Month);
    const auto rows = churnByPeriod(customers, periods, day(2024, 6, 30));
    EXPECT_EQ(rows[2].lost, 1);             // March
    EXPECT_EQ(rows[3].customersAtStart, 0); // April
    EXPECT_FALSE(rows[3].churnPct);
    EXPECT_EQ(rows[4].newCustomers, 1);     // May
    EXPECT_EQ(rows[5].customersAtStart, 1); // June
}

TEST(Churn, MonthsOf28_29And31Days) {
    std::vector<Lifetime> customers{{1, day(2023, 1, 1), day(2023, 2, 28)},
                                    {2, day(2023, 1, 1), day(2023, 3, 1)},
                                    {3, day(2023, 1, 1), day(2024, 2, 29)},
                                    {4, day(2023, 1, 1), day(2024, 1, 31)}};
    const auto rows = churnByPeriod(
        customers, periodsCovering(day(2023, 2, 1), day(2024, 2, 29), PeriodUnit::Month), day(2024, 2, 29));
    EXPECT_EQ(rows.front().lost, 1);   // 2023-02: only the churn on the 28th
    EXPECT_EQ(rows[1].lost, 1);        // 2023-03: the churn on 1 March
    EXPECT_EQ(rows[11].lost, 1);       // 2024-01: the 31st
    EXPECT_EQ(rows.back().lost, 1);    // 2024-02: the 29th
    EXPECT_FALSE(rows.back().partial); // the data ends on the period's last day
}

TEST(Churn, PeriodInProgressIsPartial) {
    const auto periods = periodsCovering(day(2024, 6, 1), day(2024, 7, 31), PeriodUnit::Month);
    const auto rows = churnByPeriod({{1, day(2024, 1, 1), noDay}}, periods, day(2024, 7, 14));
    EXPECT_FALSE(rows[0].partial);
    EXPECT_TRUE(rows[1].partial);
}

TEST(Churn, UnknownSignupsAndBrokenRecordsAreLeftOut) {
    const std::vector<Lifetime> customers{
        {1, noDay, noDay}, {2, day(2024, 8, 1), day(2024, 7, 1)}, {3, day(2024, 1, 1), noDay}};
    const auto row = churnByPeriod(customers, {july2024}, day(2024, 12, 31)).front();
    EXPECT_EQ(row.customersAtStart, 1);
    const auto explained = explainChurn(customers, july2024);
    ASSERT_EQ(explained.size(), 2u);
    EXPECT_EQ(explained[0].reason, QStringLiteral("no signup date"));
    EXPECT_EQ(explained[1].role, Role::Denominator);
}

TEST(Churn, ExplainAgreesWithTheCountsAndSaysWhy) {
    std::vector<Lifetime> customers;
    for (int i = 0; i < 300; ++i) {
        const int64_t signup = day(2024, 1, 1) + (i * 37) % 250;
        const int64_t churn = i % 3 == 0 ? signup + 5 + (i * 7) % 120 : noDay;
        customers.push_back({i, signup, churn});
    }
    const auto row = churnByPeriod(customers, {july2024}, day(2024, 12, 31)).front();
    const auto explained = explainChurn(customers, july2024);
    int64_t numerator = 0;
    int64_t denominator = 0;
    int64_t newAndLost = 0;
    for (const ExplainedCustomer& e : explained) {
        numerator += e.role == Role::Numerator ? 1 : 0;
        denominator += e.role != Role::Excluded ? 1 : 0;
        newAndLost += e.reason.contains(QStringLiteral("new and lost")) ? 1 : 0;
        EXPECT_FALSE(e.reason.isEmpty());
    }
    EXPECT_EQ(numerator, row.lost);
    EXPECT_EQ(denominator, row.customersAtStart);
    EXPECT_EQ(newAndLost, row.newAndLost);
    EXPECT_GT(row.lost, 0);
    EXPECT_GT(row.newAndLost, 0);
}

TEST(Churn, ConservationAcrossPeriods) {
    std::vector<Lifetime> customers;
    for (int i = 0; i < 5000; ++i) {
        const int64_t signup = day(2022, 1, 1) + (i * 7919) % 1000;
        customers.push_back({i, signup, i % 4 == 0 ? signup + (i * 31) % 400 : noDay});
    }
    for (const PeriodUnit unit :
         {PeriodUnit::Day, PeriodUnit::Week, PeriodUnit::Month, PeriodUnit::Quarter}) {
        const auto rows = churnByPeriod(customers, periodsCovering(day(2022, 1, 1), day(2025, 6, 30), unit),
                                        day(2025, 6, 30));
        for (size_t i = 0; i < rows.size(); ++i) {
            const ChurnRow& r = rows[i];
            EXPECT_EQ(r.customersAtEnd, r.customersAtStart + r.newCustomers - r.lost - r.newAndLost);
            if (i + 1 < rows.size()) {
                EXPECT_EQ(rows[i + 1].customersAtStart, r.customersAtEnd);
            }
        }
    }
}

TEST(SnapshotChurn, TelcoOverallAndByContract) {
    io::CsvReader reader;
    ASSERT_TRUE(reader.open(test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv"))));
    io::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    int churnColumn = -1;
    int contractColumn = -1;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        churnColumn = record.fields[i] == "Churn" ? static_cast<int>(i) : churnColumn;
        contractColumn = record.fields[i] == "Contract" ? static_cast<int>(i) : contractColumn;
    }
    ASSERT_GE(churnColumn, 0);
    ASSERT_GE(contractColumn, 0);
    std::vector<SnapshotCustomer> customers;
    std::map<QString, std::pair<int64_t, int64_t>> naive; // group → (customers, churned)
    int64_t id = 0;
    while (reader.next(record)) {
        const bool churned = record.fields[static_cast<size_t>(churnColumn)] == "Yes";
        const QString contract = QString::fromUtf8(
            record.fields[static_cast<size_t>(contractColumn)].data(),
            static_cast<qsizetype>(record.fields[static_cast<size_t>(contractColumn)].size()));
        customers.push_back({++id, churned ? 1 : 0, contract});
        ++naive[contract].first;
        naive[contract].second += churned ? 1 : 0;
    }
    ASSERT_EQ(customers.size(), 7043u);

    const auto overall = snapshotChurn(customers, false);
    ASSERT_EQ(overall.size(), 1u);
    EXPECT_EQ(overall[0].customers, 7043);
    EXPECT_EQ(overall[0].churned, 1869);
    EXPECT_NEAR(*overall[0].churnPct, 26.54, 0.005);

    const auto byContract = snapshotChurn(customers, true);
    ASSERT_EQ(byContract.size(), 3u);
    for (const SnapshotRow& row : byContract) {
        const auto [count, churned] = naive.at(row.group);
        EXPECT_EQ(row.customers, count) << row.group.toStdString();
        EXPECT_EQ(row.churned, churned) << row.group.toStdString();
        EXPECT_DOUBLE_EQ(*row.churnPct, 100.0 * static_cast<double>(churned) / static_cast<double>(count));
    }
    EXPECT_EQ(byContract[0].group, QStringLiteral("Month-to-month"));
    EXPECT_NEAR(*byContract[0].churnPct, 42.71, 0.005);
    EXPECT_NEAR(*byContract[1].churnPct, 11.27, 0.005);
    EXPECT_NEAR(*byContract[2].churnPct, 2.83, 0.005);
}

TEST(SnapshotChurn, UnknownFlagsAreLeftOutAndEmptyIsUndefined) {
    const auto rows = snapshotChurn({{1, -1, QString()}, {2, 1, QString()}, {3, 0, QString()}}, false);
    EXPECT_EQ(rows[0].customers, 2);
    EXPECT_DOUBLE_EQ(*rows[0].churnPct, 50.0);
    const auto empty = snapshotChurn({}, false);
    ASSERT_EQ(empty.size(), 1u);
    EXPECT_FALSE(empty[0].churnPct);
}
