#include "valueparser.h"

#include "model/dates.h"

#include <charconv>
#include <cmath>

namespace tenure::io {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads 1..maxDigits digits at pos; returns -1 when there is none.
int readNumber(std::string_view s, size_t& pos, int maxDigits, int* digitCount = nullptr) {
    int value = 0;
    int n = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++n;
    }
    if (digitCount) *digitCount = n;
    return n == 0 ? -1 : value;
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

struct DateParts {
    int first = -1, second = -1, third = -1;
    int firstDigits = 0, thirdDigits = 0;
    char separator = 0;
    size_t end = 0;
};

bool readDateParts(std::string_view s, DateParts& p) {
    size_t pos = 0;
    p.first = readNumber(s, pos, 4, &p.firstDigits);
    if (p.first < 0 || pos >= s.size()) return false;
    p.separator = s[pos];
    if (p.separator != '-' && p.separator != '/' && p.separator != '.') return false;
    ++pos;
    p.second = readNumber(s, pos, 2);
    if (p.second < 0 || pos >= s.size() || s[pos] != p.separator) return false;
    ++pos;
    p.third = readNumber(s, pos, 4, &p.thirdDigits);
    if (p.third < 0) return false;
    p.end = pos;
    return true;
}

// Parses "[T| ]H:MM[:SS[.fff]][ ][AM|PM][Z|±HH[:MM]]" from pos to the end.
bool readTime(std::string_view s, size_t pos, ParsedDateTime& out, std::string& reason) {
    if (pos == s.size()) return true;
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') {
        reason = "unexpected text after the date";
        return false;
    }
    ++pos;
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    int hour = readNumber(s, pos, 2);
    if (hour < 0 || pos >= s.size() || s[pos] != ':') {
        reason = "invalid time of day";
        return false;
    }
    ++pos;
    int minuteDigits = 0;
    const int minute = readNumber(s, pos, 2, &minuteDigits);
    if (minute < 0 || minuteDigits != 2) {
        reason = "invalid minutes";
        return false;
    }
    int second = 0;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        int secondDigits = 0;
        second = readNumber(s, pos, 2, &secondDigits);
        if (second < 0 || secondDigits != 2) {
            reason = "invalid seconds";
            return false;
        }
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            const size_t fractionStart = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == fractionStart) {
                reason = "invalid fraction of a second";
                return false;
            }
        }
    }
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos + 1 < s.size() && (lower(s[pos + 1]) == 'm') && (lower(s[pos]) == 'a' || lower(s[pos]) == 'p')) {
        if (hour < 1 || hour > 12) {
            reason = "hour out of range for AM/PM";
            return false;
        }
        const bool pm = lower(s[pos]) == 'p';
        hour = (hour % 12) + (pm ? 12 : 0);
        pos += 2;
    }
    if (hour > 23 || minute > 59 || second > 60) {
        reason = "time of day out of range";
        return false;
    }
    out.hasTime = true;
    out.secondOfDay = hour * 3600 + minute * 60 + (second == 60 ? 59 : second);
    if (pos == s.size()) return true;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        out.hasOffset = true;
        out.offsetSeconds = 0;
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        int hourDigits = 0;
        const int offHours = readNumber(s, pos, 2, &hourDigits);
        int offMinutes = 0;
        if (offHours < 0 || hourDigits != 2) {
            reason = "invalid UTC offset";
            return false;
        }
        if (pos < s.size() && s[pos] == ':') ++pos;
        if (pos < s.size()) {
            int minuteDigits2 = 0;
            offMinutes = readNumber(s, pos, 2, &minuteDigits2);
            if (offMinutes < 0 || minuteDigits2 != 2) {
                reason = "invalid UTC offset";
                return false;
            }
        }
        if (offHours > 18 || offMinutes > 59) {
            reason = "UTC offset out of range";
            return false;
        }
        out.hasOffset = true;
        out.offsetSeconds = sign * (offHours * 3600 + offMinutes * 60);
    }
    if (pos != s.size()) {
        reason = "unexpected text after the time";
        return false;
    }
    return true;
}

} // namespace

std::string_view trimmed(std::string_view text) {
    size_t b = 0;
    size_t e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return text.substr(b, e - b);
}

DateOrderHint dateOrderHint(std::string_view text) {
    DateParts p;
    if (!readDateParts(trimmed(text), p)) return DateOrderHint::None;
    if (p.firstDigits == 4) return DateOrderHint::Iso;
    if (p.first > 12 && p.second <= 12) return DateOrderHint::DayFirst;
    if (p.second > 12 && p.first <= 12) return DateOrderHint::MonthFirst;
    return DateOrderHint::Ambiguous;
}

std::optional<ParsedDateTime> parseDateTime(std::string_view text, DateOrder order, std::string& reason) {
    const std::string_view s = trimmed(text);
    DateParts p;
    if (!readDateParts(s, p)) {
        reason = "not a date";
        return std::nullopt;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (p.firstDigits == 4) {
        year = p.first;
        month = p.second;
        day = p.third;
    } else {
        if (p.thirdDigits != 4) {
            reason = "the year must have four digits";
            return std::nullopt;
        }
        year = p.third;
        const bool dayFirst = order == DateOrder::Dmy || (order == DateOrder::Ymd && p.separator == '.');
        day = dayFirst ? p.first : p.second;
        month = dayFirst ? p.second : p.first;
    }
    if (month < 1 || month > 12) {
        reason = "month " + std::to_string(month) + " out of range";
        return std::nullopt;
    }
    if (!isValidDate(year, month, day)) {
        reason = "day " + std::to_string(day) + " out of range for the month";
        return std::nullopt;
    }
    ParsedDateTime out;
    out.day = daysFromCivil(year, month, day);
    if (!readTime(s, p.end, out, reason)) return std::nullopt;
    return out;
}

std::optional<double> parseNumber(std::string_view text) {
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<int64_t> parseInteger(std::string_view text) {
    std::string_view s = trimmed(text);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc() && ptr == s.data() + s.size()) return value;
    const auto number = parseNumber(s);
    if (number && std::fabs(*number) < 9e15 && *number == std::floor(*number))
        return static_cast<int64_t>(*number);
    return std::nullopt;
}

std::optional<bool> parseBool(std::string_view text) {
    const std::string_view s = trimmed(text);
    for (std::string_view yes : {"1", "yes", "true", "y"})
        if (equalsIgnoreCase(s, yes)) return true;
    for (std::string_view no : {"0", "no", "false", "n"})
        if (equalsIgnoreCase(s, no)) return false;
    return std::nullopt;
}

} // namespace tenure::io
