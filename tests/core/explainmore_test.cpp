// The rows behind revenue, CSAT, onboarding and loyalty figures: hand-written inputs, row by row,
// and the rows agree with the family's own figure.
#include "demo/demostore.h"
#include "metrics/loyalty.h"
#include "metrics/nps.h"
#include "metrics/onboarding.h"
#include "metrics/revenue.h"
#include "model/dates.h"
#include "reports/churnreport.h"
#include "reports/feedbackreport.h"
#include "reports/loyaltyreport.h"
#include "reports/onboardingreport.h"

#include "explaintestsupport.h"
#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace tenure;
using namespace tenure::metrics;
using namespace tenure::explaintest;

namespace {

// The amounts an explanation gives, per movement ("new", "expansion", …), and the MRR at start
// and at end of every row ("start", "end"), read back from the reasons.
std::map<QString, double> revenueSums(const std::vector<QString>& reasons) {
    static const QRegularExpression figures(QStringLiteral("^MRR (\\d+\\.\\d\\d) → (\\d+\\.\\d\\d): (.*)$"));
    static const QRegularExpression movement(
        QStringLiteral("^(new|expansion|contraction|churned|reactivation) [+-](\\d+\\.\\d\\d)"));
    std::map<QString, double> sums;
    for (const QString& reason : reasons) {
        const auto m = figures.match(reason);
        EXPECT_TRUE(m.hasMatch()) << reason.toStdString();
        sums[QStringLiteral("start")] += m.captured(1).toDouble();
        sums[QStringLiteral("end")] += m.captured(2).toDouble();
        const auto moved = movement.match(m.captured(3));
        if (moved.hasMatch()) sums[moved.captured(1)] += moved.captured(2).toDouble();
    }
    return sums;
}

std::vector<QString> reasonsOf(const std::vector<ExplainedCustomer>& rows) {
    std::vector<QString> out;
    for (const ExplainedCustomer& r : rows)
        out.push_back(r.reason);
    return out;
}

void expectRevenueAgrees(const std::map<QString, double>& sums, const RevenueRow& row, double tolerance) {
    const auto sum = [&sums](const char* key) {
        const auto it = sums.find(QLatin1String(key));
        return it == sums.end() ? 0.0 : it->second;
    };
    EXPECT_NEAR(sum("start"), row.mrrStart, tolerance);
    EXPECT_NEAR(sum("end"), row.mrrEnd, tolerance);
    EXPECT_NEAR(sum("new"), row.newMrr, tolerance);
    EXPECT_NEAR(sum("expansion"), row.expansion, tolerance);
    EXPECT_NEAR(sum("contraction"), row.contraction, tolerance);
    EXPECT_NEAR(sum("churned"), row.churned, tolerance);
    EXPECT_NEAR(sum("reactivation"), row.reactivation, tolerance);
}

// July 2024, customer by customer (MRR on June 30 → on July 31).
std::vector<Subscription> julySubscriptions() {
    return {
        {1, day(2024, 1, 1), noDay, 120},             // 120 → 120: no movement
        {2, day(2024, 1, 1), day(2024, 7, 10), 120},  // upgraded on July 10
        {2, day(2024, 7, 10), noDay, 180},            //   120 → 180: expansion +60
        {3, day(2024, 2, 1), day(2024, 7, 15), 200},  // 200 → 0: churned −200
        {4, day(2024, 3, 1), day(2024, 7, 5), 100},   // downgraded on July 5
        {4, day(2024, 7, 5), noDay, 70},              //   100 → 70: contraction −30
        {5, day(2024, 7, 20), noDay, 50},             // 0 → 50: new
        {6, day(2023, 1, 1), day(2023, 6, 1), 80},    // left in 2023 …
        {6, day(2024, 7, 2), noDay, 90},              //   … back: reactivation +90
        {7, day(2024, 7, 3), day(2024, 7, 25), 40},   // in and out inside July: left out
        {8, day(2023, 1, 1), day(2024, 5, 1), 30},    // gone before July: no row
        {9, day(2024, 8, 5), noDay, 30},              // after July: no row
        {10, day(2024, 1, 1), day(2024, 7, 1), 60},   // churn dated July 1: July's loss
        {11, day(2024, 1, 1), day(2024, 7, 10), 100}, // replaced by the same MRR …
        {11, day(2024, 7, 10), noDay, 100},           //   … nets out: no movement
        {12, day(2024, 1, 1), noDay, 0},              // a free plan: no MRR at either end
    };
}

} // namespace

