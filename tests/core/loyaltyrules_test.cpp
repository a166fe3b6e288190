// The derived loyalty ledger: purchase points from orders at the configured rate, bonuses,
// redemptions that never take a balance below zero, and re-imports that never count twice.
#include "io/importer.h"
#include "metrics/loyalty.h"
#include "model/dates.h"
#include "reports/loyaltyreport.h"
#include "store/loyaltyrepository.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {

int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}

int64_t sum(const std::vector<LedgerEntry>& ledger, int64_t customer) {
    int64_t total = 0;
    for (const LedgerEntry& e : ledger)
        total += e.customer == customer ? e.points : 0;
    return total;
}

} // namespace

TEST(LoyaltyRules, OrderPointsAreWholePointsOfAmountTimesRate) {
    EXPECT_EQ(orderPoints(19.99, 1), 19);
    EXPECT_EQ(orderPoints(19.99, 100), 1999);
    EXPECT_EQ(orderPoints(-19.99, 1), -19); // a refund takes back what the order earned
    EXPECT_EQ(orderPoints(0.5, 1), 0);
    EXPECT_EQ(orderPoints(10, 2.5), 25);
}

TEST(LoyaltyRules, PurchasePointsAreDerivedFromOrdersAtTheRate) {
    const std::vector<Activity> orders{{1, day(2024, 1, 5), 120.0}, {1, day(2024, 2, 5), 80.5}};
    const std::vector<LedgerEntry> stored{
        {1, day(2024, 1, 5), 999, LedgerReason::Purchase}, // an imported purchase row: orders win
        {1, day(2024, 3, 1), 0, LedgerReason::Referral},   // 0 points: the configured bonus
        {1, day(2024, 3, 2), 40, LedgerReason::Review},    // kept as granted
        {1, day(2024, 3, 3), -100, LedgerReason::Redeem},
        {2, day(2024, 1, 1), 300, LedgerReason::Purchase}, // no orders for 2: the row counts
    };
    const auto atOne = deriveLedger(stored, orders, EarnRules{});
    EXPECT_EQ(sum(atOne, 1), 120 + 80 + 250 + 40 - 100);
    EXPECT_EQ(sum(atOne, 2), 300);
    EarnRules doubled;
    doubled.pointsPerUnit = 2;
    doubled.referralBonus = 500;
    const auto atTwo = deriveLedger(stored, orders, doubled);
    EXPECT_EQ(sum(atTwo, 1), 240 + 161 + 500 + 40 - 100);
    int purchases = 0;
    for (const LedgerEntry& e : atTwo)
        purchases += e.reason == LedgerReason::Purchase && e.customer == 1 ? 1 : 0;
    EXPECT_EQ(purchases, 2);
}

TEST(LoyaltyRules, BalanceNeverGoesNegative) {
    // A redemption worth more than the balance (the rate was lowered after it) and a refund
    // after the points were spent are cut to the balance.
    const std::vector<Activity> orders{{1, day(2024, 1, 5), 100.0}, {1, day(2024, 3, 1), -100.0}};
    const std::vector<LedgerEntry> stored{{1, day(2024, 2, 1), -80, LedgerReason::Redeem}};
    EarnRules half;
    half.pointsPerUnit = 0.5;
    const auto ledger = deriveLedger(stored, orders, half);
    int64_t balance = 0;
    for (const LedgerEntry& e : ledger) {
        balance += e.points;
        EXPECT_GE(balance, 0);
    }
    EXPECT_EQ(balance, 0);
    EXPECT_EQ(sum(deriveLedger(stored, orders, EarnRules{}), 1), 0); // 100 − 80 − min(100, 20)
}

class LoyaltyStore : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(t.store);
        orders = t.writeFile(QStringLiteral("orders.csv"),
                             "customer_id,ordered_at,order_id,amount\nA,2024-01-05,O1,120.00\n"
                             "A,2024-02-05,O2,80.50\nB,2024-02-06,O3,30\n");
        loyalty = t.writeFile(QStringLiteral("loyalty.csv"),
                              "customer_id,occurred_at,points,reason\nA,2024-03-01,0,referral\n"
                              "A,2024-03-02,-50,redeem\n");
        ASSERT_TRUE(import(QStringLiteral("orders"), orders).ok());
        ASSERT_TRUE(import(QStringLiteral("loyalty"), loyalty).ok());
        a = store::customerIdByKey(*t.store, QStringLiteral("A")).value();
    }
    io::ImportSummary import(const QString& kind, const QString& file) {
        io::ImportOptions o;
        o.kind = kind;
        o.file = file;
        return io::importCsv(*t.store, o);
    }
    int64_t balance() { return reports::loyaltyBalance(*t.store, a).value(); }
    test::TempStore t;
    QString orders, loyalty;
    int64_t a = 0;
};

