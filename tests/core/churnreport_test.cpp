#include "demo/demostore.h"
#include "io/importer.h"
#include "model/dates.h"
#include "reports/churnreport.h"
#include "reports/explain.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace tenure;

namespace {

void import(test::TempStore& t, const char* kind, const char* name, const std::string& csv) {
    io::ImportOptions o;
    o.kind = QLatin1String(kind);
    o.file = t.writeFile(QLatin1String(name), csv);
    const io::ImportSummary s = io::importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
}

void expectSame(const std::optional<double>& a, const std::optional<double>& b) {
    ASSERT_EQ(a.has_value(), b.has_value());
    if (a) {
        EXPECT_DOUBLE_EQ(*a, *b);
    }
}

} // namespace

// The report is the metric functions over the loaders, for the periods the CLI would use.
TEST(ChurnReport, MatchesTheMetricFunctionsOnTheDemoStore) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    demo::DemoOptions demoOptions;
    demoOptions.customers = 300;
    demoOptions.seed = 7;
    demoOptions.today = daysFromCivil(2025, 3, 15);
    ASSERT_TRUE(demo::fillDemoStore(*t.store, demoOptions));

    reports::ChurnReportOptions options;
    options.unit = PeriodUnit::Month;
    const auto report = reports::computeChurnReport(*t.store, options);
    ASSERT_TRUE(report) << report.error().toStdString();

    const auto lifetimes = store::loadLifetimes(*t.store);
    ASSERT_TRUE(lifetimes);
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (const metrics::Lifetime& l : lifetimes.value())
        for (int64_t d : {l.signup, l.churn})
            if (d != metrics::noDay) first = std::min(first, d), last = std::max(last, d);
    EXPECT_EQ(report->asOfDay, last);
    const auto periods = periodsCovering(first, last, PeriodUnit::Month);
    const auto churn = metrics::churnByPeriod(lifetimes.value(), periods, last);
    ASSERT_EQ(report->churn.size(), churn.size());
    ASSERT_GE(churn.size(), 30u);
    int64_t lost = 0;
    for (size_t i = 0; i < churn.size(); ++i) {
        EXPECT_EQ(report->churn[i].period, churn[i].period);
        EXPECT_EQ(report->churn[i].customersAtStart, churn[i].customersAtStart);
        EXPECT_EQ(report->churn[i].lost, churn[i].lost);
        EXPECT_EQ(report->churn[i].newCustomers, churn[i].newCustomers);
        expectSame(report->churn[i].churnPct, churn[i].churnPct);
        expectSame(report->churn[i].retentionPct, churn[i].retentionPct);
        lost += churn[i].lost;
    }
    EXPECT_GT(lost, 0);
    EXPECT_TRUE(report->churn.back().partial); // 2025-03 runs past the 15th

    const auto subscriptions = store::loadSubscriptions(*t.store);
    ASSERT_TRUE(subscriptions);
    int64_t subFirst = INT64_MAX, subLast = INT64_MIN;
    for (const metrics::Subscription& s : subscriptions.value())
        for (int64_t d : {s.start, s.end})
            if (d != metrics::noDay) subFirst = std::min(subFirst, d), subLast = std::max(subLast, d);
    const auto revenue = metrics::revenueByPeriod(
        subscriptions.value(), periodsCovering(subFirst, subLast, PeriodUnit::Month), subLast, 1.0, {});
    ASSERT_EQ(report->revenue.size(), revenue.size());
    for (size_t i = 0; i < revenue.size(); ++i) {
        EXPECT_DOUBLE_EQ(report->revenue[i].newMrr, revenue[i].newMrr);
        EXPECT_DOUBLE_EQ(report->revenue[i].expansion, revenue[i].expansion);
        EXPECT_DOUBLE_EQ(report->revenue[i].contraction, revenue[i].contraction);
        EXPECT_DOUBLE_EQ(report->revenue[i].churned, revenue[i].churned);
    }

    auto members = store::loadCohortMembers(*t.store, store::CohortBasis::Signup);
    ASSERT_TRUE(members);
    ASSERT_TRUE(reports::withServiceSpans(*t.store, {}, members.value())); // as churn counts service
    const auto orders = store::loadActivities(*t.store, store::ActivitySource::Orders);
    ASSERT_TRUE(members && orders);
    int64_t cohortLast = INT64_MIN;
    for (const metrics::CohortMember& m : members.value())
        cohortLast = std::max({cohortLast, m.first, m.churn});
    for (const metrics::Activity& a : orders.value())
        cohortLast = std::max(cohortLast, a.day);
    const auto cells =
        metrics::cohortRetention(members.value(), orders.value(), metrics::CohortActivity::Subscription,
                                 PeriodUnit::Month, cohortLast);
    ASSERT_EQ(report->cohorts.size(), cells.size());
    EXPECT_TRUE(report->cohortRevenue);
    for (size_t i = 0; i < cells.size(); ++i) {
        EXPECT_EQ(report->cohorts[i].active, cells[i].active);
        expectSame(report->cohorts[i].retentionPct, cells[i].retentionPct);
        expectSame(report->cohorts[i].revenueRetentionPct, cells[i].revenueRetentionPct);
    }

    // Every exit survey of the demo falls inside the churn periods, and each has a reason.
    EXPECT_EQ(report->surveys, t.scalar("SELECT count(*) FROM feedback WHERE kind = 'exit_survey'"));
    EXPECT_GT(report->surveys, 0);
    for (const reports::ChurnReasonCount& r : report->reasons)
        EXPECT_FALSE(r.reason.isEmpty());
}