TEST(ExplainRevenue, EachMovementWithItsFigures) {
    const auto rows = explainRevenue(julySubscriptions(), july);
    ASSERT_EQ(rows.size(), 10u); // 1 … 7, 10, 11, 12; not 8 nor 9
    EXPECT_EQ(rowOf(rows, 8), nullptr);
    EXPECT_EQ(rowOf(rows, 9), nullptr);
    const auto expect = [&rows](int64_t customer, Role role, const char* reason) {
        const ExplainedCustomer* r = rowOf(rows, customer);
        ASSERT_NE(r, nullptr) << customer;
        EXPECT_EQ(r->role, role) << customer;
        EXPECT_EQ(r->reason, QString::fromUtf8(reason)) << customer;
    };
    expect(1, Role::Denominator, "MRR 120.00 → 120.00: no movement (in MRR at start only)");
    expect(2, Role::Numerator, "MRR 120.00 → 180.00: expansion +60.00");
    expect(3, Role::Numerator, "MRR 200.00 → 0.00: churned -200.00");
    expect(4, Role::Numerator, "MRR 100.00 → 70.00: contraction -30.00");
    expect(5, Role::Numerator, "MRR 0.00 → 50.00: new +50.00");
    expect(6, Role::Numerator, "MRR 0.00 → 90.00: reactivation +90.00 (first subscribed on 2023-01-01)");
    expect(7, Role::Excluded,
           "MRR 0.00 → 0.00: no MRR at either end (subscribed on 2024-07-03 and ended on 2024-07-25, inside "
           "the period)");
    expect(10, Role::Numerator, "MRR 60.00 → 0.00: churned -60.00");
    expect(11, Role::Denominator,
           "MRR 100.00 → 100.00: no movement (in MRR at start only); changes inside the period net out");
    expect(12, Role::Excluded, "MRR 0.00 → 0.00: no MRR at either end (subscriptions without MRR)");
    // By customer id.
    EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(),
                               [](const auto& a, const auto& b) { return a.customer < b.customer; }));
}

TEST(ExplainRevenue, AmountsAddUpToRevenueByPeriod) {
    const std::vector<Subscription> subs = julySubscriptions();
    const auto figures = revenueByPeriod(subs, {june, july, august}, august.lastDay(), 1.0, {});
    ASSERT_EQ(figures.size(), 3u);
    // July's own figures, by hand: start 700, end 610.
    EXPECT_DOUBLE_EQ(figures[1].mrrStart, 700.0);
    EXPECT_DOUBLE_EQ(figures[1].mrrEnd, 610.0);
    EXPECT_DOUBLE_EQ(figures[1].churned, 260.0);
    for (size_t i = 0; i < figures.size(); ++i) {
        SCOPED_TRACE(formatDate(figures[i].period.start).toStdString());
        const auto rows = explainRevenue(subs, figures[i].period);
        expectRevenueAgrees(revenueSums(reasonsOf(rows)), figures[i], 1e-9);
        // Left out: only customers without MRR at either end.
        for (const ExplainedCustomer& r : rows) {
            if (r.role == Role::Excluded) {
                EXPECT_TRUE(r.reason.startsWith(QStringLiteral("MRR 0.00 → 0.00")));
            }
        }
    }
    // Nothing behind an empty period.
    EXPECT_TRUE(explainRevenue(subs, periodOf(day(2020, 1, 1), PeriodUnit::Month)).empty());
}

