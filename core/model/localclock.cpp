#include "localclock.h"

#include "dates.h"

#include <QDateTime>

namespace tenure {

namespace {
constexpr int64_t secondsPerDay = 86400;

int64_t floorDiv(int64_t a, int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

LocalClock::LocalClock(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()) {
    // UTC under any name (UTC, Etc/UTC, a system zone at +0 that never changed) takes the
    // arithmetic path: no offset look-up per row.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool neverChanges = !m_zone.hasDaylightTime() && !m_zone.previousTransition(now).atUtc.isValid() &&
                              !m_zone.nextTransition(now).atUtc.isValid();
    m_isUtc = m_zone == QTimeZone::utc() || (m_zone.offsetFromUtc(now) == 0 && neverChanges);
}

LocalClock::DayOffsets LocalClock::offsetsOfUtcDay(int64_t utcDay) {
    if (utcDay == m_lastDay) return m_lastOffsets;
    auto it = m_cache.find(utcDay);
    if (it != m_cache.end()) {
        m_lastDay = utcDay;
        m_lastOffsets = it->second;
        return it->second;
    }
    const auto start = QDateTime::fromSecsSinceEpoch(utcDay * secondsPerDay, QTimeZone::utc());
    const auto end = QDateTime::fromSecsSinceEpoch((utcDay + 1) * secondsPerDay, QTimeZone::utc());
    DayOffsets offsets{m_zone.offsetFromUtc(start), m_zone.offsetFromUtc(end)};
    m_cache.emplace(utcDay, offsets);
    m_lastDay = utcDay;
    m_lastOffsets = offsets;
    return offsets;
}

int64_t LocalClock::toEpoch(int64_t localDay, int secondOfDay) {
    const int64_t wall = localDay * secondsPerDay + secondOfDay;
    if (m_isUtc) return wall;
    // Try the offsets around this wall time; accept one that maps back consistently.
    const DayOffsets offsets = offsetsOfUtcDay(localDay);
    if (offsets.atStart == offsets.atEnd) {
        const DayOffsets before = offsetsOfUtcDay(localDay - 1);
        const DayOffsets after = offsetsOfUtcDay(localDay + 1);
        if (before.atStart == offsets.atStart && after.atEnd == offsets.atStart)
            return wall - offsets.atStart;
    }
    const CivilDate c = civilFromDays(localDay);
    const QDateTime exact(QDate(c.year, c.month, c.day),
                          QTime(secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60), m_zone);
    return exact.toSecsSinceEpoch();
}

int64_t LocalClock::localDay(int64_t epochSeconds) {
    if (m_isUtc) return floorDiv(epochSeconds, secondsPerDay);
    const int64_t utcDay = floorDiv(epochSeconds, secondsPerDay);
    const DayOffsets offsets = offsetsOfUtcDay(utcDay);
    int offset = offsets.atStart;
    if (offsets.atStart != offsets.atEnd)
        offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc()));
    return floorDiv(epochSeconds + offset, secondsPerDay);
}

} // namespace tenure
