// The rows behind the figures `--explain PERIOD --kpi NAME` explains: revenue's ARPA and CLV,
// loyalty's points, redemption and repeat purchase rates and tiers, onboarding's days to onboard
// and to each milestone. Hand-written inputs, row by row; the rows reproduce the family's figure.
#include "demo/demostore.h"
#include "metrics/loyalty.h"
#include "metrics/onboarding.h"
#include "metrics/ratios.h"
#include "metrics/revenue.h"
#include "model/dates.h"
#include "reports/churnreport.h"
#include "reports/loyaltyreport.h"
#include "reports/onboardingreport.h"
#include "reports/segments.h"

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

void expectRow(const std::vector<ExplainedCustomer>& rows, int64_t customer, Role role, const char* reason) {
    const ExplainedCustomer* r = rowOf(rows, customer);
    ASSERT_NE(r, nullptr) << customer;
    EXPECT_EQ(r->role, role) << customer;
    EXPECT_EQ(r->reason, QString::fromUtf8(reason)) << customer;
}

// The first number a reason gives after `pattern`'s capture, summed over the rows of `role`.
template <typename Row>
double sumOf(const std::vector<Row>& rows, Role role, const QRegularExpression& pattern) {
    double sum = 0;
    for (const Row& r : rows) {
        if (r.role != role) continue;
        const auto m = pattern.match(r.reason);
        EXPECT_TRUE(m.hasMatch()) << r.reason.toStdString();
        sum += m.captured(1).toDouble();
    }
    return sum;
}

// July 2024's paying customers, and those left out of its ARPA.
std::vector<Subscription> arpaSubscriptions() {
    return {
        {1, day(2024, 1, 1), noDay, 120},            // paying 120
        {2, day(2024, 1, 1), day(2024, 7, 10), 120}, // upgraded …
        {2, day(2024, 7, 10), noDay, 180},           //   … paying 180
        {3, day(2024, 2, 1), day(2024, 7, 15), 200}, // ended inside July
        {4, day(2024, 3, 1), noDay, 70},             // two subscriptions …
        {4, day(2024, 3, 1), noDay, 30},             //   … paying 100
        {5, day(2024, 7, 20), noDay, 50},            // new, paying 50
        {7, day(2024, 7, 3), day(2024, 7, 25), 40},  // in and out inside July
        {8, day(2023, 1, 1), day(2024, 5, 1), 30},   // gone before July: no row
        {9, day(2024, 8, 5), noDay, 30},             // after July: no row
        {10, day(2024, 1, 1), day(2024, 7, 1), 60},  // churn dated July 1
        {12, day(2024, 1, 1), noDay, 0},             // a free plan
        {13, day(2024, 1, 1), day(2024, 7, 10), 80}, // a pause …
        {13, day(2024, 9, 1), noDay, 80},            //   … back in September
    };
}

const QRegularExpression mrrOnDay(QStringLiteral("^MRR (\\d+\\.\\d\\d) on \\d{4}-\\d\\d-\\d\\d: "));

} // namespace

TEST(ExplainArpa, PayingCustomersAtEndAndWhoIsLeftOut) {
    const std::vector<Subscription> subs = arpaSubscriptions();
    const auto rows = explainArpa(subs, july);
    ASSERT_EQ(rows.size(), 9u); // not 8 nor 9
    EXPECT_EQ(rowOf(rows, 8), nullptr);
    EXPECT_EQ(rowOf(rows, 9), nullptr);
    expectRow(rows, 1, Role::Numerator, "MRR 120.00 on 2024-07-31: paying customer");
    expectRow(rows, 2, Role::Numerator, "MRR 180.00 on 2024-07-31: paying customer");
    expectRow(rows, 3, Role::Excluded,
              "MRR 0.00 on 2024-07-31: not a paying customer (subscription ended on 2024-07-15)");
    expectRow(rows, 4, Role::Numerator, "MRR 100.00 on 2024-07-31: paying customer (2 subscriptions)");
    expectRow(rows, 5, Role::Numerator, "MRR 50.00 on 2024-07-31: paying customer");
    expectRow(rows, 7, Role::Excluded,
              "MRR 0.00 on 2024-07-31: not a paying customer (subscription ended on 2024-07-25)");
    expectRow(rows, 10, Role::Excluded,
              "MRR 0.00 on 2024-07-31: not a paying customer (subscription ended on 2024-07-01)");
    expectRow(rows, 12, Role::Excluded,
              "MRR 0.00 on 2024-07-31: not a paying customer (subscribed without MRR)");
    expectRow(rows, 13, Role::Excluded,
              "MRR 0.00 on 2024-07-31: not a paying customer (subscription ended on 2024-07-10; next one "
              "starts on 2024-09-01)");

    // Listed MRR ÷ listed paying customers = the report's ARPA, every month.
    const auto figures = revenueByPeriod(subs, {june, july, august}, august.lastDay(), 1.0, {});
    EXPECT_DOUBLE_EQ(*figures[1].arpa, 112.5); // (120 + 180 + 100 + 50) / 4
    for (const RevenueRow& figure : figures) {
        SCOPED_TRACE(formatDate(figure.period.start).toStdString());
        const auto explained = explainArpa(subs, figure.period);
        const int64_t paying = countRole(explained, Role::Numerator);
        EXPECT_EQ(paying, figure.payingAtEnd);
        EXPECT_EQ(countRole(explained, Role::Denominator), 0);
        ASSERT_TRUE(figure.arpa);
        EXPECT_NEAR(sumOf(explained, Role::Numerator, mrrOnDay) / static_cast<double>(paying), *figure.arpa,
                    1e-9);
    }
}

