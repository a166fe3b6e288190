#pragma once

#include <QTimeZone>

#include <cstdint>
#include <unordered_map>

namespace tenure {

// Converts between the store's local calendar (days, wall-clock seconds) and epoch seconds in
// one time zone. Offsets are cached per day: a million rows cost a million hash look-ups, not a
// million QDateTime constructions. Days on which the offset changes (daylight saving) take the
// exact, slow path through QDateTime.
class LocalClock final {
public:
    explicit LocalClock(const QTimeZone& zone = QTimeZone::utc());

    const QTimeZone& zone() const { return m_zone; }
    // Epoch seconds of a local wall-clock time. A time skipped by a DST change moves forward,
    // as QDateTime does.
    int64_t toEpoch(int64_t localDay, int secondOfDay);
    // The local calendar day of an instant.
    int64_t localDay(int64_t epochSeconds);

private:
    struct DayOffsets {
        int atStart = 0; // UTC offset in seconds at the day's first instant
        int atEnd = 0;   // … and at the next day's first instant
    };
    DayOffsets offsetsOfUtcDay(int64_t utcDay);

    QTimeZone m_zone;
    bool m_isUtc = true;
    std::unordered_map<int64_t, DayOffsets> m_cache;
    int64_t m_lastDay = INT64_MIN; // rows come in runs of one day: a one-entry cache first
    DayOffsets m_lastOffsets;
};

} // namespace tenure
