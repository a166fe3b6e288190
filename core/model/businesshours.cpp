#include "businesshours.h"

#include "dates.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>
#include <QTimeZone>

#include <algorithm>

namespace tenure {

namespace {

constexpr int64_t secondsPerDay = 86400;
// The years the day table may cover: real tickets fall well inside them.
const int64_t firstTableDay = daysFromCivil(1900, 1, 1);
const int64_t endTableDay = daysFromCivil(2200, 1, 1);

int64_t floorDiv(int64_t a, int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 0 for Monday … 6 for Sunday; day 0 (1970-01-01) was a Thursday.
int weekdayIndex(int64_t day) {
    return static_cast<int>(((day + 3) % 7 + 7) % 7);
}

// "HH:MM" or "HH:MM:SS", and "24:00" for the end of the day.
std::optional<int> parseClockTime(const QString& text) {
    if (text == QStringLiteral("24:00") || text == QStringLiteral("24:00:00"))
        return static_cast<int>(secondsPerDay);
    QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid()) t = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!t.isValid()) return std::nullopt;
    return t.msecsSinceStartOfDay() / 1000;
}

// ["HH:MM", "HH:MM"], opening before closing.
std::optional<OpeningHours> openingHours(const QJsonArray& pair) {
    if (pair.size() != 2) return std::nullopt;
    const std::optional<int> open = parseClockTime(pair.at(0).toString());
    const std::optional<int> close = parseClockTime(pair.at(1).toString());
    if (!open || !close || *open >= *close) return std::nullopt;
    return OpeningHours{*open, *close};
}

using Result = Expected<BusinessSchedule>;

Result fail(const QString& why) {
    return Result::failure(QStringLiteral("business hours: ") + why);
}

} // namespace

Expected<BusinessSchedule> parseBusinessSchedule(const QString& json, const QByteArray& defaultZone) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) return fail(error.errorString());
    if (!doc.isObject()) return fail(QStringLiteral("expected a JSON object"));
    const QJsonObject o = doc.object();
    const QStringList known{QStringLiteral("time_zone"), QStringLiteral("days"),     QStringLiteral("open"),
                            QStringLiteral("close"),     QStringLiteral("holidays"), QStringLiteral("hours")};
    for (const QString& key : o.keys())
        if (!known.contains(key))
            return fail(QStringLiteral("unknown key \"%1\" (known: %2)").arg(key, known.join(u',')));

    BusinessSchedule s;
    s.timeZone = o.contains(QStringLiteral("time_zone"))
                     ? o.value(QStringLiteral("time_zone")).toString().toUtf8()
                     : defaultZone;
    if (s.timeZone.isEmpty() || !QTimeZone(s.timeZone).isValid())
        return fail(QStringLiteral("\"%1\" is not a time zone (use an IANA id such as Europe/Berlin)")
                        .arg(QString::fromUtf8(s.timeZone)));

    const auto clockTime = [&](const QJsonValue& v, const char* fallback) -> std::optional<int> {
        return parseClockTime(v.isUndefined() ? QLatin1String(fallback) : v.toString());
    };
    const auto open = clockTime(o.value(QStringLiteral("open")), "09:00");
    const auto close = clockTime(o.value(QStringLiteral("close")), "17:00");
    if (!open || !close || *open >= *close)
        return fail(QStringLiteral("open and close must be times such as \"09:00\" and \"17:30\", "
                                   "open before close"));

    QJsonArray days{1, 2, 3, 4, 5};
    if (o.contains(QStringLiteral("days"))) days = o.value(QStringLiteral("days")).toArray();
    for (const QJsonValue& v : days) {
        const int d = v.toInt(0);
        if (d < 1 || d > 7) return fail(QStringLiteral("days are ISO weekdays, 1 (Monday) to 7 (Sunday)"));
        s.week[static_cast<size_t>(d - 1)] = {*open, *close};
    }

    const QJsonObject hours = o.value(QStringLiteral("hours")).toObject();
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        bool ok = false;
        const int d = it.key().toInt(&ok);
        if (!ok || d < 1 || d > 7 || !s.week[static_cast<size_t>(d - 1)].isOpen())
            return fail(
                QStringLiteral("\"hours\" names day \"%1\", which is not one of \"days\"").arg(it.key()));
        const auto dayHours = openingHours(it.value().toArray());
        if (!dayHours)
            return fail(
                QStringLiteral("\"hours\" of day %1 must be [\"HH:MM\", \"HH:MM\"], open before close")
                    .arg(d));
        s.week[static_cast<size_t>(d - 1)] = *dayHours;
    }
    if (std::none_of(s.week.begin(), s.week.end(), [](const OpeningHours& h) { return h.isOpen(); }))
        return fail(QStringLiteral("no working day"));

    for (const QJsonValue& v : o.value(QStringLiteral("holidays")).toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) return fail(QStringLiteral("holidays are dates such as \"2024-12-25\""));
        s.holidays.push_back(daysFromCivil(d.year(), d.month(), d.day()));
    }
    std::sort(s.holidays.begin(), s.holidays.end());
    s.holidays.erase(std::unique(s.holidays.begin(), s.holidays.end()), s.holidays.end());
    return s;
}