TEST(ExplainArpa, UndefinedWithoutAPayingCustomer) {
    const std::vector<Subscription> subs{{3, day(2024, 2, 1), day(2024, 7, 15), 200},
                                         {12, day(2024, 1, 1), noDay, 0}};
    const auto figure = revenueByPeriod(subs, {july}, july.lastDay(), 1.0, {})[0];
    EXPECT_FALSE(figure.arpa);
    EXPECT_FALSE(figure.clv);
    const auto rows = explainArpa(subs, july);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(countRole(rows, Role::Excluded), 2);
    EXPECT_TRUE(explainArpa(subs, periodOf(day(2020, 1, 1), PeriodUnit::Month)).empty());
}

namespace {

ChurnRow churnMonth(int year, int month, int64_t atStart, int64_t lost, bool partial = false) {
    ChurnRow row;
    row.period = periodOf(day(year, month, 1), PeriodUnit::Month);
    row.customersAtStart = atStart;
    row.lost = lost;
    row.churnPct = percent(static_cast<double>(lost), static_cast<double>(atStart));
    row.partial = partial;
    return row;
}

// January to May 2024 (June is missing): three months with a rate, March without customers at
// start, May in progress.
std::vector<ChurnRow> clvMonthsOfJuly() {
    return {churnMonth(2024, 1, 100, 2), churnMonth(2024, 2, 100, 4), churnMonth(2024, 3, 0, 0),
            churnMonth(2024, 4, 50, 3), churnMonth(2024, 5, 40, 4, true)};
}

RevenueRow julyRevenue(const std::vector<ChurnRow>& months, double margin,
                       const std::vector<Subscription>& subs = arpaSubscriptions()) {
    return revenueByPeriod(subs, {july}, august.lastDay(), margin, clvChurnRates(months))[0];
}

} // namespace