TEST(ChurnReport, ReasonsAreExitSurveysByCategoryMostFrequentFirst) {
    test::TempStore t;
    import(t, "customers", "c.csv",
           "customer_id,segment,signup_date,churn_date\n"
           "A,SMB,2024-01-01,2024-03-10\nB,SMB,2024-01-01,2024-03-20\nC,SMB,2024-01-01,2024-04-02\n"
           "D,Enterprise,2024-01-01,2024-03-05\nE,SMB,2024-01-01,\n");
    import(t, "feedback", "f.csv",
           "customer_id,created_at,kind,category,text\n"
           "A,2024-03-11,exit_survey,Price,too dear\n"
           "B,2024-03-21,exit_survey,Missing features,\n"
           "C,2024-04-03,exit_survey,Price,\n"
           "D,2024-03-06,exit_survey,Price,\n"
           "E,2024-03-01,complaint,Price,not an exit\n"
           "E,2024-03-02,Exit_Survey,,changed our mind\n");
    const auto surveys = store::loadExitSurveys(*t.store);
    ASSERT_TRUE(surveys) << surveys.error().toStdString();
    ASSERT_EQ(surveys->size(), 5u); // the complaint is not a survey; the kind's case does not matter

    const auto all = reports::countChurnReasons(surveys.value(), std::nullopt);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].reason, QStringLiteral("Price"));
    EXPECT_EQ(all[0].surveys, 3);
    EXPECT_DOUBLE_EQ(*all[0].sharePct, 60.0);
    EXPECT_EQ(all[1].reason, QString()); // a tie is broken by name: no reason sorts first
    EXPECT_EQ(all[2].reason, QStringLiteral("Missing features"));

    const Period march{daysFromCivil(2024, 3, 1), daysFromCivil(2024, 4, 1)};
    const auto inMarch = reports::countChurnReasons(surveys.value(), march);
    ASSERT_EQ(inMarch.size(), 3u);
    EXPECT_EQ(inMarch[0].surveys, 2); // C's survey is in April

    const auto smb = store::loadExitSurveys(*t.store, {QStringLiteral("SMB")});
    ASSERT_TRUE(smb);
    EXPECT_EQ(smb->size(), 4u);

    EXPECT_TRUE(reports::countChurnReasons({}, std::nullopt).empty());
}

TEST(ChurnReport, ReferenceLinesAreRecurlysQuarterlyChurnRestatedPerPeriod) {
    const auto quarter = reports::churnReferenceLines(PeriodUnit::Quarter);
    ASSERT_EQ(quarter.size(), 2u);
    EXPECT_DOUBLE_EQ(quarter[0].pct, 10.6);
    EXPECT_DOUBLE_EQ(quarter[1].pct, 8.2);
    const auto month = reports::churnReferenceLines(PeriodUnit::Month);
    // Three months at the monthly rate retain as many as one quarter at the quarterly rate.
    EXPECT_NEAR(std::pow(1 - month[0].pct / 100, 3), 1 - 0.106, 1e-12);
    EXPECT_NEAR(month[0].pct, 3.667, 0.001);
    EXPECT_DOUBLE_EQ(month[1].quarterlyPct, 8.2);
    const auto year = reports::churnReferenceLines(PeriodUnit::Year);
    EXPECT_NEAR(1 - year[1].pct / 100, std::pow(1 - 0.082, 4), 1e-12);
}

