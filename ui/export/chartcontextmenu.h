#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace tenure::ui {

// A right-click menu on every chart of the window (product.md: every chart can be exported as
// PNG or SVG): "Export chart as image…" and "Copy chart". Installed once as an event filter on
// the application, so that charts a view creates later need no wiring of their own. Charts are
// Qt Charts views and QCustomPlot widgets; a click on a chart view's viewport counts as a click
// on the chart.
class ChartContextMenu final : public QObject {
    Q_OBJECT
public:
    // `fallbackName` names a chart without a title (e.g. the current view's name), for the
    // suggested file name.
    explicit ChartContextMenu(std::function<QString()> fallbackName, QObject* parent = nullptr);

    // The chart a widget belongs to (itself or, for a viewport, its parent), or nullptr.
    static QWidget* chartOf(QWidget* widget);
    // The menu for `chart`, not yet shown; deleted when closed.
    QMenu* menuFor(QWidget* chart, QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString nameOf(QWidget* chart) const;
    void exportChart(QWidget* chart);

    std::function<QString()> m_fallbackName;
};

} // namespace tenure::ui
