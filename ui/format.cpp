#include "format.h"

#include "figureformat.h"

#include <QLocale>

#include <cmath>

namespace tenure::ui {

QString formatCount(double value) {
    return FigureFormat::count(std::llround(value));
}

QString formatPercent(const std::optional<double>& value, int decimals) {
    return FigureFormat::percent(value, decimals);
}

QString formatMoney(const std::optional<double>& value) {
    if (!value) return FigureFormat::undefined();
    // No currency is stored with the data, so amounts are plain numbers in the data's currency.
    return QLocale().toString(*value, 'f', std::abs(*value) >= 1000 ? 0 : 2);
}

QString formatScore(const std::optional<double>& value) {
    // The dashboard's scores are whole numbers.
    return FigureFormat::score(value ? std::optional<double>(std::round(*value)) : std::nullopt);
}

QString formatDuration(const std::optional<double>& seconds) {
    return FigureFormat::duration(seconds);
}

QString formatByUnit(const QString& unit, const std::optional<double>& value) {
    if (unit == u"pct") return formatPercent(value);
    if (unit == u"currency") return formatMoney(value);
    if (unit == u"seconds") return formatDuration(value);
    if (unit == u"score") return formatScore(value);
    return value ? formatCount(*value) : FigureFormat::undefined();
}

QString formatChange(const QString& unit, double change) {
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    const double size = std::abs(change);
    if (unit == u"pct") return FigureFormat::tr("%1%2 pts").arg(sign, QLocale().toString(size, 'f', 1));
    if (unit == u"seconds") return sign + formatDuration(size);
    if (unit == u"currency") return sign + formatMoney(size);
    return sign + formatCount(size);
}

} // namespace tenure::ui