TEST(ExplainClv, MonthsOfChurnArpaAndMargin) {
    const std::vector<ChurnRow> months = clvMonthsOfJuly();
    const RevenueRow row = julyRevenue(months, 0.8);
    ASSERT_TRUE(row.clv);
    EXPECT_DOUBLE_EQ(*row.clv, 2250.0); // 112.5 × 0.8 ÷ 4 %
    const auto terms = explainClv(row, 0.8, months);
    ASSERT_EQ(terms.size(), 9u); // arpa, margin, six months, average
    const auto expect = [&terms](size_t i, const char* term, Role role, const char* reason) {
        ASSERT_LT(i, terms.size());
        EXPECT_EQ(terms[i].term, QLatin1String(term)) << i;
        EXPECT_EQ(terms[i].role, role) << term;
        EXPECT_EQ(terms[i].reason, QString::fromUtf8(reason)) << term;
    };
    expect(0, "arpa", Role::Numerator,
           "ARPA 112.50 = MRR 450.00 on 2024-07-31 ÷ 4 paying customers (--kpi arpa lists them)");
    expect(1, "gross_margin", Role::Numerator, "gross margin 80.00 % (setting gross_margin_pct)");
    expect(2, "2024-01", Role::Denominator, "churn 2.00 %: 2 lost of 100 customers at start");
    expect(3, "2024-02", Role::Denominator, "churn 4.00 %: 4 lost of 100 customers at start");
    expect(4, "2024-03", Role::Excluded, "no churn rate: no customers at start");
    expect(5, "2024-04", Role::Denominator, "churn 6.00 %: 3 lost of 50 customers at start");
    expect(6, "2024-05", Role::Excluded, "no churn rate: the month is in progress (partial)");
    expect(7, "2024-06", Role::Excluded, "no churn rate: outside the data's months");
    expect(8, "average_churn", Role::Denominator,
           "average monthly churn 4.00 % over 3 months: CLV = 112.50 × 80.00 % ÷ 4.00 % = 2250.00");

    // The listed rates' average and the listed ARPA and margin give the report's CLV. The last
    // row ("average_churn", a denominator row too) states that average.
    static const QRegularExpression rate(QStringLiteral("^churn (\\d+\\.\\d\\d) %"));
    const std::vector<ExplainedTerm> monthRows(terms.begin() + 2, terms.end() - 1);
    const double average = sumOf(monthRows, Role::Denominator, rate) /
                           static_cast<double>(countRole(monthRows, Role::Denominator));
    EXPECT_DOUBLE_EQ(average, 4.0);
    EXPECT_DOUBLE_EQ(112.5 * 0.8 / (average / 100.0), *row.clv);
}

TEST(ExplainClv, UndefinedAndWhy) {
    // Two months with a rate: fewer than three.
    std::vector<ChurnRow> two = clvMonthsOfJuly();
    two.erase(two.begin() + 3); // April
    const RevenueRow fewer = julyRevenue(two, 1.0);
    EXPECT_FALSE(fewer.clv);
    const auto fewerTerms = explainClv(fewer, 1.0, two);
    EXPECT_EQ(countRole(fewerTerms, Role::Denominator), 2);
    EXPECT_EQ(fewerTerms.back().term, QStringLiteral("average_churn"));
    EXPECT_EQ(fewerTerms.back().role, Role::Excluded);
    EXPECT_EQ(fewerTerms.back().reason,
              QStringLiteral("CLV undefined: 2 of the six months have a churn rate, 3 are needed"));

    // No one lost: an average of 0.
    const std::vector<ChurnRow> none{churnMonth(2024, 2, 10, 0), churnMonth(2024, 3, 10, 0),
                                     churnMonth(2024, 4, 10, 0)};
    const RevenueRow noChurn = julyRevenue(none, 1.0);
    EXPECT_FALSE(noChurn.clv);
    EXPECT_EQ(explainClv(noChurn, 1.0, none).back().reason,
              QStringLiteral("average monthly churn 0.00 % over 3 months: CLV undefined (no customer lost)"));

    // No paying customer: no ARPA.
    const std::vector<Subscription> unpaid{{12, day(2024, 1, 1), noDay, 0}};
    const RevenueRow noArpa = julyRevenue(clvMonthsOfJuly(), 1.0, unpaid);
    EXPECT_FALSE(noArpa.clv);
    const auto terms = explainClv(noArpa, 1.0, clvMonthsOfJuly());
    EXPECT_EQ(terms.front().role, Role::Excluded);
    EXPECT_EQ(terms.front().reason, QStringLiteral("ARPA undefined: no paying customer on 2024-07-31"));
    EXPECT_EQ(terms.back().role, Role::Excluded);
    EXPECT_EQ(terms.back().reason,
              QStringLiteral("average monthly churn 4.00 % over 3 months: CLV undefined (ARPA undefined)"));
}