OpeningHours usualHours(const BusinessSchedule& schedule) {
    OpeningHours usual;
    std::ptrdiff_t best = 0;
    for (const OpeningHours& h : schedule.week) {
        if (!h.isOpen()) continue;
        const std::ptrdiff_t n = std::count(schedule.week.begin(), schedule.week.end(), h);
        if (n > best) {
            best = n;
            usual = h;
        }
    }
    return usual;
}

QString businessScheduleJson(const BusinessSchedule& schedule) {
    // One JSON value as text (QJsonDocument only writes arrays and objects): escapes the zone.
    const auto value = [](const QJsonValue& v) {
        const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.mid(1, array.size() - 2));
    };
    const auto clockTime = [](int seconds) -> QString {
        if (seconds >= secondsPerDay) return QStringLiteral("\"24:00\"");
        const QTime t = QTime::fromMSecsSinceStartOfDay(seconds * 1000);
        return u'"' + t.toString(t.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm")) + u'"';
    };
    const OpeningHours usual = usualHours(schedule);
    QStringList days, hours, holidays;
    for (size_t i = 0; i < schedule.week.size(); ++i) {
        const OpeningHours& h = schedule.week[i];
        if (!h.isOpen()) continue;
        days << QString::number(i + 1);
        if (h != usual)
            hours << QStringLiteral("\"%1\": [%2, %3]").arg(i + 1).arg(clockTime(h.open), clockTime(h.close));
    }
    for (const int64_t day : schedule.holidays)
        holidays << u'"' + formatDate(day) + u'"';
    QString json = QStringLiteral("{\"time_zone\": %1, \"days\": [%2], \"open\": %3, \"close\": %4")
                       .arg(value(QString::fromUtf8(schedule.timeZone)), days.join(u','),
                            clockTime(usual.open), clockTime(usual.close));
    if (!holidays.isEmpty())
        json += QStringLiteral(", \"holidays\": [%1]").arg(holidays.join(QStringLiteral(", ")));
    if (!hours.isEmpty()) json += QStringLiteral(", \"hours\": {%1}").arg(hours.join(QStringLiteral(", ")));
    return json + u'}';
}

BusinessClock::BusinessClock(const BusinessSchedule& schedule)
    : m_clock(QTimeZone(schedule.timeZone))
    , m_week(schedule.week)
    , m_holidays(schedule.holidays) {
    std::sort(m_holidays.begin(), m_holidays.end());
}

