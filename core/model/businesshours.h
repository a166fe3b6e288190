#pragma once

#include "expected.h"
#include "localclock.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace tenure {

// One opening interval of a day, in local wall-clock seconds after midnight.
struct OpeningHours {
    int open = 0;  // 0 … 86399
    int close = 0; // after open, at most 86400 (24:00); open == close: closed all day
    bool isOpen() const { return close > open; }
    bool operator==(const OpeningHours&) const = default;
};

// When a support team works (metrics.md: durations in business time). Opening hours are local
// time in the schedule's own zone, so a 09:00–17:00 day is 8 hours on a daylight-saving change
// day too, unless the change falls inside the hours: then the real elapsed time counts.
struct BusinessSchedule {
    QByteArray timeZone = "UTC";      // IANA id, such as Europe/Berlin
    std::array<OpeningHours, 7> week; // Monday first (ISO weekday 1 is index 0)
    std::vector<int64_t> holidays;    // local days (days since 1970-01-01) closed all day
    bool operator==(const BusinessSchedule&) const = default;
};

// The JSON of the `business_hours` setting:
//   {"time_zone": "Europe/Berlin", "days": [1,2,3,4,5], "open": "09:00", "close": "17:30",
//    "holidays": ["2024-12-25"], "hours": {"5": ["09:00", "15:00"]}}
// days are ISO weekdays (1 Monday … 7 Sunday), default Monday to Friday; open and close default
// to 09:00 and 17:00 (close may be 24:00); "hours" gives a listed day other hours; time_zone
// defaults to `defaultZone` (the store's). Unknown keys are an error, so that a typo is not
// silently ignored.
Expected<BusinessSchedule> parseBusinessSchedule(const QString& json, const QByteArray& defaultZone);

// The hours most working days have (on a tie, those of the earliest such day): the "open" and
// "close" of the JSON, the other working days' hours going to "hours". Closed when no day works.
OpeningHours usualHours(const BusinessSchedule& schedule);

// The JSON of a schedule, in the key order above, the time zone always written out: for a
// schedule with a working day, parseBusinessSchedule reads it back as the same schedule. The
// Settings dialog writes what it edits with it, keeping days with their own hours.
QString businessScheduleJson(const BusinessSchedule& schedule);

// Counts business seconds between instants, many times over: each local day's opening and
// closing instants and a running total of business seconds are computed once, in a table that
// grows to cover the instants asked about. A count is then two table look-ups and the partial
// first and last days, whatever the span. Not thread-safe (one per thread, as LocalClock).
class BusinessClock final {
public:
    explicit BusinessClock(const BusinessSchedule& schedule);

    // Business seconds in [from, to): the overlap with every day's opening hours. A start outside
    // hours counts from the next opening, an end outside hours up to the last closing; to <= from
    // gives 0. Instants before 1900 or after 2199 are clamped to those years (a table for
    // absurd dates would cost memory for nothing).
    int64_t seconds(int64_t fromEpoch, int64_t toEpoch);

private:
    struct Day {
        int64_t start = 0; // epoch second of local midnight (or the first instant after it)
        int64_t open = 0;  // opening and closing instants; open == close when closed
        int64_t close = 0;
        int64_t before = 0; // business seconds of the table's days before this one
    };
    void cover(int64_t fromEpoch, int64_t toEpoch);
    void rebuild(int64_t firstDay, int64_t endDay);
    Day dayEntry(int64_t localDay);
    size_t indexOf(int64_t epoch) const;
    int64_t overlap(size_t index, int64_t from, int64_t to) const;

    LocalClock m_clock;
    std::array<OpeningHours, 7> m_week;
    std::vector<int64_t> m_holidays; // sorted
    int64_t m_firstDay = 0;
    std::vector<Day> m_days; // m_firstDay onwards; the last entry only bounds the one before it
};

// Business seconds in [from, to) for a single use; many counts should share a BusinessClock.
int64_t businessSeconds(const BusinessSchedule& schedule, int64_t fromEpoch, int64_t toEpoch);

} // namespace tenure
