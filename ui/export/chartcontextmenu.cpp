#include "chartcontextmenu.h"

#include "exports.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace tenure::ui {

ChartContextMenu::ChartContextMenu(std::function<QString()> fallbackName, QObject* parent)
    : QObject(parent)
    , m_fallbackName(std::move(fallbackName)) {}

namespace {

bool isChart(const QWidget* widget) {
    return qobject_cast<const QChartView*>(widget) || widget->inherits("QCustomPlot");
}

// A file name without the characters file systems refuse.
QString fileNameOf(QString name) {
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (refused.contains(c)) c = u'-';
    name = name.simplified();
    return name.isEmpty() ? QStringLiteral("chart") : name;
}

} // namespace

QWidget* ChartContextMenu::chartOf(QWidget* widget) {
    if (!widget) return nullptr;
    if (isChart(widget)) return widget;
    QWidget* parent = widget->parentWidget();
    return parent && isChart(parent) ? parent : nullptr;
}

QString ChartContextMenu::nameOf(QWidget* chart) const {
    if (const auto* view = qobject_cast<QChartView*>(chart);
        view && view->chart() && !view->chart()->title().isEmpty())
        return view->chart()->title();
    if (!chart->accessibleName().isEmpty()) return chart->accessibleName();
    return m_fallbackName ? m_fallbackName() : QString();
}

QMenu* ChartContextMenu::menuFor(QWidget* chart, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* exportAction = menu->addAction(tr("Export chart as image…"));
    exportAction->setObjectName(QStringLiteral("exportChartImage"));
    connect(exportAction, &QAction::triggered, this, [this, chart] { exportChart(chart); });
    QAction* copy = menu->addAction(tr("Copy chart"));
    copy->setObjectName(QStringLiteral("copyChartImage"));
    connect(copy, &QAction::triggered, this,
            [chart] { QApplication::clipboard()->setPixmap(chart->grab()); });
    return menu;
}

void ChartContextMenu::exportChart(QWidget* chart) {
    QWidget* window = chart->window();
    const QString path = QFileDialog::getSaveFileName(window, tr("Export chart"),
                                                      fileNameOf(nameOf(chart)) + QStringLiteral(".png"),
                                                      tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty()) return;
    if (Status s = exportWidgetImage(*chart, path); !s)
        QMessageBox::warning(window, tr("Export chart"), s.error());
}

bool ChartContextMenu::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ContextMenu || !watched->isWidgetType()) return false;
    QWidget* chart = chartOf(static_cast<QWidget*>(watched));
    if (!chart) return false;
    menuFor(chart, chart)->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
    return true;
}

} // namespace tenure::ui
