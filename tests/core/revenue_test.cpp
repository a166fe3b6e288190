#include "metrics/revenue.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}
const Period july{day(2024, 7, 1), day(2024, 8, 1)};
} // namespace

TEST(Revenue, MovementsNrrGrrAndArpa) {
    const std::vector<Subscription> subs{
        {1, day(2024, 1, 1), noDay, 100},            // steady
        {2, day(2024, 1, 1), day(2024, 7, 10), 200}, // churned in July
        {3, day(2024, 1, 1), day(2024, 7, 15), 50},  // expanded: 50 → 80
        {3, day(2024, 7, 15), noDay, 80},
        {4, day(2024, 1, 1), day(2024, 7, 1), 100}, // contracted on 1 July: 100 → 60
        {4, day(2024, 7, 1), noDay, 60},
        {5, day(2024, 7, 20), noDay, 40},          // new
        {6, day(2024, 1, 1), day(2024, 3, 1), 30}, // came back in July
        {6, day(2024, 7, 5), noDay, 30},
    };
    const auto row = revenueByPeriod(subs, {july}, day(2024, 12, 31), 1.0, {}).front();
    EXPECT_DOUBLE_EQ(row.mrrStart, 100 + 200 + 50 + 100);
    EXPECT_DOUBLE_EQ(row.churned, 200);
    EXPECT_DOUBLE_EQ(row.expansion, 30);
    EXPECT_DOUBLE_EQ(row.contraction, 40);
    EXPECT_DOUBLE_EQ(row.newMrr, 40);
    EXPECT_DOUBLE_EQ(row.reactivation, 30);
    EXPECT_DOUBLE_EQ(row.mrrEnd, 100 + 80 + 60 + 40 + 30);
    EXPECT_DOUBLE_EQ(row.mrrEnd, row.mrrStart + row.newMrr + row.reactivation + row.expansion -
                                     row.contraction - row.churned);
    EXPECT_DOUBLE_EQ(*row.grossMrrChurnPct, 100.0 * 240 / 450);
    EXPECT_DOUBLE_EQ(*row.nrrPct, 100.0 * (450 + 30 - 40 - 200) / 450);
    EXPECT_DOUBLE_EQ(*row.grrPct, 100.0 * (450 - 40 - 200) / 450);
    EXPECT_LE(*row.grrPct, 100.0);
    EXPECT_EQ(row.payingAtEnd, 5);
    EXPECT_DOUBLE_EQ(*row.arpa, 310.0 / 5);
    EXPECT_FALSE(row.clv); // no churn history
}

TEST(Revenue, EmptyStartIsUndefined) {
    const auto row =
        revenueByPeriod({{1, day(2024, 7, 3), noDay, 10}}, {july}, day(2024, 12, 31), 1.0, {}).front();
    EXPECT_DOUBLE_EQ(row.newMrr, 10);
    EXPECT_FALSE(row.nrrPct);
    EXPECT_FALSE(row.grrPct);
    EXPECT_FALSE(row.grossMrrChurnPct);
}

TEST(Clv, AverageOfTheSixFullMonthsBefore) {
    std::vector<std::pair<Period, std::optional<double>>> churn;
    for (int m = 1; m <= 7; ++m) // January … July 2024 at 1 %, 2 %, … (July is the current month)
        churn.emplace_back(periodOf(day(2024, m, 1), PeriodUnit::Month), static_cast<double>(m));
    // The six months before July: January … June, average 3.5 % → 100 × 0.8 / 0.035.
    EXPECT_NEAR(*customerLifetimeValue(100, 0.8, day(2024, 7, 31), churn), 100 * 0.8 / 0.035, 1e-9);
    // Fewer than three months with a rate: undefined.
    const std::vector<std::pair<Period, std::optional<double>>> short_{churn[4], churn[5]};
    EXPECT_FALSE(customerLifetimeValue(100, 1.0, day(2024, 7, 31), short_));
    // An average of zero: undefined, not infinite.
    std::vector<std::pair<Period, std::optional<double>>> none;
    for (int m = 1; m <= 6; ++m)
        none.emplace_back(periodOf(day(2024, m, 1), PeriodUnit::Month), 0.0);
    EXPECT_FALSE(customerLifetimeValue(100, 1.0, day(2024, 7, 31), none));
}

// Subscriptions of 0.1 and 0.2 ending in different months leave the running sum at 2.8e-17 in
// doubles: the customer has churned (no MRR, not paying), not contracted.
TEST(Revenue, EndedSubscriptionsLeaveNoMrrBehind) {
    const std::vector<Subscription> subs{{1, day(2024, 1, 1), day(2024, 3, 1), 0.1},
                                         {1, day(2024, 2, 1), day(2024, 4, 1), 0.2}};
    std::vector<Period> months;
    for (int m = 1; m <= 4; ++m)
        months.push_back(periodOf(day(2024, m, 1), PeriodUnit::Month));
    const auto rows = revenueByPeriod(subs, months, day(2024, 4, 30), 1.0, {});
    const RevenueRow& april = rows[3];
    EXPECT_NEAR(april.churned, 0.2, 1e-12);
    EXPECT_EQ(april.contraction, 0.0);
    EXPECT_EQ(april.mrrEnd, 0.0);
    EXPECT_EQ(april.payingAtEnd, 0);
    EXPECT_FALSE(april.arpa);
    // The explanation says the same.
    const auto explained = explainRevenue(subs, months[3]);
    ASSERT_EQ(explained.size(), 1u);
    EXPECT_EQ(explained[0].reason, QStringLiteral("MRR 0.20 → 0.00: churned -0.20"));
}
