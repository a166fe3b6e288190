#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tenure::io {

// How a date written with slashes or dots is read: which part is the day and which the month.
enum class DateOrder { Ymd, Dmy, Mdy };

// A date with an optional time of day and an optional UTC offset, as written in a file.
struct ParsedDateTime {
    int64_t day = 0;     // days since 1970-01-01 of the written (wall-clock) date
    int secondOfDay = 0; // 0 when no time was written
    bool hasTime = false;
    bool hasOffset = false; // "Z" or "+02:00" was written
    int offsetSeconds = 0;
};

// What a single value says about the order of its parts, for detecting a column's DateOrder.
enum class DateOrderHint { None, Iso, DayFirst, MonthFirst, Ambiguous };
DateOrderHint dateOrderHint(std::string_view text);

// Parses ISO 8601 (`2024-03-01`, `2024-03-01 14:05:00`, `2024-03-01T14:05:00.250Z`, `…+02:00`),
// `YYYY/MM/DD`, and `DD/MM/YYYY` or `MM/DD/YYYY` (also with `.` or `-`) read in the given order,
// with an optional time (`H:MM`, `HH:MM:SS`, fractions, AM/PM). On failure returns nothing and
// sets `reason` to a short explanation.
std::optional<ParsedDateTime> parseDateTime(std::string_view text, DateOrder order, std::string& reason);

// Numbers with `.` as the decimal point, an optional sign, and optional exponent.
std::optional<double> parseNumber(std::string_view text);
// Whole numbers; "3.0" is accepted as 3, "3.5" is not.
std::optional<int64_t> parseInteger(std::string_view text);
// 1/0, yes/no, true/false, y/n in any case.
std::optional<bool> parseBool(std::string_view text);

// The text without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view text);

} // namespace tenure::io
