#include "model/dates.h"
#include "model/period.h"

#include <gtest/gtest.h>

using namespace tenure;

namespace {
int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}
} // namespace

TEST(Period, MonthsOfEveryLength) {
    EXPECT_EQ(periodOf(day(2024, 2, 10), PeriodUnit::Month), (Period{day(2024, 2, 1), day(2024, 3, 1)}));
    EXPECT_EQ(periodOf(day(2024, 2, 29), PeriodUnit::Month).end -
                  periodOf(day(2024, 2, 29), PeriodUnit::Month).start,
              29);
    EXPECT_EQ(periodOf(day(2023, 2, 1), PeriodUnit::Month).lastDay(), day(2023, 2, 28));
    EXPECT_EQ(periodOf(day(2024, 1, 31), PeriodUnit::Month).lastDay(), day(2024, 1, 31));
    EXPECT_EQ(periodOf(day(2024, 12, 31), PeriodUnit::Month).end, day(2025, 1, 1));
}

TEST(Period, IsoWeeksStartOnMondayAcrossTheYearEnd) {
    EXPECT_EQ(periodOf(day(2024, 12, 30), PeriodUnit::Week).start, day(2024, 12, 30));
    EXPECT_EQ(periodOf(day(2025, 1, 5), PeriodUnit::Week).start, day(2024, 12, 30));
    EXPECT_EQ(periodOf(day(2021, 1, 1), PeriodUnit::Week).start, day(2020, 12, 28));
    EXPECT_EQ(periodOf(day(1970, 1, 1), PeriodUnit::Week).start, day(1969, 12, 29));
    EXPECT_EQ(periodLabel(periodOf(day(2021, 1, 1), PeriodUnit::Week), PeriodUnit::Week),
              QStringLiteral("2020-12-28"));
}

TEST(Period, QuartersYearsAndLabels) {
    const Period q2 = periodOf(day(2024, 5, 17), PeriodUnit::Quarter);
    EXPECT_EQ(q2, (Period{day(2024, 4, 1), day(2024, 7, 1)}));
    EXPECT_EQ(periodLabel(q2, PeriodUnit::Quarter), QStringLiteral("2024-Q2"));
    EXPECT_EQ(periodLabel(periodOf(day(2024, 7, 4), PeriodUnit::Month), PeriodUnit::Month),
              QStringLiteral("2024-07"));
    EXPECT_EQ(periodLabel(periodOf(day(2024, 7, 4), PeriodUnit::Year), PeriodUnit::Year),
              QStringLiteral("2024"));
    EXPECT_EQ(periodLabel(periodOf(day(2024, 7, 4), PeriodUnit::Day), PeriodUnit::Day),
              QStringLiteral("2024-07-04"));
    for (const PeriodUnit unit :
         {PeriodUnit::Day, PeriodUnit::Week, PeriodUnit::Month, PeriodUnit::Quarter, PeriodUnit::Year}) {
        const Period p = periodOf(day(2023, 11, 15), unit);
        EXPECT_EQ(parsePeriodLabel(periodLabel(p, unit), unit), p) << periodUnitName(unit).toStdString();
        EXPECT_EQ(parsePeriodUnit(periodUnitName(unit)), unit);
    }
    EXPECT_FALSE(parsePeriodLabel(QStringLiteral("2024-13"), PeriodUnit::Month));
    EXPECT_FALSE(parsePeriodLabel(QStringLiteral("2024-Q5"), PeriodUnit::Quarter));
    EXPECT_FALSE(parsePeriodLabel(QStringLiteral("2024-07-03"), PeriodUnit::Week)); // a Wednesday
    EXPECT_FALSE(parsePeriodLabel(QStringLiteral("July"), PeriodUnit::Month));
    EXPECT_FALSE(parsePeriodUnit(QStringLiteral("fortnight")));
}

TEST(Period, CoveringListsConsecutivePeriods) {
    const auto months = periodsCovering(day(2023, 11, 20), day(2024, 2, 3), PeriodUnit::Month);
    ASSERT_EQ(months.size(), 4u);
    EXPECT_EQ(months.front().start, day(2023, 11, 1));
    EXPECT_EQ(months.back().start, day(2024, 2, 1));
    for (size_t i = 1; i < months.size(); ++i)
        EXPECT_EQ(months[i].start, months[i - 1].end);
    EXPECT_TRUE(periodsCovering(day(2024, 2, 3), day(2024, 1, 1), PeriodUnit::Month).empty());
}