namespace {

// July 2024's loyalty, member by member:
// 1: 100 in June, 50 in July, redeems 80 in July (balance 70; 150 in 12 months: member)
// 2: 1,800 in March, 300 in July, an adjustment of −100 and a refund of −50 (balance 1,950;
//    2,100 in 12 months: gold)
// 3: 2,000 in July 2023 (out of the 12 months), 400 in January, a referral in July (balance
//    2,650; 650 in 12 months: silver)
// 4: a review in May, no purchase (balance 100: member)
// 5: an order that earns no point: not a member
// 6: one purchase of 20 in July: a one-time buyer
std::vector<Activity> loyaltyOrders() {
    return {{1, day(2024, 6, 10), 100}, {1, day(2024, 7, 5), 50},   {2, day(2024, 3, 1), 1800},
            {2, day(2024, 7, 20), 300}, {2, day(2024, 7, 25), -50}, {3, day(2023, 7, 1), 2000},
            {3, day(2024, 1, 10), 400}, {5, day(2024, 7, 4), 0.5},  {6, day(2024, 7, 10), 20}};
}

std::vector<LedgerEntry> loyaltyLedger() {
    const std::vector<LedgerEntry> stored{{1, day(2024, 7, 15), -80, LedgerReason::Redeem},
                                          {2, day(2024, 7, 21), -100, LedgerReason::Adjust},
                                          {3, day(2024, 7, 2), 0, LedgerReason::Referral},
                                          {4, day(2024, 5, 1), 0, LedgerReason::Review}};
    return deriveLedger(stored, loyaltyOrders(), {});
}

const QRegularExpression earnedPoints(QStringLiteral("^earned (\\d+) points in the period"));
const QRegularExpression redeemedPoints(QStringLiteral("^redeemed (\\d+) points in the period"));
const QRegularExpression balancePoints(QStringLiteral("^balance (\\d+) points on "));
const QRegularExpression redeemedOfEarned(QStringLiteral("^redeemed (\\d+), earned \\d+ in the period"));
const QRegularExpression earnedOfRedeemed(QStringLiteral("^redeemed \\d+, earned (\\d+) in the period"));

} // namespace

TEST(ExplainLoyaltyPoints, EarnedRedeemedAndOutstandingPerMember) {
    const auto ledger = loyaltyLedger();
    const LoyaltyRow figure = loyaltyByPeriod(ledger, loyaltyOrders(), {june, july}, defaultTiers())[1];
    EXPECT_EQ(figure.pointsEarned, 620);
    EXPECT_EQ(figure.pointsRedeemed, 230);
    EXPECT_EQ(figure.pointsOutstanding, 4790);

    const auto earned = explainLoyaltyPoints(ledger, july, PointsFigure::Earned);
    ASSERT_EQ(earned.size(), 5u); // the members 1, 2, 3, 4, 6
    expectRow(earned, 2, Role::Numerator, "earned 300 points in the period: purchase 300 (1 entry)");
    expectRow(earned, 3, Role::Numerator, "earned 250 points in the period: referral 250 (1 entry)");
    expectRow(earned, 4, Role::Excluded, "no points earned in the period (latest entry on 2024-05-01)");
    EXPECT_DOUBLE_EQ(sumOf(earned, Role::Numerator, earnedPoints), 620.0);

    const auto redeemed = explainLoyaltyPoints(ledger, july, PointsFigure::Redeemed);
    expectRow(redeemed, 1, Role::Numerator, "redeemed 80 points in the period: redeem 80 (1 entry)");
    expectRow(redeemed, 2, Role::Numerator,
              "redeemed 150 points in the period: adjust 100 (1 entry), refund 50 (1 entry)");
    expectRow(redeemed, 6, Role::Excluded, "no points redeemed in the period (latest entry on 2024-07-10)");
    EXPECT_DOUBLE_EQ(sumOf(redeemed, Role::Numerator, redeemedPoints), 230.0);

    const auto outstanding = explainLoyaltyPoints(ledger, july, PointsFigure::Outstanding);
    expectRow(outstanding, 2, Role::Numerator,
              "balance 1950 points on 2024-07-31: earned 2100, redeemed 150 in 4 entries since 2024-03-01");
    EXPECT_EQ(countRole(outstanding, Role::Numerator), 5);
    EXPECT_DOUBLE_EQ(sumOf(outstanding, Role::Numerator, balancePoints), 4790.0);
    // A member who spent everything is left out.
    const std::vector<LedgerEntry> spent{{7, day(2024, 6, 1), 100, LedgerReason::Purchase},
                                         {7, day(2024, 7, 1), -100, LedgerReason::Redeem}};
    expectRow(
        explainLoyaltyPoints(spent, july, PointsFigure::Outstanding), 7, Role::Excluded,
        "balance 0 points on 2024-07-31: earned 100, redeemed 100 in 2 entries since 2024-06-01 (nothing "
        "outstanding)");
}

