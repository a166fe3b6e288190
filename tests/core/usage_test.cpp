#include "metrics/usage.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
const int64_t asOf = daysFromCivil(2024, 6, 30);

void addDays(std::vector<UsageEvent>& events, int64_t customer, int64_t from, int count, int step,
             int32_t feature = -1) {
    for (int i = 0; i < count; ++i)
        events.push_back({customer, static_cast<int32_t>(from + i * step), feature});
}
} // namespace

TEST(Usage, ActiveDaysPerWeekAndTrendOverTheLastFourAndPreviousThirtyWeeks) {
    std::vector<UsageEvent> events;
    // Previous 30 weeks (asOf−237 … asOf−28): 60 active days = 2.0 per week.
    addDays(events, 1, asOf - 237, 60, 3);
    // Last 4 weeks: 4 active days (two events on one of them) = 1.0 per week.
    addDays(events, 1, asOf - 20, 4, 5);
    events.push_back({1, static_cast<int32_t>(asOf - 20), 2});
    events.push_back({1, static_cast<int32_t>(asOf + 3), 2}); // after the as-of day: ignored
    sortUsageEvents(events);
    const auto s = usageSummaries(events, {{1, asOf - 400, noDay}}, asOf, {});
    ASSERT_EQ(s.size(), 1u);
    EXPECT_DOUBLE_EQ(s[0].activeDaysPerWeek, 1.0);
    ASSERT_TRUE(s[0].previousActiveDaysPerWeek);
    EXPECT_DOUBLE_EQ(*s[0].previousActiveDaysPerWeek, 2.0);
    ASSERT_TRUE(s[0].trend);
    EXPECT_DOUBLE_EQ(*s[0].trend, 0.5);
    EXPECT_EQ(s[0].lastActiveDay, asOf - 5);
}

TEST(Usage, WindowsAreClippedToTheSignup) {
    std::vector<UsageEvent> events;
    const int64_t signup = asOf - 27 - 70; // ten weeks before the recent window
    addDays(events, 1, signup, 10, 7);     // 10 active days over 10 weeks: 1.0 per week
    addDays(events, 1, asOf - 27, 8, 3);   // 8 over 4 weeks: 2.0 per week
    const auto s = usageSummaries(events, {{1, signup, noDay}}, asOf, {});
    EXPECT_DOUBLE_EQ(*s[0].previousActiveDaysPerWeek, 1.0);
    EXPECT_DOUBLE_EQ(*s[0].trend, 2.0);
}

TEST(Usage, TrendIsUndefinedWithoutAPreviousWindowOrWithoutPreviousActivity) {
    std::vector<UsageEvent> events;
    addDays(events, 1, asOf - 10, 3, 1); // signed up two weeks ago: no previous window
    addDays(events, 2, asOf - 10, 3, 1); // previous window without activity
    const auto s = usageSummaries(
        events, {{1, asOf - 13, noDay}, {2, asOf - 400, noDay}, {3, asOf - 400, noDay}}, asOf, {});
    EXPECT_FALSE(s[0].previousActiveDaysPerWeek);
    EXPECT_FALSE(s[0].trend);
    EXPECT_DOUBLE_EQ(s[0].activeDaysPerWeek, 1.5); // 3 days over two weeks since signup
    ASSERT_TRUE(s[1].previousActiveDaysPerWeek);
    EXPECT_EQ(*s[1].previousActiveDaysPerWeek, 0.0);
    EXPECT_FALSE(s[1].trend); // 0.75 ÷ 0 is undefined, not infinite
    EXPECT_EQ(s[2].lastActiveDay, noDay);
    EXPECT_EQ(s[2].activeDaysPerWeek, 0.0);
}

TEST(Usage, DistinctFeaturesOfTheLast30DaysAndStickyFeaturesNeverUsed) {
    std::vector<UsageEvent> events{
        {1, static_cast<int32_t>(asOf - 40), 2}, {1, static_cast<int32_t>(asOf - 29), 0},
        {1, static_cast<int32_t>(asOf - 3), 1},  {1, static_cast<int32_t>(asOf - 2), 1},
        {1, static_cast<int32_t>(asOf - 1), 70}, {1, static_cast<int32_t>(asOf), -1}};
    const auto s = usageSummaries(events, {{1, asOf - 400, noDay}}, asOf, {2, 3, 0});
    EXPECT_EQ(s[0].distinctFeatures30d, 3);  // 0, 1 and 70; 2 is older than 30 days
    EXPECT_EQ(s[0].stickyNeverUsed, 0b010u); // of the sticky 2, 3 and 0 only 3 was never used
}
