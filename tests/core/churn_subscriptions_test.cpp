// Churn and retention from subscription rows: a customer who leaves and comes back is a second
// subscription row (metrics.md's reactivation), which the customer file's single pair of dates
// cannot say.
#include "io/importer.h"
#include "model/dates.h"
#include "reports/churnreport.h"
#include "reports/explain.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;

namespace {

void import(test::TempStore& t, const char* kind, const std::string& csv) {
    io::ImportOptions o;
    o.kind = QLatin1String(kind);
    o.file = t.writeFile(QLatin1String(kind) + QLatin1String(".csv"), csv);
    const io::ImportSummary s = io::importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
}

const metrics::ChurnRow& rowOf(const reports::ChurnReport& report, int year, int month) {
    const int64_t start = daysFromCivil(year, month, 1);
    for (const metrics::ChurnRow& row : report.churn)
        if (row.period.start == start) return row;
    ADD_FAILURE() << "no row for " << year << "-" << month;
    static const metrics::ChurnRow none;
    return none;
}

reports::ChurnReport churnOf(test::TempStore& t) {
    reports::ChurnReportOptions o;
    o.from = daysFromCivil(2024, 1, 1);
    o.to = daysFromCivil(2024, 12, 31);
    const auto report = reports::computeChurnReport(*t.store, o);
    EXPECT_TRUE(report) << report.error().toStdString();
    return report ? report.value() : reports::ChurnReport{};
}

// C1 stays all year; C2 leaves on 2024-03-10 and comes back on 2024-06-05; C3 leaves and comes
// back inside May; C4 has no subscriptions and serves by its customer dates; C5's open
// subscription ends on its customer churn date.
void fillReturningCustomers(test::TempStore& t) {
    import(t, "customers",
           "customer_id,signup_date,churn_date\n"
           "C1,2024-01-01,\n"
           "C2,2024-01-01,\n"
           "C3,2024-01-01,\n"
           "C4,2024-01-01,2024-04-15\n"
           "C5,2024-01-01,2024-08-20\n");
    import(t, "subscriptions",
           "customer_id,started_at,ended_at,mrr\n"
           "C1,2024-01-01,,10\n"
           "C2,2024-01-01,2024-03-10,10\n"
           "C2,2024-06-05,,10\n"
           "C3,2024-01-01,2024-05-03,10\n"
           "C3,2024-05-20,,10\n"
           "C5,2024-01-01,,10\n");
}

} // namespace

TEST(ChurnFromSubscriptions, AReturningCustomerIsLostThenNewAgain) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    fillReturningCustomers(t);
    const reports::ChurnReport report = churnOf(t);

    const metrics::ChurnRow& march = rowOf(report, 2024, 3);
    EXPECT_EQ(march.customersAtStart, 5);
    EXPECT_EQ(march.lost, 1); // C2
    EXPECT_EQ(march.customersAtEnd, 4);
    ASSERT_TRUE(march.churnPct);
    EXPECT_DOUBLE_EQ(*march.churnPct, 20.0);

    const metrics::ChurnRow& april = rowOf(report, 2024, 4);
    EXPECT_EQ(april.lost, 1); // C4, by its customer dates

    const metrics::ChurnRow& may = rowOf(report, 2024, 5);
    EXPECT_EQ(may.customersAtStart, 3);
    EXPECT_EQ(may.lost, 0); // C3 came back inside May: not lost (ChartMogul's rule)
    EXPECT_EQ(may.newCustomers, 0);

    const metrics::ChurnRow& june = rowOf(report, 2024, 6);
    EXPECT_EQ(june.customersAtStart, 3);
    EXPECT_EQ(june.newCustomers, 1); // C2 again
    EXPECT_EQ(june.customersAtEnd, 4);

    const metrics::ChurnRow& august = rowOf(report, 2024, 8);
    EXPECT_EQ(august.lost, 1); // C5: the customer file's churn date ends its open subscription
    EXPECT_EQ(august.customersAtEnd, 3);
}

TEST(ChurnFromSubscriptions, TheExplanationNamesTheReturningCustomer) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    fillReturningCustomers(t);
    const auto rows =
        reports::explainChurnCell(*t.store, {}, periodOf(daysFromCivil(2024, 3, 1), PeriodUnit::Month));
    ASSERT_TRUE(rows) << rows.error().toStdString();
    int lost = 0;
    for (const reports::ExplainRow& row : rows.value())
        if (row.role == metrics::Role::Numerator) {
            ++lost;
            EXPECT_EQ(row.customer, QStringLiteral("C2"));
        }
    EXPECT_EQ(lost, 1);
}

TEST(ChurnFromSubscriptions, UndatedChurnIsLeftOutOnlyWithoutAKnownEnd) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    import(t, "customers",
           "customer_id,signup_date,churned\n"
           "A,2024-01-01,yes\n" // no subscriptions: last day unknown
           "B,2024-01-01,yes\n" // its subscription ended: that is the churn
           "C,2024-01-01,yes\n" // its subscription is still open: unknown
           "D,2024-01-01,no\n");
    import(t, "subscriptions",
           "customer_id,started_at,ended_at\n"
           "B,2024-01-01,2024-02-10\n"
           "C,2024-01-01,\n"
           "D,2024-01-01,\n");
    const auto undated = store::countUndatedChurn(*t.store);
    ASSERT_TRUE(undated);
    EXPECT_EQ(undated.value(), 2);
    const auto lifetimes = store::loadLifetimes(*t.store);
    ASSERT_TRUE(lifetimes);
    ASSERT_EQ(lifetimes->size(), 2u);
    const reports::ChurnReport report = churnOf(t);
    const metrics::ChurnRow& february = rowOf(report, 2024, 2);
    EXPECT_EQ(february.customersAtStart, 2);
    EXPECT_EQ(february.lost, 1); // B
}
