#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tenure::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Format", text);
}

const QString undefined = QStringLiteral("—");

} // namespace

QString formatCount(double value) {
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString formatPercent(const std::optional<double>& value, int decimals) {
    if (!value) return undefined;
    return tr("%1 %").arg(QLocale().toString(*value, 'f', decimals));
}

QString formatMoney(const std::optional<double>& value) {
    if (!value) return undefined;
    // No currency is stored with the data, so amounts are plain numbers in the data's currency.
    return QLocale().toString(*value, 'f', std::abs(*value) >= 1000 ? 0 : 2);
}

QString formatScore(const std::optional<double>& value) {
    if (!value) return undefined;
    const long long rounded = std::llround(*value);
    return rounded > 0 ? u'+' + QLocale().toString(rounded) : QLocale().toString(rounded);
}

QString formatDuration(const std::optional<double>& seconds) {
    if (!seconds) return undefined;
    const long long s = std::llround(*seconds);
    if (s < 60) return tr("%1 s").arg(s);
    if (s < 3600) return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return s % 3600 >= 60 ? tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
                              : tr("%1 h").arg(s / 3600);
    return (s % 86400) >= 3600 ? tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600)
                               : tr("%1 d").arg(s / 86400);
}

QString formatByUnit(const QString& unit, const std::optional<double>& value) {
    if (unit == u"pct") return formatPercent(value);
    if (unit == u"currency") return formatMoney(value);
    if (unit == u"seconds") return formatDuration(value);
    if (unit == u"score") return formatScore(value);
    return value ? formatCount(*value) : undefined;
}

QString formatChange(const QString& unit, double change) {
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("−") : QString();
    const double size = std::abs(change);
    if (unit == u"pct") return tr("%1%2 pts").arg(sign, QLocale().toString(size, 'f', 1));
    if (unit == u"seconds") return sign + formatDuration(size);
    if (unit == u"currency") return sign + formatMoney(size);
    return sign + formatCount(size);
}

} // namespace tenure::ui
