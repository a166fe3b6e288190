#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

class QStandardItem;

namespace tenure::ui {

// How the views write the figures core returns: an undefined value is "—", never 0. The one
// implementation of the texts; format.h's free functions (dashboard, exports) call these.
class FigureFormat final {
    Q_DECLARE_TR_FUNCTIONS(FigureFormat)
public:
    // "38 s", "45 min", "3 h 12 min", "2 d 4 h".
    static QString duration(std::optional<double> seconds);
    // "87.3 %" (one decimal, metrics.md, unless told otherwise).
    static QString percent(std::optional<double> pct, int decimals = 1);
    // A signed score such as NPS: "+30", "−12".
    static QString score(std::optional<double> value);
    static QString count(int64_t n);
    static QString undefined() { return QStringLiteral("—"); }

    // A read-only table cell with its text and, for sorting, its raw value (none: sorts first).
    static QStandardItem* cell(const QString& text, const QVariant& sortValue = {},
                               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);
    static QStandardItem* numberCell(const QString& text, std::optional<double> sortValue);
    static constexpr int SortRole = Qt::UserRole + 1;
};

} // namespace tenure::ui