TEST(ExplainCsat, RatingsOfThePeriodFourAndFiveTheNumerator) {
    const std::vector<CsatRating> ratings{
        {1, day(2024, 7, 3), 5}, {2, day(2024, 7, 2), 4},  {3, day(2024, 7, 9), 3},
        {0, day(2024, 7, 9), 1}, {1, day(2024, 7, 31), 4}, {4, day(2024, 6, 30), 5}, // June: no row
        {5, day(2024, 8, 1), 2},                                                     // August: no row
    };
    const auto rows = explainCsat(ratings, july);
    ASSERT_EQ(rows.size(), 5u);
    // Oldest first; on a day, by customer.
    EXPECT_EQ(rows[0].customer, 2);
    EXPECT_EQ(rows[0].role, Role::Numerator);
    EXPECT_EQ(rows[0].reason, QStringLiteral("rating 4 on 2024-07-02: satisfied (4 or 5)"));
    EXPECT_EQ(rows[2].customer, 0); // a ticket without a customer
    EXPECT_EQ(rows[2].role, Role::Denominator);
    EXPECT_EQ(rows[2].reason,
              QStringLiteral("rating 1 on 2024-07-09: not satisfied (in the denominator only)"));
    EXPECT_EQ(rows[3].customer, 3);
    EXPECT_EQ(countRole(rows, Role::Numerator), 3);
    EXPECT_EQ(countRole(rows, Role::Denominator), 2);
    EXPECT_EQ(countRole(rows, Role::Excluded), 0);
    const auto figure = csatByPeriod(ratings, {july})[0];
    EXPECT_EQ(figure.satisfied, countRole(rows, Role::Numerator));
    EXPECT_EQ(figure.ratings, static_cast<int64_t>(rows.size()));
    EXPECT_DOUBLE_EQ(*figure.csatPct, 60.0);
    EXPECT_TRUE(explainCsat(ratings, periodOf(day(2024, 3, 1), PeriodUnit::Month)).empty());
}

namespace {

std::vector<MilestoneTemplate> checklist() {
    return {{QStringLiteral("Data migrated"), 7, true},
            {QStringLiteral("Newsletter"), 10, false},
            {QStringLiteral("Training done"), 30, true}};
}

} // namespace

TEST(ExplainOnboarding, CohortMembersCompletedOrMissingMilestones) {
    std::vector<OnboardingCustomer> customers{
        {1, day(2024, 7, 2), noDay, 3},            // done on July 20: 18 days
        {2, day(2024, 7, 10), noDay, 1},           // training missing
        {3, day(2024, 7, 15), day(2024, 8, 1), 0}, // nothing done, churned
        {4, day(2024, 6, 30), noDay, 0},           // June's cohort: no row
        {5, day(2024, 7, 31), noDay, 1},           // done on August 30: 30 days
        {6, noDay, noDay, 0},                      // no signup: no cohort
    };
    const std::vector<MilestoneState> milestones{
        {1, QStringLiteral("Data migrated"), noDay, day(2024, 7, 5)},
        {1, QStringLiteral("Training done"), noDay, day(2024, 7, 20)},
        {2, QStringLiteral("Data migrated"), noDay, day(2024, 7, 12)},
        {2, QStringLiteral("Training done"), noDay, noDay},
        {4, QStringLiteral("Data migrated"), noDay, day(2024, 7, 1)},
        {5, QStringLiteral("Training done"), noDay, day(2024, 8, 30)},
        {5, QStringLiteral("Data migrated"), noDay, day(2024, 8, 3)},
    };
    const auto rows = explainOnboardingCohort(customers, milestones, checklist(), july);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].customer, 1);
    EXPECT_EQ(rows[0].role, Role::Numerator);
    EXPECT_EQ(rows[0].reason, QStringLiteral("signed up on 2024-07-02, onboarded on 2024-07-20: 18 days to "
                                             "onboard, 3 interactions during onboarding"));
    EXPECT_EQ(rows[1].customer, 2);
    EXPECT_EQ(rows[1].role, Role::Denominator);
    EXPECT_EQ(rows[1].reason,
              QStringLiteral("signed up on 2024-07-10, not onboarded: missing Training done (1 "
                             "of 2 required done)"));
    EXPECT_EQ(rows[2].customer, 3);
    EXPECT_EQ(
        rows[2].reason,
        QStringLiteral("signed up on 2024-07-15, not onboarded: missing Data migrated, Training done (0 of "
                       "2 required done); churned on 2024-08-01"));
    EXPECT_EQ(rows[3].customer, 5);
    EXPECT_EQ(rows[3].role, Role::Numerator);
    EXPECT_EQ(rows[3].reason, QStringLiteral("signed up on 2024-07-31, onboarded on 2024-08-30: 30 days to "
                                             "onboard, 1 interaction during onboarding"));

    // The trend's row of July: 4 customers, 2 completed, (18 + 30) / 2 days, (3 + 1) / 2 interactions.
    const auto trend = onboardingByCohort(customers, milestones, checklist(), PeriodUnit::Month);
    const auto row = std::find_if(trend.begin(), trend.end(),
                                  [](const OnboardingRow& r) { return r.cohort.start == july.start; });
    ASSERT_NE(row, trend.end());
    EXPECT_EQ(row->customers, static_cast<int64_t>(rows.size()));
    EXPECT_EQ(row->completed, countRole(rows, Role::Numerator));
    EXPECT_DOUBLE_EQ(*row->daysToOnboardAvg, 24.0);
    EXPECT_DOUBLE_EQ(*row->interactionsAvg, 2.0);

    // A checklist without a required milestone: no one can be onboarded, and the rows say why.
    const auto optional =
        explainOnboardingCohort(customers, milestones, {{QStringLiteral("Newsletter"), 10, false}}, july);
    ASSERT_EQ(optional.size(), 4u);
    EXPECT_EQ(countRole(optional, Role::Numerator), 0);
    EXPECT_TRUE(optional[0].reason.endsWith(QStringLiteral("the checklist has no required milestone")));
}