BusinessClock::Day BusinessClock::dayEntry(int64_t localDay) {
    Day d;
    d.start = m_clock.toEpoch(localDay, 0);
    d.open = d.close = d.start;
    const OpeningHours& h = m_week[static_cast<size_t>(weekdayIndex(localDay))];
    if (!h.isOpen() || std::binary_search(m_holidays.begin(), m_holidays.end(), localDay)) return d;
    // Local wall-clock times: a time skipped by a DST change moves forward (LocalClock's rule).
    d.open = m_clock.toEpoch(localDay, h.open);
    d.close =
        h.close >= secondsPerDay ? m_clock.toEpoch(localDay + 1, 0) : m_clock.toEpoch(localDay, h.close);
    d.close = std::max(d.close, d.open);
    return d;
}

void BusinessClock::rebuild(int64_t firstDay, int64_t endDay) {
    std::vector<Day> days;
    days.reserve(static_cast<size_t>(endDay - firstDay + 1));
    int64_t total = 0;
    for (int64_t day = firstDay; day <= endDay; ++day) {
        const int64_t offset = day - m_firstDay;
        Day d = !m_days.empty() && offset >= 0 && offset < static_cast<int64_t>(m_days.size())
                    ? m_days[static_cast<size_t>(offset)]
                    : dayEntry(day);
        d.before = total;
        total += d.close - d.open;
        days.push_back(d);
    }
    m_firstDay = firstDay;
    m_days = std::move(days);
}

void BusinessClock::cover(int64_t fromEpoch, int64_t toEpoch) {
    // An instant's local day is its UTC day or a neighbour (offsets stay within ±24 h).
    const int64_t lo = floorDiv(fromEpoch, secondsPerDay) - 1;
    const int64_t hi = floorDiv(toEpoch, secondsPerDay) + 2; // the entry after the last day bounds it
    const int64_t end = m_firstDay + static_cast<int64_t>(m_days.size()) - 1;
    if (!m_days.empty() && lo >= m_firstDay && hi <= end) return;
    // Grow by at least the table's size (and a year), so that tickets in any order cost a few
    // rebuilds, not one per ticket.
    const int64_t slack = std::max<int64_t>(366, static_cast<int64_t>(m_days.size()));
    int64_t first = m_days.empty() ? lo - 31 : std::min(m_firstDay, lo < m_firstDay ? lo - slack : lo);
    int64_t last = m_days.empty() ? hi + 31 : std::max(end, hi > end ? hi + slack : hi);
    first = std::max(first, firstTableDay);
    last = std::min(last, endTableDay);
    rebuild(first, last);
}

size_t BusinessClock::indexOf(int64_t epoch) const {
    size_t i = static_cast<size_t>(floorDiv(epoch, secondsPerDay) - m_firstDay);
    while (i > 0 && epoch < m_days[i].start)
        --i;
    while (i + 2 < m_days.size() && epoch >= m_days[i + 1].start)
        ++i;
    return i;
}

int64_t BusinessClock::overlap(size_t index, int64_t from, int64_t to) const {
    const Day& d = m_days[index];
    return std::max<int64_t>(0, std::min(to, d.close) - std::max(from, d.open));
}

int64_t BusinessClock::seconds(int64_t fromEpoch, int64_t toEpoch) {
    const int64_t minEpoch = (firstTableDay + 2) * secondsPerDay;
    const int64_t maxEpoch = (endTableDay - 3) * secondsPerDay;
    fromEpoch = std::clamp(fromEpoch, minEpoch, maxEpoch);
    toEpoch = std::clamp(toEpoch, minEpoch, maxEpoch);
    if (toEpoch <= fromEpoch) return 0;
    cover(fromEpoch, toEpoch);
    const size_t first = indexOf(fromEpoch);
    const size_t last = indexOf(toEpoch);
    if (first == last) return overlap(first, fromEpoch, toEpoch);
    // Whole days between the two partial ones come from the running total.
    return overlap(first, fromEpoch, toEpoch) + (m_days[last].before - m_days[first + 1].before) +
           overlap(last, fromEpoch, toEpoch);
}

int64_t businessSeconds(const BusinessSchedule& schedule, int64_t fromEpoch, int64_t toEpoch) {
    BusinessClock clock(schedule);
    return clock.seconds(fromEpoch, toEpoch);
}

} // namespace tenure