TEST(ChurnReport, EmptyStoreGivesAnEmptyReport) {
    test::TempStore t;
    const auto report = reports::computeChurnReport(*t.store, {});
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_TRUE(report->churn.empty());
    EXPECT_TRUE(report->revenue.empty());
    EXPECT_TRUE(report->cohorts.empty());
    EXPECT_TRUE(report->reasons.empty());
    EXPECT_FALSE(report->cohortRevenue);
}

TEST(ChurnReport, CohortCellExplanationListsWhoIsStillACustomerAndWhyOthersLeft) {
    const auto day = [](int y, int m, int d) { return daysFromCivil(y, m, d); };
    const std::vector<metrics::CohortMember> members{{1, day(2024, 1, 5), metrics::noDay},
                                                     {2, day(2024, 1, 10), day(2024, 2, 15)},
                                                     {3, day(2024, 1, 20), day(2024, 3, 1)},
                                                     {4, day(2024, 2, 2), metrics::noDay}};
    const Period january{day(2024, 1, 1), day(2024, 2, 1)};
    const auto rows = metrics::explainCohortCell(members, january, 1, PeriodUnit::Month);
    ASSERT_EQ(rows.size(), 3u); // customer 4 is in February's cohort
    EXPECT_EQ(rows[0].role, metrics::Role::Numerator);
    EXPECT_EQ(rows[1].role, metrics::Role::Denominator);
    EXPECT_EQ(rows[1].reason,
              QStringLiteral("joined on 2024-01-10; left on 2024-02-15, before the end of 2024-02-29"));
    EXPECT_EQ(rows[2].role, metrics::Role::Numerator); // left on the first day after the offset
    const auto cells = metrics::cohortRetention(members, {}, metrics::CohortActivity::Subscription,
                                                PeriodUnit::Month, day(2024, 3, 31));
    for (const metrics::CohortCell& c : cells)
        if (c.cohort == january && c.offset == 1) {
            EXPECT_EQ(c.active, 2);
        }

    // Through the store: customer ids, and the leaver's exit-survey reason.
    test::TempStore t;
    import(t, "customers", "c.csv",
           "customer_id,signup_date,churn_date\nA,2024-01-05,\nB,2024-01-10,2024-02-15\nC,2024-01-20,2024-03-"
           "01\n");
    import(t, "feedback", "f.csv",
           "customer_id,created_at,kind,category\nB,2024-02-15,exit_survey,Price\nB,2024-02-16,exit_survey,"
           "Missing "
           "features\n");
    const auto explained = reports::explainCohortCell(*t.store, {}, PeriodUnit::Month, january, 1);
    ASSERT_TRUE(explained) << explained.error().toStdString();
    ASSERT_EQ(explained->size(), 3u);
    EXPECT_EQ(explained.value()[1].customer, QStringLiteral("B"));
    EXPECT_TRUE(explained.value()[1].reason.endsWith(QStringLiteral("; exit survey: Missing features")));
}

TEST(ChurnReport, CohortCellExplanationsAgreeWithTheHeatmapFiguresOnTheDemoStore) {
    test::TempStore t;
    demo::DemoOptions demoOptions;
    demoOptions.customers = 300;
    demoOptions.seed = 3;
    demoOptions.today = daysFromCivil(2025, 3, 15);
    ASSERT_TRUE(demo::fillDemoStore(*t.store, demoOptions));
    const auto report = reports::computeChurnReport(*t.store, {});
    ASSERT_TRUE(report);
    int checked = 0;
    for (size_t i = 0; i < report->cohorts.size(); i += 37) {
        const metrics::CohortCell& c = report->cohorts[i];
        const auto rows = reports::explainCohortCell(*t.store, {}, PeriodUnit::Month, c.cohort, c.offset);
        ASSERT_TRUE(rows);
        EXPECT_EQ(static_cast<int64_t>(rows->size()), c.size);
        EXPECT_EQ(
            std::count_if(rows->begin(), rows->end(),
                          [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; }),
            c.active);
        ++checked;
    }
    EXPECT_GT(checked, 5);
}