TEST(ExplainLoyaltyPoints, RedemptionRateAndItsUndefinedCase) {
    const auto ledger = loyaltyLedger();
    const auto figures = loyaltyByPeriod(ledger, loyaltyOrders(), {july, august}, defaultTiers());
    const auto rows = explainLoyaltyPoints(ledger, july, PointsFigure::RedemptionRate);
    expectRow(
        rows, 2, Role::Numerator,
        "redeemed 150, earned 300 in the period: purchase 300 (1 entry), adjust 100 (1 entry), refund 50 "
        "(1 entry)");
    expectRow(rows, 3, Role::Denominator, "redeemed 0, earned 250 in the period: referral 250 (1 entry)");
    expectRow(rows, 4, Role::Excluded, "no ledger entry in the period (latest on 2024-05-01)");
    const double redeemedSum = sumOf(rows, Role::Numerator, redeemedOfEarned);
    const double earnedSum =
        sumOf(rows, Role::Numerator, earnedOfRedeemed) + sumOf(rows, Role::Denominator, earnedOfRedeemed);
    EXPECT_DOUBLE_EQ(100.0 * redeemedSum / earnedSum, *figures[0].redemptionPct); // 230 / 620

    // August: nothing earned, nothing redeemed: undefined, and every member is left out.
    EXPECT_FALSE(figures[1].redemptionPct);
    const auto quiet = explainLoyaltyPoints(ledger, figures[1].period, PointsFigure::RedemptionRate);
    EXPECT_EQ(countRole(quiet, Role::Excluded), static_cast<int64_t>(quiet.size()));
    EXPECT_EQ(quiet.size(), 5u);
}

TEST(ExplainRepeatPurchase, RepeatBuyersOfTheBuyingMembers) {
    const auto ledger = loyaltyLedger();
    const auto rows = explainRepeatPurchase(ledger, loyaltyOrders(), july);
    ASSERT_EQ(rows.size(), 6u);
    expectRow(rows, 2, Role::Numerator,
              "3 purchases by 2024-07-31 (first on 2024-03-01, last on 2024-07-25): repeat buyer");
    expectRow(rows, 6, Role::Denominator, "1 purchase by 2024-07-31 (on 2024-07-10): one-time buyer");
    expectRow(rows, 4, Role::Excluded,
              "no purchase by 2024-07-31 (member since 2024-05-01): not in the repeat purchase rate");
    expectRow(rows, 5, Role::Excluded,
              "1 purchase but no ledger entry (the orders earned no points): not a member");
    const LoyaltyRow figure = loyaltyByPeriod(ledger, loyaltyOrders(), {july}, defaultTiers())[0];
    const auto repeat = static_cast<double>(countRole(rows, Role::Numerator));
    const auto buyers = repeat + static_cast<double>(countRole(rows, Role::Denominator));
    EXPECT_DOUBLE_EQ(100.0 * repeat / buyers, *figure.repeatPurchasePct); // 3 of 4
    EXPECT_DOUBLE_EQ(*figure.repeatPurchasePct, 75.0);

    // No buying member: undefined, nobody in the rate.
    const std::vector<LedgerEntry> bonusOnly{{4, day(2024, 5, 1), 100, LedgerReason::Review}};
    EXPECT_FALSE(loyaltyByPeriod(bonusOnly, {}, {july}, defaultTiers())[0].repeatPurchasePct);
    const auto noBuyer = explainRepeatPurchase(bonusOnly, {}, july);
    ASSERT_EQ(noBuyer.size(), 1u);
    EXPECT_EQ(noBuyer[0].role, Role::Excluded);
}

TEST(ExplainTiers, EachMemberWithTheirTierAndPoints) {
    const auto ledger = loyaltyLedger();
    const auto rows = explainTiers(ledger, loyaltyOrders(), july, defaultTiers());
    ASSERT_EQ(rows.size(), 6u);
    expectRow(rows, 1, Role::Numerator,
              "member: 150 points earned from 2023-08-02 to 2024-07-31 (below silver's 500)");
    expectRow(rows, 2, Role::Numerator,
              "gold: 2100 points earned from 2023-08-02 to 2024-07-31 (gold from 2000)");
    expectRow(rows, 3, Role::Numerator,
              "silver: 650 points earned from 2023-08-02 to 2024-07-31 (silver from 500)");
    expectRow(rows, 5, Role::Excluded,
              "1 purchase but no ledger entry (the orders earned no points): not a member");
    // Counted per tier, the rows are the report's tiers.
    std::map<QString, int64_t> counted;
    for (const ExplainedCustomer& r : rows)
        if (r.role == Role::Numerator) ++counted[r.reason.section(u':', 0, 0)];
    const LoyaltyRow figure = loyaltyByPeriod(ledger, loyaltyOrders(), {july}, defaultTiers())[0];
    for (const auto& [tier, n] : figure.tiers)
        EXPECT_EQ(counted[tier], n) << tier.toStdString();
    EXPECT_EQ(figure.tiers.at(QStringLiteral("member")), 3);
}

