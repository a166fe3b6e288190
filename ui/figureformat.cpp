#include "figureformat.h"

#include <QLocale>
#include <QStandardItem>

#include <cmath>

namespace tenure::ui {

QString FigureFormat::duration(std::optional<double> seconds) {
    if (!seconds || !std::isfinite(*seconds)) return undefined();
    const int64_t s = std::llround(std::max(0.0, *seconds));
    const QLocale locale;
    if (s < 60) return tr("%1 s").arg(locale.toString(s));
    const int64_t minutes = (s + 30) / 60;
    if (minutes < 60) return tr("%1 min").arg(locale.toString(minutes));
    const int64_t hours = minutes / 60;
    if (hours < 24) {
        const int64_t rest = minutes % 60;
        return rest == 0 ? tr("%1 h").arg(locale.toString(hours))
                         : tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
    }
    const int64_t days = (minutes + 30) / 60 / 24;
    const int64_t restHours = ((minutes + 30) / 60) % 24;
    return restHours == 0 ? tr("%1 d").arg(locale.toString(days))
                          : tr("%1 d %2 h").arg(locale.toString(days), locale.toString(restHours));
}

QString FigureFormat::percent(std::optional<double> pct, int decimals) {
    if (!pct) return undefined();
    return tr("%1 %").arg(QLocale().toString(*pct, 'f', decimals));
}

QString FigureFormat::score(std::optional<double> value) {
    if (!value) return undefined();
    const QString digits =
        QLocale().toString(std::abs(*value), 'f', std::abs(*value - std::round(*value)) < 0.05 ? 0 : 1);
    if (std::round(*value * 10) == 0) return digits;
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
}

QString FigureFormat::count(int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

QStandardItem* FigureFormat::cell(const QString& text, const QVariant& sortValue, Qt::Alignment alignment) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortValue.isValid() ? sortValue : QVariant(text), SortRole);
    item->setData(static_cast<int>(alignment), Qt::TextAlignmentRole);
    return item;
}

QStandardItem* FigureFormat::numberCell(const QString& text, std::optional<double> sortValue) {
    return cell(text, sortValue ? QVariant(*sortValue) : QVariant(-1e300), Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace tenure::ui