TEST(ExplainLoyalty, ActiveMembersAndRepeatBuyers) {
    // July 2024 ends on August 1: active = a purchase on May 3 or later.
    const std::vector<Activity> orders{
        {1, day(2024, 3, 1), 40},  {1, day(2024, 7, 10), 25}, // active, repeat buyer
        {2, day(2024, 5, 3), 30},                             // the window's first day: active
        {3, day(2024, 5, 2), 30},                             // the day before: not active
        {5, day(2024, 7, 4), 0.5},                            // earns no points: not a member
        {6, day(2024, 8, 2), 30},                             // joins in August: no row
        {7, day(2024, 7, 31), 10}, {7, day(2024, 8, 5), 10},  // August's order not counted yet
    };
    const std::vector<LedgerEntry> stored{{4, day(2024, 6, 1), 0, LedgerReason::Referral}};
    const auto ledger = deriveLedger(stored, orders, {});
    const auto rows = explainLoyalty(ledger, orders, july);
    ASSERT_EQ(rows.size(), 6u); // 1, 2, 3, 4, 5, 7
    const auto expect = [&rows](int64_t customer, Role role, const char* reason) {
        const ExplainedCustomer* r = rowOf(rows, customer);
        ASSERT_NE(r, nullptr) << customer;
        EXPECT_EQ(r->role, role) << customer;
        EXPECT_EQ(r->reason, QString::fromUtf8(reason)) << customer;
    };
    expect(
        1, Role::Numerator,
        "last purchase on 2024-07-10, within the 90 days from 2024-05-03 to 2024-07-31; 2 purchases: repeat "
        "buyer");
    expect(2, Role::Numerator,
           "last purchase on 2024-05-03, within the 90 days from 2024-05-03 to 2024-07-31; 1 purchase: "
           "one-time buyer");
    expect(3, Role::Denominator,
           "last purchase on 2024-05-02, before the 90 days from 2024-05-03 to 2024-07-31; 1 purchase: "
           "one-time buyer");
    expect(4, Role::Denominator,
           "member since 2024-06-01 (referral), no purchase by 2024-07-31: not in the repeat purchase rate");
    expect(5, Role::Excluded, "1 purchase but no ledger entry (the orders earned no points): not a member");
    expect(7, Role::Numerator,
           "last purchase on 2024-07-31, within the 90 days from 2024-05-03 to 2024-07-31; 1 purchase: "
           "one-time buyer");

    // loyaltyByPeriod's July: 5 members, 3 active, 1 repeat buyer of 4 buyers.
    const auto figures = loyaltyByPeriod(ledger, orders, {june, july}, defaultTiers());
    const LoyaltyRow& row = figures[1];
    EXPECT_EQ(row.members, countRole(rows, Role::Numerator) + countRole(rows, Role::Denominator));
    EXPECT_EQ(row.activeMembers, countRole(rows, Role::Numerator));
    EXPECT_EQ(row.activeMembers, 3);
    const auto said = [&rows](const QString& word) {
        return std::count_if(rows.begin(), rows.end(), [&](const ExplainedCustomer& r) {
            return r.role != Role::Excluded && r.reason.endsWith(word);
        });
    };
    const auto repeat = said(QStringLiteral(": repeat buyer"));
    const auto once = said(QStringLiteral(": one-time buyer"));
    EXPECT_DOUBLE_EQ(*row.repeatPurchasePct,
                     100.0 * static_cast<double>(repeat) / static_cast<double>(repeat + once));
    EXPECT_DOUBLE_EQ(*row.repeatPurchasePct, 25.0);
}