namespace {

std::vector<MilestoneTemplate> checklist() {
    return {{QStringLiteral("Data migrated"), 7, true},
            {QStringLiteral("Newsletter"), 10, false},
            {QStringLiteral("Training done"), 30, true}};
}

std::vector<OnboardingCustomer> onboardingCustomers() {
    return {
        {1, day(2024, 7, 2), noDay, 3},            // done on July 20: 18 days
        {2, day(2024, 7, 10), noDay, 1},           // training open, due August 9
        {3, day(2024, 7, 15), day(2024, 8, 1), 0}, // nothing done nor recorded, churned
        {4, day(2024, 6, 30), noDay, 0},           // June's cohort: no row
        {5, day(2024, 7, 31), noDay, 1},           // done on August 30: 30 days
    };
}

std::vector<MilestoneState> onboardingMilestones() {
    return {
        {1, QStringLiteral("Data migrated"), noDay, day(2024, 7, 5)},
        {1, QStringLiteral("Training done"), noDay, day(2024, 7, 20)},
        {2, QStringLiteral("Data migrated"), noDay, day(2024, 7, 12)},
        {2, QStringLiteral("Training done"), noDay, noDay},
        {4, QStringLiteral("Data migrated"), noDay, day(2024, 7, 1)},
        {5, QStringLiteral("Training done"), noDay, day(2024, 8, 30)},
        {5, QStringLiteral("Data migrated"), noDay, day(2024, 8, 3)},
    };
}

const QRegularExpression daysToOnboard(QStringLiteral(": (-?\\d+) days? to onboard"));
const QRegularExpression daysToReach(QStringLiteral(" reached on \\d{4}-\\d\\d-\\d\\d: (-?\\d+) days?$"));

const OnboardingRow& julyCohort(const std::vector<OnboardingRow>& trend) {
    return *std::find_if(trend.begin(), trend.end(),
                         [](const OnboardingRow& r) { return r.cohort.start == july.start; });
}

} // namespace

TEST(ExplainDaysToOnboard, OnboardedCustomersAndWhoIsNotYet) {
    const auto customers = onboardingCustomers();
    const auto milestones = onboardingMilestones();
    const auto rows = explainDaysToOnboard(customers, milestones, checklist(), july, day(2024, 9, 1));
    ASSERT_EQ(rows.size(), 4u);
    expectRow(rows, 1, Role::Numerator,
              "signed up on 2024-07-02, onboarded on 2024-07-20: 18 days to onboard, 3 interactions during "
              "onboarding");
    expectRow(
        rows, 2, Role::Excluded,
        "signed up on 2024-07-10, not onboarded yet: missing Training done (due on 2024-08-09, overdue by "
        "23 days on 2024-09-01: behind)");
    expectRow(
        rows, 3, Role::Excluded,
        "signed up on 2024-07-15, not onboarded yet: missing Data migrated (no record), Training done (no "
        "record); churned on 2024-08-01");
    const auto trend = onboardingByCohort(customers, milestones, checklist(), PeriodUnit::Month);
    const OnboardingRow& row = julyCohort(trend);
    const auto onboarded = countRole(rows, Role::Numerator);
    EXPECT_EQ(onboarded, row.completed);
    EXPECT_DOUBLE_EQ(sumOf(rows, Role::Numerator, daysToOnboard) / static_cast<double>(onboarded),
                     *row.daysToOnboardAvg); // (18 + 30) / 2

    // Later, past twice its allowance (30 days): stuck. A churned customer is never overdue.
    const auto later = explainDaysToOnboard(customers, milestones, checklist(), july, day(2024, 12, 1));
    expectRow(
        later, 2, Role::Excluded,
        "signed up on 2024-07-10, not onboarded yet: missing Training done (due on 2024-08-09, overdue by "
        "114 days on 2024-12-01: stuck)");

    // Nobody onboarded: the average is undefined and nobody is in it.
    std::vector<MilestoneState> open = milestones;
    for (MilestoneState& m : open)
        if (m.milestone == QStringLiteral("Training done")) m.completed = noDay;
    EXPECT_FALSE(
        julyCohort(onboardingByCohort(customers, open, checklist(), PeriodUnit::Month)).daysToOnboardAvg);
    const auto none = explainDaysToOnboard(customers, open, checklist(), july, day(2024, 9, 1));
    EXPECT_EQ(countRole(none, Role::Numerator), 0);
    EXPECT_EQ(countRole(none, Role::Excluded), 4);
}

