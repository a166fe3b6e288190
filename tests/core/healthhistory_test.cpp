// The window's automatic health history: one snapshot per data day, written in slices.
#include "demo/demostore.h"
#include "model/dates.h"
#include "reports/healthreport.h"
#include "store/healthinputs.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;

TEST(HealthHistory, RecordedOncePerDayInSlices) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    demo::DemoOptions options;
    options.customers = 150;
    options.seed = 5;
    options.today = daysFromCivil(2025, 3, 31);
    options.years = 1;
    ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    reports::HealthOptions health;
    health.churnProbability = false;
    const auto report = reports::computeHealth(*t.store, health);
    ASSERT_TRUE(report) << report.error().toStdString();
    int64_t scored = 0;
    for (const reports::HealthRow& row : report->rows)
        scored += row.health.health.score ? 1 : 0;
    ASSERT_GT(scored, 40);

    EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), 0);
    const auto first = reports::recordHealthOnce(*t.store, report.value(), 16); // several slices
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(first.value(), scored);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), scored);

    // The same day again: nothing written.
    const auto again = reports::recordHealthOnce(*t.store, report.value(), 16);
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value(), 0);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), scored);

    // A pass cut off before its last slice leaves no marker: the next one writes the day again,
    // whole, without duplicating rows.
    ASSERT_TRUE(t.store->exec("DELETE FROM health_history WHERE customer > (SELECT min(customer) FROM "
                              "health_history)"));
    ASSERT_TRUE(t.store->exec("DELETE FROM settings WHERE key = 'health_history_recorded_day'"));
    const auto resumed = reports::recordHealthOnce(*t.store, report.value(), 16);
    ASSERT_TRUE(resumed) << resumed.error().toStdString();
    EXPECT_EQ(resumed.value(), scored);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), scored);

    // The next scoring of the store sees the recorded scores as the previous ones.
    health.asOfDay = report->asOfDay + 1;
    const auto next = reports::computeHealth(*t.store, health);
    ASSERT_TRUE(next);
    int64_t withPrevious = 0;
    for (const reports::HealthRow& row : next->rows)
        withPrevious += row.previousScore ? 1 : 0;
    EXPECT_EQ(withPrevious, scored);
}