TEST_F(LoyaltyStore, ReimportingTheSameFilesLeavesBalancesUnchanged) {
    EXPECT_EQ(balance(), 120 + 80 + 250 - 50);
    const auto before = reports::computeLoyalty(*t.store, {});
    ASSERT_TRUE(before);
    ASSERT_TRUE(import(QStringLiteral("orders"), orders).ok());
    ASSERT_TRUE(import(QStringLiteral("loyalty"), loyalty).ok());
    EXPECT_EQ(balance(), 400);
    const auto after = reports::computeLoyalty(*t.store, {});
    ASSERT_TRUE(after);
    EXPECT_EQ(after->periods.back().pointsOutstanding, before->periods.back().pointsOutstanding);
    EXPECT_EQ(after->periods.back().pointsOutstanding, 400 + 30);
    ASSERT_EQ(after->members.size(), 2u);
    EXPECT_EQ(after->members[0].balance, 400);
}

TEST_F(LoyaltyStore, AChangedRateAppliesToEveryFigure) {
    ASSERT_TRUE(t.store->setSetting(QStringLiteral("loyalty_points_per_unit"), QStringLiteral("10")));
    EXPECT_EQ(balance(), 1200 + 805 + 250 - 50);
    const auto report = reports::computeLoyalty(*t.store, {});
    EXPECT_EQ(report->periods.back().pointsOutstanding, 2205 + 300);
    const auto lines = reports::computeMemberLedger(*t.store, a);
    ASSERT_EQ(lines->size(), 4u);
    EXPECT_EQ(lines->front().reason, QStringLiteral("purchase"));
    EXPECT_EQ(lines->front().points, 1200);
    EXPECT_EQ(lines->back().balance, 2205);
}

TEST_F(LoyaltyStore, RedemptionAboveTheBalanceIsRefusedAndChangesNothing) {
    const int64_t rows = t.scalar("SELECT count(*) FROM loyalty");
    const auto refused =
        reports::redeemPoints(*t.store, QStringLiteral("A"), 401, QStringLiteral("redeem"), 1720000000);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("balance of 400 points")))
        << refused.error().toStdString();
    EXPECT_EQ(t.scalar("SELECT count(*) FROM loyalty"), rows);
    EXPECT_EQ(balance(), 400);
    EXPECT_FALSE(
        reports::redeemPoints(*t.store, QStringLiteral("A"), 0, QStringLiteral("redeem"), 1720000000));
    EXPECT_FALSE(
        reports::redeemPoints(*t.store, QStringLiteral("Z"), 1, QStringLiteral("redeem"), 1720000000));

    const auto spent =
        reports::redeemPoints(*t.store, QStringLiteral("A"), 400, QStringLiteral("redeem"), 1720000000);
    ASSERT_TRUE(spent) << spent.error().toStdString();
    EXPECT_EQ(spent.value(), 0);
    EXPECT_EQ(balance(), 0);
    EXPECT_FALSE(
        reports::redeemPoints(*t.store, QStringLiteral("A"), 1, QStringLiteral("redeem"), 1720000000));
    // Two redemptions in the same second are two entries.
    ASSERT_TRUE(import(QStringLiteral("orders"),
                       t.writeFile(QStringLiteral("more.csv"), "customer_id,ordered_at,order_id,amount\n"
                                                               "A,2024-07-01,O9,10\n"))
                    .ok());
    ASSERT_TRUE(
        reports::redeemPoints(*t.store, QStringLiteral("A"), 5, QStringLiteral("redeem"), 1720000000));
    ASSERT_TRUE(
        reports::redeemPoints(*t.store, QStringLiteral("A"), 5, QStringLiteral("adjust"), 1720000000));
    EXPECT_EQ(balance(), 0);
}
