#include "demo/demostore.h"
#include "metrics/cohortgrid.h"
#include "model/dates.h"
#include "store/activityinputs.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace tenure;
using namespace tenure::metrics;

namespace {

int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}

void expectSameCells(const std::vector<CohortCell>& a, const std::vector<CohortCell>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(a[i].cohort, b[i].cohort);
        EXPECT_EQ(a[i].size, b[i].size);
        EXPECT_EQ(a[i].offset, b[i].offset);
        EXPECT_EQ(a[i].active, b[i].active);
        EXPECT_EQ(a[i].retentionPct, b[i].retentionPct);
        EXPECT_EQ(a[i].revenue, b[i].revenue);
        EXPECT_EQ(a[i].revenueRetentionPct, b[i].revenueRetentionPct);
        EXPECT_EQ(a[i].partial, b[i].partial);
    }
}

const std::vector<CohortMember> kMembers{{1, day(2024, 1, 5)}, {2, day(2024, 1, 20)},
                                         {3, day(2024, 2, 2)}, {4, day(2024, 3, 30)},
                                         {5, noDay},           {40, day(2024, 2, 9)}};
const std::vector<Activity> kActivities{
    {1, day(2024, 1, 5), 0},  {2, day(2024, 1, 20), 0}, {1, day(2024, 2, 1), 0},  {3, day(2024, 4, 2), 0},
    {40, day(2024, 5, 9), 0}, {9, day(2024, 2, 2), 0},  {1, day(2023, 12, 1), 0}, {4, day(2024, 3, 31), 0}};

} // namespace

// The as-of day known up front (a fixed calendar) or decided by the data (a growing one) gives
// the same cells when the data's last day is the as-of day.
TEST(CohortGrid, GrowingCalendarMatchesTheFixedOne) {
    const int64_t last = day(2024, 5, 9);
    CohortGrid growing(kMembers, PeriodUnit::Month);
    for (const Activity& a : kActivities)
        growing.add(a.customer, a.day, a.amount);
    EXPECT_EQ(growing.firstActivityDay(), day(2023, 12, 1));
    EXPECT_EQ(growing.lastActivityDay(), last);
    const auto fixed =
        cohortRetention(kMembers, kActivities, CohortActivity::Activity, PeriodUnit::Month, last);
    expectSameCells(growing.cells(kMembers, CohortActivity::Activity, last), fixed);
    EXPECT_EQ(fixed.size(), 5u + 4u + 3u); // cohorts January, February, March up to May
}

// Two grids fed disjoint customers and merged count as one grid fed everything.
TEST(CohortGrid, MergedGridsCountAsOne) {
    const int64_t last = day(2024, 5, 9);
    CohortGrid lower(kMembers, PeriodUnit::Month);
    CohortGrid upper = lower.emptyCopy();
    for (const Activity& a : kActivities)
        (a.customer < 4 ? lower : upper).add(a.customer, a.day, a.amount);
    lower.merge(upper);
    EXPECT_EQ(lower.lastActivityDay(), last);
    expectSameCells(
        lower.cells(kMembers, CohortActivity::Activity, last),
        cohortRetention(kMembers, kActivities, CohortActivity::Activity, PeriodUnit::Month, last));
}

// A member who joined after the as-of day but within its period is in the last cohort; an
// activity after the as-of day's period is not counted.
TEST(CohortGrid, AsOfDayInsideTheLastPeriod) {
    const std::vector<CohortMember> members{{7, day(2024, 1, 5)}, {900, day(2024, 2, 20)}};
    const std::vector<Activity> activities{
        {7, day(2024, 2, 3), 5}, {900, day(2024, 2, 21), 2}, {7, day(2024, 3, 1), 9}};
    const auto cells =
        cohortRetention(members, activities, CohortActivity::Activity, PeriodUnit::Month, day(2024, 2, 10));
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[1].offset, 1);
    EXPECT_EQ(cells[1].active, 1);
    EXPECT_DOUBLE_EQ(cells[1].revenue, 5.0);
    EXPECT_EQ(cells[2].cohort.start, day(2024, 2, 1));
    EXPECT_EQ(cells[2].size, 1);
    EXPECT_EQ(cells[2].active, 1);
    EXPECT_TRUE(cells[2].partial);
}

// Events and orders streamed into a grid count as the vector loader's through cohortRetention;
// the events are read in two customer ranges (the upper one on its own connection and thread).
TEST(CohortGrid, StoreActivitiesMatchTheVectorLoader) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    demo::DemoOptions demoOptions;
    demoOptions.customers = 300;
    demoOptions.seed = 11;
    demoOptions.today = daysFromCivil(2025, 3, 15);
    ASSERT_TRUE(demo::fillDemoStore(*t.store, demoOptions));

    const auto members = store::loadCohortMembers(*t.store, store::CohortBasis::Signup);
    ASSERT_TRUE(members);
    for (const auto source : {store::ActivitySource::Events, store::ActivitySource::Orders}) {
        const auto activities = store::loadActivities(*t.store, source);
        ASSERT_TRUE(activities);
        ASSERT_GT(activities->size(), 500u);
        int64_t last = noDay;
        for (const CohortMember& m : members.value())
            last = std::max({last, m.first, m.churn});
        for (const Activity& a : activities.value())
            last = std::max(last, a.day);
        CohortGrid grid(members.value(), PeriodUnit::Month);
        ASSERT_TRUE(store::loadActivitiesInto(*t.store, source, grid));
        expectSameCells(grid.cells(members.value(), CohortActivity::Activity, last),
                        cohortRetention(members.value(), activities.value(), CohortActivity::Activity,
                                        PeriodUnit::Month, last));
    }
}

// Customer ids far apart take the hashed index instead of the vector by id: same cells.
TEST(CohortGrid, SparseIdsCountAsDenseOnes) {
    const int64_t scale = 1'000'000'007;
    std::vector<CohortMember> members = kMembers;
    std::vector<Activity> activities = kActivities;
    for (CohortMember& m : members)
        m.customer *= scale;
    for (Activity& a : activities)
        a.customer *= scale;
    const int64_t last = day(2024, 5, 9);
    expectSameCells(
        cohortRetention(members, activities, CohortActivity::Activity, PeriodUnit::Month, last),
        cohortRetention(kMembers, kActivities, CohortActivity::Activity, PeriodUnit::Month, last));
}