TEST(ExplainDaysToMilestone, EachCompletionAndWhoHasNotReachedIt) {
    const auto customers = onboardingCustomers();
    const auto milestones = onboardingMilestones();
    const auto trend = onboardingByCohort(customers, milestones, checklist(), PeriodUnit::Month);
    const OnboardingRow& row = julyCohort(trend);

    const auto rows = explainDaysToMilestone(customers, milestones, checklist(), july,
                                             QStringLiteral("Data migrated"), day(2024, 9, 1));
    ASSERT_EQ(rows.size(), 4u);
    expectRow(rows, 1, Role::Numerator,
              "signed up on 2024-07-02, Data migrated reached on 2024-07-05: 3 days");
    expectRow(rows, 5, Role::Numerator,
              "signed up on 2024-07-31, Data migrated reached on 2024-08-03: 3 days");
    expectRow(rows, 3, Role::Excluded,
              "signed up on 2024-07-15, not completed yet: Data migrated (no record); churned on 2024-08-01");
    const auto reached = countRole(rows, Role::Numerator);
    EXPECT_EQ(reached, 3);
    EXPECT_DOUBLE_EQ(sumOf(rows, Role::Numerator, daysToReach) / static_cast<double>(reached),
                     *row.daysToMilestoneAvg.at(QStringLiteral("Data migrated"))); // (3 + 2 + 3) / 3

    const auto training = explainDaysToMilestone(customers, milestones, checklist(), july,
                                                 QStringLiteral("Training done"), day(2024, 9, 1));
    expectRow(
        training, 2, Role::Excluded,
        "signed up on 2024-07-10, not completed yet: Training done (due on 2024-08-09, overdue by 23 days on "
        "2024-09-01: behind)");
    EXPECT_DOUBLE_EQ(sumOf(training, Role::Numerator, daysToReach) /
                         static_cast<double>(countRole(training, Role::Numerator)),
                     *row.daysToMilestoneAvg.at(QStringLiteral("Training done")));

    // A milestone nobody reached: undefined, everyone left out.
    EXPECT_FALSE(row.daysToMilestoneAvg.at(QStringLiteral("Newsletter")));
    const auto newsletter = explainDaysToMilestone(customers, milestones, checklist(), july,
                                                   QStringLiteral("Newsletter"), day(2024, 9, 1));
    EXPECT_EQ(countRole(newsletter, Role::Numerator), 0);
    EXPECT_EQ(countRole(newsletter, Role::Excluded), 4);
}

