#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure {

enum class PeriodUnit { Day, Week, Month, Quarter, Year };

std::optional<PeriodUnit> parsePeriodUnit(const QString& name);
QString periodUnitName(PeriodUnit unit);

// Calendar days [start, end) in the store's time zone; weeks start on Monday (ISO 8601).
struct Period {
    int64_t start = 0;
    int64_t end = 0;

    bool contains(int64_t day) const { return start <= day && day < end; }
    int64_t lastDay() const { return end - 1; }
    bool operator==(const Period&) const = default;
};

Period periodOf(int64_t day, PeriodUnit unit);
Period nextPeriod(const Period& period, PeriodUnit unit);
// Every period from the one holding firstDay to the one holding lastDay; none when last < first.
std::vector<Period> periodsCovering(int64_t firstDay, int64_t lastDay, PeriodUnit unit);

// The last period that is over by `day`: the one holding it if `day` is its last day, else the
// one before (a period in progress is not a value yet).
Period latestCompletePeriod(int64_t day, PeriodUnit unit);
// `count` consecutive periods, the last of them `last`.
std::vector<Period> periodsEndingWith(const Period& last, int count, PeriodUnit unit);

// YYYY-MM-DD (day, and a week by its Monday), YYYY-MM, YYYY-Qn, YYYY.
QString periodLabel(const Period& period, PeriodUnit unit);
std::optional<Period> parsePeriodLabel(const QString& label, PeriodUnit unit);

} // namespace tenure
