#include "period.h"

#include "dates.h"

#include <QRegularExpression>

#include <algorithm>

namespace tenure {

namespace {

int64_t floorDiv(int64_t a, int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
int64_t mondayOf(int64_t day) {
    return day - (((day + 3) % 7) + 7) % 7;
}

Period monthsFrom(int year, int month, int months) {
    const int64_t start = daysFromCivil(year, month, 1);
    const int endIndex = year * 12 + (month - 1) + months;
    const int64_t end = daysFromCivil(static_cast<int>(floorDiv(endIndex, 12)),
                                      static_cast<int>(endIndex - floorDiv(endIndex, 12) * 12) + 1, 1);
    return {start, end};
}

} // namespace

std::optional<PeriodUnit> parsePeriodUnit(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QStringLiteral("day")) return PeriodUnit::Day;
    if (n == QStringLiteral("week")) return PeriodUnit::Week;
    if (n == QStringLiteral("month")) return PeriodUnit::Month;
    if (n == QStringLiteral("quarter")) return PeriodUnit::Quarter;
    if (n == QStringLiteral("year")) return PeriodUnit::Year;
    return std::nullopt;
}

QString periodUnitName(PeriodUnit unit) {
    switch (unit) {
    case PeriodUnit::Day:
        return QStringLiteral("day");
    case PeriodUnit::Week:
        return QStringLiteral("week");
    case PeriodUnit::Month:
        return QStringLiteral("month");
    case PeriodUnit::Quarter:
        return QStringLiteral("quarter");
    case PeriodUnit::Year:
        return QStringLiteral("year");
    }
    return {};
}

Period periodOf(int64_t day, PeriodUnit unit) {
    const CivilDate c = civilFromDays(day);
    switch (unit) {
    case PeriodUnit::Day:
        return {day, day + 1};
    case PeriodUnit::Week: {
        const int64_t monday = mondayOf(day);
        return {monday, monday + 7};
    }
    case PeriodUnit::Month:
        return monthsFrom(c.year, c.month, 1);
    case PeriodUnit::Quarter:
        return monthsFrom(c.year, ((c.month - 1) / 3) * 3 + 1, 3);
    case PeriodUnit::Year:
        return monthsFrom(c.year, 1, 12);
    }
    return {day, day + 1};
}

Period nextPeriod(const Period& period, PeriodUnit unit) {
    return periodOf(period.end, unit);
}

std::vector<Period> periodsCovering(int64_t firstDay, int64_t lastDay, PeriodUnit unit) {
    std::vector<Period> out;
    if (lastDay < firstDay) return out;
    for (Period p = periodOf(firstDay, unit); p.start <= lastDay; p = nextPeriod(p, unit))
        out.push_back(p);
    return out;
}

Period latestCompletePeriod(int64_t day, PeriodUnit unit) {
    const Period holding = periodOf(day, unit);
    return day < holding.lastDay() ? periodOf(holding.start - 1, unit) : holding;
}

std::vector<Period> periodsEndingWith(const Period& last, int count, PeriodUnit unit) {
    std::vector<Period> out;
    for (Period p = last; static_cast<int>(out.size()) < count; p = periodOf(p.start - 1, unit))
        out.push_back(p);
    std::reverse(out.begin(), out.end());
    return out;
}

QString periodLabel(const Period& period, PeriodUnit unit) {
    const CivilDate c = civilFromDays(period.start);
    switch (unit) {
    case PeriodUnit::Day:
    case PeriodUnit::Week:
        return formatDate(period.start);
    case PeriodUnit::Month:
        return QStringLiteral("%1-%2")
            .arg(c.year, 4, 10, QLatin1Char('0'))
            .arg(c.month, 2, 10, QLatin1Char('0'));
    case PeriodUnit::Quarter:
        return QStringLiteral("%1-Q%2").arg(c.year, 4, 10, QLatin1Char('0')).arg((c.month - 1) / 3 + 1);
    case PeriodUnit::Year:
        return QStringLiteral("%1").arg(c.year, 4, 10, QLatin1Char('0'));
    }
    return {};
}

std::optional<Period> parsePeriodLabel(const QString& label, PeriodUnit unit) {
    static const QRegularExpression dayPattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression yearPattern(QStringLiteral("^(\\d{4})$"));
    const QString text = label.trimmed();
    switch (unit) {
    case PeriodUnit::Day:
    case PeriodUnit::Week: {
        const auto m = dayPattern.match(text);
        if (!m.hasMatch()) return std::nullopt;
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt(), d = m.captured(3).toInt();
        if (!isValidDate(y, mo, d)) return std::nullopt;
        const Period p = periodOf(daysFromCivil(y, mo, d), unit);
        // A week is labelled by its Monday; another day of it is not its label.
        if (p.start != daysFromCivil(y, mo, d)) return std::nullopt;
        return p;
    }
    case PeriodUnit::Month: {
        const auto m = monthPattern.match(text);
        if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12) return std::nullopt;
        return monthsFrom(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    }
    case PeriodUnit::Quarter: {
        const auto m = quarterPattern.match(text);
        if (!m.hasMatch()) return std::nullopt;
        return monthsFrom(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 3);
    }
    case PeriodUnit::Year: {
        const auto m = yearPattern.match(text);
        if (!m.hasMatch()) return std::nullopt;
        return monthsFrom(m.captured(1).toInt(), 1, 12);
    }
    }
    return std::nullopt;
}

} // namespace tenure
