#include "io/valueparser.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::io;

namespace {
std::optional<ParsedDateTime> parse(std::string_view s, DateOrder order = DateOrder::Mdy) {
    std::string reason;
    return parseDateTime(s, order, reason);
}
} // namespace

TEST(Dates, CivilRoundTripAcrossCenturiesAndLeapDays) {
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(daysFromCivil(2000, 3, 1), 11017);
    for (int64_t d = -800000; d < 800000; d += 97) {
        const CivilDate c = civilFromDays(d);
        ASSERT_EQ(daysFromCivil(c.year, c.month, c.day), d);
    }
    EXPECT_EQ(daysInMonth(2024, 2), 29);
    EXPECT_EQ(daysInMonth(2023, 2), 28);
    EXPECT_EQ(daysInMonth(1900, 2), 28);
    EXPECT_EQ(daysInMonth(2000, 2), 29);
    EXPECT_EQ(formatDate(daysFromCivil(2024, 7, 31)), QStringLiteral("2024-07-31"));
}

TEST(DateParsing, IsoForms) {
    auto d = parse("2024-03-01");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->day, daysFromCivil(2024, 3, 1));
    EXPECT_FALSE(d->hasTime);

    d = parse("2024-03-01 14:05:00");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->secondOfDay, 14 * 3600 + 5 * 60);
    EXPECT_FALSE(d->hasOffset);

    d = parse("2024-03-01T14:05:00.250Z");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->hasOffset);
    EXPECT_EQ(d->offsetSeconds, 0);

    d = parse("2024-03-01T14:05:00+02:00");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->offsetSeconds, 7200);
    d = parse("2024-03-01T14:05-0530");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->offsetSeconds, -(5 * 3600 + 30 * 60));
    d = parse("2024/03/01");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->day, daysFromCivil(2024, 3, 1));
}

TEST(DateParsing, SlashedDatesFollowTheOrder) {
    EXPECT_EQ(parse("03/04/2024", DateOrder::Mdy)->day, daysFromCivil(2024, 3, 4));
    EXPECT_EQ(parse("03/04/2024", DateOrder::Dmy)->day, daysFromCivil(2024, 4, 3));
    EXPECT_EQ(parse("12/1/2010 8:26", DateOrder::Mdy)->secondOfDay, 8 * 3600 + 26 * 60);
    EXPECT_EQ(parse("1/2/2024 1:05 PM", DateOrder::Mdy)->secondOfDay, 13 * 3600 + 5 * 60);
    EXPECT_EQ(parse("12/1/2024 12:00 AM", DateOrder::Mdy)->secondOfDay, 0);
    EXPECT_EQ(parse("31.12.2024", DateOrder::Ymd)->day, daysFromCivil(2024, 12, 31));
    EXPECT_EQ(dateOrderHint("25/12/2024"), DateOrderHint::DayFirst);
    EXPECT_EQ(dateOrderHint("12/25/2024"), DateOrderHint::MonthFirst);
    EXPECT_EQ(dateOrderHint("01/02/2024"), DateOrderHint::Ambiguous);
    EXPECT_EQ(dateOrderHint("2024-01-02"), DateOrderHint::Iso);
}

TEST(DateParsing, RejectsImpossibleDatesWithAReason) {
    std::string reason;
    EXPECT_FALSE(parseDateTime("2024-13-45", DateOrder::Ymd, reason));
    EXPECT_NE(reason.find("month 13"), std::string::npos);
    EXPECT_FALSE(parseDateTime("2023-02-29", DateOrder::Ymd, reason));
    EXPECT_NE(reason.find("day 29"), std::string::npos);
    EXPECT_TRUE(parseDateTime("2024-02-29", DateOrder::Ymd, reason));
    EXPECT_FALSE(parseDateTime("yesterday", DateOrder::Ymd, reason));
    EXPECT_FALSE(parseDateTime("2024-03-01 25:00", DateOrder::Ymd, reason));
    EXPECT_FALSE(parseDateTime("2024-03-01 10:00 tomorrow", DateOrder::Ymd, reason));
    EXPECT_FALSE(parseDateTime("25/12/2024", DateOrder::Mdy, reason));
    EXPECT_FALSE(parseDateTime("1/2/24", DateOrder::Mdy, reason));
}

TEST(ValueParsing, NumbersIntegersAndBooleans) {
    EXPECT_DOUBLE_EQ(*parseNumber("29.85"), 29.85);
    EXPECT_DOUBLE_EQ(*parseNumber(" -3.5 "), -3.5);
    EXPECT_DOUBLE_EQ(*parseNumber("+1e3"), 1000.0);
    EXPECT_FALSE(parseNumber(""));
    EXPECT_FALSE(parseNumber(" "));
    EXPECT_FALSE(parseNumber("12,5"));
    EXPECT_FALSE(parseNumber("nan"));
    EXPECT_EQ(*parseInteger("42"), 42);
    EXPECT_EQ(*parseInteger("3.0"), 3);
    EXPECT_FALSE(parseInteger("3.5"));
    EXPECT_FALSE(parseInteger("eleven"));
    for (const char* yes : {"1", "yes", "YES", "True", "y", "Y"})
        EXPECT_EQ(parseBool(yes), true) << yes;
    for (const char* no : {"0", "no", "No", "FALSE", "n"})
        EXPECT_EQ(parseBool(no), false) << no;
    EXPECT_FALSE(parseBool("maybe"));
}
