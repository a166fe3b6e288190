#include "metrics/onboarding.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}
const std::vector<MilestoneTemplate> checklist{{QStringLiteral("Data migrated"), 7, true},
                                               {QStringLiteral("Training completed"), 30, true},
                                               {QStringLiteral("Newsletter"), 10, false}};
} // namespace

TEST(Onboarding, DaysToOnboardMilestonesAndInteractionsPerSignupMonth) {
    std::vector<OnboardingCustomer> customers{
        {1, day(2024, 3, 1)}, {2, day(2024, 3, 10)}, {3, day(2024, 4, 2)}};
    const std::vector<MilestoneState> states{
        {1, QStringLiteral("Data migrated"), noDay, day(2024, 3, 5)},
        {1, QStringLiteral("Training completed"), noDay, day(2024, 3, 21)}, // onboarded after 20 days
        {1, QStringLiteral("Newsletter"), noDay, day(2024, 4, 30)},         // optional: does not delay
        {2, QStringLiteral("Data migrated"), noDay, day(2024, 3, 20)},      // not onboarded yet
        {3, QStringLiteral("Data migrated"), noDay, day(2024, 4, 3)},
        {3, QStringLiteral("Training completed"), noDay, day(2024, 4, 12)}, // 10 days
    };
    const auto completion = onboardingCompletion(customers, states, checklist);
    EXPECT_EQ(completion.at(1), day(2024, 3, 21));
    EXPECT_EQ(completion.at(2), noDay);
    const std::vector<Activity> interactions{{1, day(2024, 3, 2), 0},
                                             {1, day(2024, 3, 21), 0},
                                             {1, day(2024, 3, 25), 0},
                                             {3, day(2024, 4, 1), 0},
                                             {3, day(2024, 4, 5), 0}};
    countOnboardingInteractions(customers, interactions, completion, day(2024, 5, 1));
    EXPECT_EQ(customers[0].interactions, 2); // the one after completion does not count
    EXPECT_EQ(customers[2].interactions, 1); // nor the one before signup

    const auto rows = onboardingByCohort(customers, states, checklist, PeriodUnit::Month);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].customers, 2);
    EXPECT_EQ(rows[0].completed, 1);
    EXPECT_DOUBLE_EQ(*rows[0].daysToOnboardAvg, 20.0);
    EXPECT_DOUBLE_EQ(*rows[0].interactionsAvg, 2.0);
    EXPECT_DOUBLE_EQ(*rows[0].daysToMilestoneAvg.at(QStringLiteral("Data migrated")), (4.0 + 10.0) / 2);
    EXPECT_DOUBLE_EQ(*rows[1].daysToOnboardAvg, 10.0);
    EXPECT_FALSE(rows[1].daysToMilestoneAvg.at(QStringLiteral("Newsletter")));
}

TEST(Onboarding, OverdueBehindAndStuck) {
    const std::vector<OnboardingCustomer> customers{{1, day(2024, 3, 1)},
                                                    {2, day(2024, 1, 1), day(2024, 2, 1)}};
    const std::vector<MilestoneState> states{
        {1, QStringLiteral("Data migrated"), noDay, noDay},                    // due 8 March
        {1, QStringLiteral("Training completed"), noDay, noDay},               // due 31 March
        {1, QStringLiteral("Newsletter"), day(2024, 3, 15), day(2024, 3, 14)}, // done
        {2, QStringLiteral("Data migrated"), noDay, noDay},                    // churned: not onboarding
    };
    const auto overdue = overdueMilestones(customers, states, checklist, day(2024, 3, 26));
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].milestone, QStringLiteral("Data migrated"));
    EXPECT_EQ(overdue[0].due, day(2024, 3, 8));
    EXPECT_EQ(overdue[0].daysOverdue, 18);
    EXPECT_TRUE(overdue[0].stuck); // more than twice its 7-day allowance
    const auto earlier = overdueMilestones(customers, states, checklist, day(2024, 3, 15));
    ASSERT_EQ(earlier.size(), 1u);
    EXPECT_FALSE(earlier[0].stuck); // 7 days late: behind
}

#include "demo/demostore.h"
#include "store/metricinputs.h"
#include "testsupport.h"

#include <algorithm>

// The dashboard's one-pass status agrees with the per-day functions it replaces, on the demo.
TEST(OnboardingStatus, AgreesWithOverdueMilestonesAndCompletionDayByDay) {
    test::TempStore t;
    demo::DemoOptions options;
    options.customers = 400;
    options.seed = 9;
    options.today = daysFromCivil(2025, 6, 30);
    options.years = 2;
    ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    const auto checklist = store::loadChecklist(*t.store);
    const auto customers = store::loadOnboardingCustomers(*t.store);
    const auto milestones = store::loadMilestones(*t.store);
    ASSERT_TRUE(checklist && customers && milestones);
    std::vector<int64_t> days;
    for (int month = 1; month <= 12; ++month)
        days.push_back(daysFromCivil(2024 + (month + 5) / 12, (month + 5) % 12 + 1, 1) - 1);
    std::sort(days.begin(), days.end());
    const auto status = onboardingStatusOn(customers.value(), milestones.value(), checklist.value(), days);
    ASSERT_EQ(status.size(), days.size());
    const auto completion = onboardingCompletion(customers.value(), milestones.value(), checklist.value());
    int64_t anyOverdue = 0;
    for (size_t i = 0; i < days.size(); ++i) {
        const int64_t day = days[i];
        std::vector<int64_t> late;
        for (const OverdueMilestone& o :
             overdueMilestones(customers.value(), milestones.value(), checklist.value(), day))
            late.push_back(o.customer);
        std::sort(late.begin(), late.end());
        const auto overdue = std::unique(late.begin(), late.end()) - late.begin();
        int64_t open = 0;
        for (const OnboardingCustomer& c : customers.value()) {
            if (c.signup > day || c.signup < day - 90 || (c.churn != noDay && c.churn <= day)) continue;
            const auto done = completion.find(c.customer);
            open += done == completion.end() || done->second == noDay || done->second > day ? 1 : 0;
        }
        EXPECT_EQ(status[i].day, day);
        EXPECT_EQ(status[i].overdueCustomers, overdue) << formatDate(day).toStdString();
        EXPECT_EQ(status[i].inProgress, open) << formatDate(day).toStdString();
        // The dashboard's drill-down lists exactly those customers as the numerator.
        for (const auto figure : {OnboardingStatusFigure::InProgress, OnboardingStatusFigure::Overdue}) {
            const auto rows = explainOnboardingStatus(customers.value(), milestones.value(),
                                                      checklist.value(), day, figure);
            const auto numerators = std::count_if(rows.begin(), rows.end(), [](const ExplainedCustomer& r) {
                return r.role == Role::Numerator;
            });
            EXPECT_EQ(numerators, figure == OnboardingStatusFigure::Overdue ? overdue : open)
                << formatDate(day).toStdString();
        }
        anyOverdue += overdue;
    }
    EXPECT_GT(anyOverdue, 0) << "the demo has overdue milestones to compare";
}
