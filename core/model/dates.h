#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace tenure {

// Calendar arithmetic on "days since 1970-01-01" (the store's date type), proleptic Gregorian.
// Howard Hinnant's civil-from-days algorithms: exact, branch-light, no time-zone database.
struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

int64_t daysFromCivil(int year, int month, int day);
CivilDate civilFromDays(int64_t days);
int daysInMonth(int year, int month);
bool isValidDate(int year, int month, int day);

// "YYYY-MM-DD" of a day number, and "YYYY-MM-DDTHH:MM:SS" of a local wall-clock second count.
QString formatDate(int64_t days);
// Appends "YYYY-MM-DD" to a byte buffer (for fast CSV writing).
void appendDate(std::string& out, int64_t days);
// Appends an instant in UTC as "YYYY-MM-DDTHH:MM:SSZ".
void appendInstant(std::string& out, int64_t epochSeconds);

} // namespace tenure
