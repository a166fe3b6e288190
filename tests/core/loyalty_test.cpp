#include "metrics/loyalty.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}
} // namespace

TEST(Loyalty, PointsTiersActiveMembersAndRates) {
    const std::vector<LedgerEntry> ledger{
        {1, day(2023, 6, 1), 1500},                              // outside the 12-month window by July 2024
        {1, day(2024, 7, 2), 600},  {1, day(2024, 7, 20), -300}, // redemption
        {2, day(2024, 5, 1), 2100}, {3, day(2024, 7, 10), 100},
    };
    const std::vector<Activity> orders{{1, day(2024, 7, 2), 60},
                                       {1, day(2024, 3, 1), 40},
                                       {2, day(2024, 2, 1), 10},
                                       {3, day(2024, 7, 10), 10},
                                       {9, day(2024, 7, 3), 99}};
    const Period july = periodOf(day(2024, 7, 1), PeriodUnit::Month);
    const auto rows = loyaltyByPeriod(ledger, orders, {july}, defaultTiers());
    ASSERT_EQ(rows.size(), 1u);
    const LoyaltyRow& r = rows[0];
    EXPECT_EQ(r.members, 3);
    EXPECT_EQ(r.activeMembers, 2); // customer 2's last purchase was in February
    EXPECT_EQ(r.pointsEarned, 700);
    EXPECT_EQ(r.pointsRedeemed, 300);
    EXPECT_EQ(r.pointsOutstanding, 1500 + 600 - 300 + 2100 + 100);
    EXPECT_DOUBLE_EQ(*r.redemptionPct, 300.0 / 700.0 * 100.0);
    EXPECT_DOUBLE_EQ(*r.repeatPurchasePct, 100.0 / 3.0); // only customer 1 bought twice
    EXPECT_EQ(r.tiers.at(QStringLiteral("gold")), 1);    // customer 2: 2,100 in 12 months
    EXPECT_EQ(r.tiers.at(QStringLiteral("silver")), 1);  // customer 1: 600 (the 1,500 expired)
    EXPECT_EQ(r.tiers.at(QStringLiteral("member")), 1);
}

TEST(Loyalty, NoActivityIsUndefinedNotZero) {
    const auto rows = loyaltyByPeriod({}, {}, {periodOf(day(2024, 7, 1), PeriodUnit::Month)}, defaultTiers());
    EXPECT_EQ(rows[0].members, 0);
    EXPECT_FALSE(rows[0].redemptionPct);
    EXPECT_FALSE(rows[0].repeatPurchasePct);
}
