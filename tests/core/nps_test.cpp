#include "metrics/nps.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

TEST(Nps, WorkedExamplePlusThirty) {
    std::vector<NpsAnswer> answers;
    int64_t customer = 0;
    for (const int score : {10, 9, 9, 10, 9, 7, 8, 7, 3, 6})
        answers.push_back({++customer, daysFromCivil(2024, 7, 1) + customer, score});
    const auto rows = npsByPeriod(answers, {periodOf(daysFromCivil(2024, 7, 1), PeriodUnit::Month)});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].responses, 10);
    EXPECT_EQ(rows[0].promoters, 5);
    EXPECT_EQ(rows[0].passives, 3);
    EXPECT_EQ(rows[0].detractors, 2);
    EXPECT_DOUBLE_EQ(*rows[0].nps, 30.0);
}

TEST(Nps, CategoriesRangeAndEmptyPeriods) {
    EXPECT_EQ(npsCategory(0), NpsCategory::Detractor);
    EXPECT_EQ(npsCategory(6), NpsCategory::Detractor);
    EXPECT_EQ(npsCategory(7), NpsCategory::Passive);
    EXPECT_EQ(npsCategory(8), NpsCategory::Passive);
    EXPECT_EQ(npsCategory(9), NpsCategory::Promoter);
    const auto periods =
        periodsCovering(daysFromCivil(2024, 1, 1), daysFromCivil(2024, 3, 31), PeriodUnit::Month);
    const auto rows =
        npsByPeriod({{1, daysFromCivil(2024, 1, 5), 10}, {2, daysFromCivil(2024, 3, 5), 0}}, periods);
    EXPECT_DOUBLE_EQ(*rows[0].nps, 100.0);
    EXPECT_FALSE(rows[1].nps); // no answers: undefined, not 0
    EXPECT_DOUBLE_EQ(*rows[2].nps, -100.0);
}

TEST(Nps, LatestAnswerPerCustomer) {
    const auto latest = latestAnswers({{1, 10, 3}, {2, 11, 9}, {1, 20, 8}, {1, 15, 10}});
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[0].customer, 1);
    EXPECT_EQ(latest[0].score, 8);
    EXPECT_EQ(latest[1].score, 9);
}

TEST(Csat, FourAndFiveAreSatisfied) {
    const Period july = periodOf(daysFromCivil(2024, 7, 1), PeriodUnit::Month);
    const auto rows = csatByPeriod(
        {{1, july.start, 5}, {2, july.start, 4}, {3, july.start, 3}, {4, july.start, 1}}, {july});
    EXPECT_EQ(rows[0].ratings, 4);
    EXPECT_EQ(rows[0].satisfied, 2);
    EXPECT_DOUBLE_EQ(*rows[0].csatPct, 50.0);
    EXPECT_FALSE(csatByPeriod({}, {july})[0].csatPct);
}