// The wrappers read the same inputs as the reports: on the demo store, every period's rows agree
// with the report's figures.
TEST(ExplainMoreCells, AgreeWithTheReportsOnTheDemoStore) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    demo::DemoOptions demoOptions;
    demoOptions.customers = 300;
    demoOptions.seed = 11;
    demoOptions.today = day(2025, 6, 30);
    ASSERT_TRUE(demo::fillDemoStore(*t.store, demoOptions));
    const int64_t from = day(2024, 7, 1);
    const int64_t to = day(2025, 6, 30);

    reports::ChurnReportOptions churnOptions;
    churnOptions.from = from;
    churnOptions.to = to;
    const auto revenue = reports::computeRevenueRows(*t.store, churnOptions);
    ASSERT_TRUE(revenue) << revenue.error().toStdString();
    ASSERT_EQ(revenue->size(), 12u);
    for (const RevenueRow& row : revenue.value()) {
        SCOPED_TRACE(formatDate(row.period.start).toStdString());
        const auto rows = reports::explainRevenueCell(*t.store, {}, row.period);
        ASSERT_TRUE(rows) << rows.error().toStdString();
        std::vector<QString> reasons;
        for (const reports::ExplainRow& r : rows.value()) {
            EXPECT_TRUE(r.customer.startsWith(u'C')) << r.customer.toStdString();
            reasons.push_back(r.reason);
        }
        // Each row's amounts are rounded to cents.
        expectRevenueAgrees(revenueSums(reasons), row, 0.005 * static_cast<double>(reasons.size()) + 1e-6);
    }

    reports::FeedbackOptions feedback;
    feedback.from = from;
    feedback.to = to;
    const auto csat = reports::computeCsatTable(*t.store, feedback);
    ASSERT_TRUE(csat) << csat.error().toStdString();
    for (const CsatRow& row : csat->rows) {
        const auto rows = reports::explainCsatCell(*t.store, {}, row.period);
        ASSERT_TRUE(rows) << rows.error().toStdString();
        EXPECT_EQ(countRole(rows.value(), Role::Numerator), row.satisfied);
        EXPECT_EQ(static_cast<int64_t>(rows->size()), row.ratings);
    }

    const auto onboarding = reports::computeOnboarding(*t.store, {});
    ASSERT_TRUE(onboarding) << onboarding.error().toStdString();
    ASSERT_FALSE(onboarding->trend.empty());
    for (const OnboardingRow& row : onboarding->trend) {
        const auto rows = reports::explainOnboardingCohort(*t.store, {}, row.cohort);
        ASSERT_TRUE(rows) << rows.error().toStdString();
        EXPECT_EQ(countRole(rows.value(), Role::Numerator), row.completed);
        EXPECT_EQ(static_cast<int64_t>(rows->size()), row.customers);
        // The averages are the numerator rows' own figures.
        static const QRegularExpression terms(
            QStringLiteral(": (-?\\d+) days? to onboard, (\\d+) interactions? during onboarding$"));
        double days = 0, interactions = 0;
        for (const reports::ExplainRow& r : rows.value()) {
            if (r.role != Role::Numerator) continue;
            const auto m = terms.match(r.reason);
            ASSERT_TRUE(m.hasMatch()) << r.reason.toStdString();
            days += m.captured(1).toDouble();
            interactions += m.captured(2).toDouble();
        }
        if (row.completed > 0) {
            EXPECT_NEAR(days / static_cast<double>(row.completed), *row.daysToOnboardAvg, 1e-9);
            EXPECT_NEAR(interactions / static_cast<double>(row.completed), *row.interactionsAvg, 1e-9);
        }
    }

    reports::LoyaltyOptions loyaltyOptions;
    loyaltyOptions.fromDay = from;
    loyaltyOptions.toDay = to;
    const auto loyalty = reports::computeLoyalty(*t.store, loyaltyOptions);
    ASSERT_TRUE(loyalty) << loyalty.error().toStdString();
    ASSERT_EQ(loyalty->periods.size(), 12u);
    for (const LoyaltyRow& row : loyalty->periods) {
        const auto rows = reports::explainLoyaltyCell(*t.store, {}, row.period);
        ASSERT_TRUE(rows) << rows.error().toStdString();
        EXPECT_EQ(countRole(rows.value(), Role::Numerator), row.activeMembers);
        EXPECT_EQ(countRole(rows.value(), Role::Numerator) + countRole(rows.value(), Role::Denominator),
                  row.members);
    }
}