// The wrappers read the same inputs as the reports: on the demo store, every period's rows
// reproduce the report's figures.
TEST(ExplainKpiCells, AgreeWithTheReportsOnTheDemoStore) {
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
    int64_t defined = 0;
    for (const RevenueRow& row : revenue.value()) {
        SCOPED_TRACE(formatDate(row.period.start).toStdString());
        const auto arpa = reports::explainArpaCell(*t.store, {}, row.period);
        ASSERT_TRUE(arpa) << arpa.error().toStdString();
        const int64_t paying = countRole(arpa.value(), Role::Numerator);
        EXPECT_EQ(paying, row.payingAtEnd);
        ASSERT_TRUE(row.arpa);
        // Each MRR is printed to the cent.
        EXPECT_NEAR(sumOf(arpa.value(), Role::Numerator, mrrOnDay), row.mrrEnd,
                    0.005 * static_cast<double>(paying) + 1e-6);

        const auto clv = reports::explainClvCell(*t.store, churnOptions, row.period);
        ASSERT_TRUE(clv) << clv.error().toStdString();
        const metrics::ExplainedTerm& average = clv->back();
        ASSERT_EQ(average.term, QStringLiteral("average_churn"));
        EXPECT_EQ(average.role == Role::Denominator, row.clv.has_value()) << average.reason.toStdString();
        if (row.clv) {
            ++defined;
            EXPECT_TRUE(average.reason.endsWith(QStringLiteral(" = ") + QString::number(*row.clv, 'f', 2)))
                << average.reason.toStdString();
        }
    }
    EXPECT_GT(defined, 0);

    reports::LoyaltyOptions loyaltyOptions;
    loyaltyOptions.fromDay = from;
    loyaltyOptions.toDay = to;
    const auto loyalty = reports::computeLoyalty(*t.store, loyaltyOptions);
    ASSERT_TRUE(loyalty) << loyalty.error().toStdString();
    for (const LoyaltyRow& row : loyalty->periods) {
        SCOPED_TRACE(formatDate(row.period.start).toStdString());
        using Figure = reports::LoyaltyFigure;
        const auto rowsOf = [&](Figure figure) {
            auto rows = reports::explainLoyaltyFigure(*t.store, {}, row.period, figure);
            EXPECT_TRUE(rows) << rows.error().toStdString();
            return rows ? rows.value() : std::vector<reports::ExplainRow>{};
        };
        EXPECT_EQ(sumOf(rowsOf(Figure::PointsEarned), Role::Numerator, earnedPoints),
                  static_cast<double>(row.pointsEarned));
        EXPECT_EQ(sumOf(rowsOf(Figure::PointsRedeemed), Role::Numerator, redeemedPoints),
                  static_cast<double>(row.pointsRedeemed));
        EXPECT_EQ(sumOf(rowsOf(Figure::PointsOutstanding), Role::Numerator, balancePoints),
                  static_cast<double>(row.pointsOutstanding));
        const auto redemption = rowsOf(Figure::RedemptionPct);
        const double earned = sumOf(redemption, Role::Numerator, earnedOfRedeemed) +
                              sumOf(redemption, Role::Denominator, earnedOfRedeemed);
        EXPECT_EQ(earned > 0, row.redemptionPct.has_value());
        if (row.redemptionPct) {
            EXPECT_NEAR(100.0 * sumOf(redemption, Role::Numerator, redeemedOfEarned) / earned,
                        *row.redemptionPct, 1e-9);
        }
        const auto repeat = rowsOf(Figure::RepeatPurchasePct);
        const auto repeaters = static_cast<double>(countRole(repeat, Role::Numerator));
        const auto buyers = repeaters + static_cast<double>(countRole(repeat, Role::Denominator));
        ASSERT_TRUE(row.repeatPurchasePct);
        EXPECT_NEAR(100.0 * repeaters / buyers, *row.repeatPurchasePct, 1e-9);
        std::map<QString, int64_t> tiers;
        for (const reports::ExplainRow& r : rowsOf(Figure::Tiers))
            if (r.role == Role::Numerator) ++tiers[r.reason.section(u':', 0, 0)];
        for (const auto& [tier, n] : row.tiers)
            EXPECT_EQ(tiers[tier], n) << tier.toStdString();
    }

    const auto onboarding = reports::computeOnboarding(*t.store, {});
    ASSERT_TRUE(onboarding) << onboarding.error().toStdString();
    ASSERT_FALSE(onboarding->trend.empty());
    for (const OnboardingRow& row : onboarding->trend) {
        SCOPED_TRACE(formatDate(row.cohort.start).toStdString());
        const auto days = reports::explainOnboardingDays(*t.store, {}, row.cohort);
        ASSERT_TRUE(days) << days.error().toStdString();
        EXPECT_EQ(countRole(days.value(), Role::Numerator), row.completed);
        if (row.daysToOnboardAvg) {
            EXPECT_NEAR(sumOf(days.value(), Role::Numerator, daysToOnboard) /
                            static_cast<double>(row.completed),
                        *row.daysToOnboardAvg, 1e-9);
        }
        for (const auto& [name, average] : row.daysToMilestoneAvg) {
            const auto reached = reports::explainOnboardingDays(*t.store, {}, row.cohort, name);
            ASSERT_TRUE(reached) << reached.error().toStdString();
            const int64_t n = countRole(reached.value(), Role::Numerator);
            EXPECT_EQ(n > 0, average.has_value()) << name.toStdString();
            if (average) {
                EXPECT_NEAR(sumOf(reached.value(), Role::Numerator, daysToReach) / static_cast<double>(n),
                            *average, 1e-9)
                    << name.toStdString();
            }
        }
    }
    const auto unknown = reports::explainOnboardingDays(*t.store, {}, onboarding->trend.front().cohort,
                                                        QStringLiteral("No such milestone"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().startsWith(QStringLiteral("no milestone \"No such milestone\"")));
}
