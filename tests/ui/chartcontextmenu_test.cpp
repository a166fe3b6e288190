// The right-click menu every chart gets: it finds the chart from its viewport, offers export
// and copy, and copy puts the chart's picture on the clipboard.
#include "export/chartcontextmenu.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace tenure::ui;

namespace {

QChartView* makeChart(QWidget* parent) {
    auto* series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("Churn by month"));
    auto* view = new QChartView(chart, parent);
    view->resize(320, 200);
    return view;
}

} // namespace

TEST(ChartContextMenu, FindsTheChartFromItsViewportAndNothingElse) {
    tenure::test::ensureApplication();
    QWidget window;
    QChartView* chart = makeChart(&window);
    auto* button = new QPushButton(&window);
    EXPECT_EQ(ChartContextMenu::chartOf(chart), chart);
    EXPECT_EQ(ChartContextMenu::chartOf(chart->viewport()), chart);
    EXPECT_EQ(ChartContextMenu::chartOf(button), nullptr);
    EXPECT_EQ(ChartContextMenu::chartOf(&window), nullptr);
}

TEST(ChartContextMenu, ARightClickOnAChartOpensItsMenuAndCopyGivesItsPicture) {
    tenure::test::ensureApplication();
    QWidget window;
    window.resize(400, 300);
    QChartView* chart = makeChart(&window);
    ChartContextMenu menus([] { return QStringLiteral("Churn"); });
    qApp->installEventFilter(&menus);
    window.show();

    QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(10, 10), chart->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(chart->viewport(), &click);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    auto* copy = menu->findChild<QAction*>(QStringLiteral("copyChartImage"));
    ASSERT_NE(copy, nullptr);
    EXPECT_NE(menu->findChild<QAction*>(QStringLiteral("exportChartImage")), nullptr);
    QApplication::clipboard()->clear();
    copy->trigger();
    menu->close();
    const QImage copied = QApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), chart->grab().size());

    // Anything that is not a chart keeps its own context menu.
    QContextMenuEvent elsewhere(QContextMenuEvent::Mouse, QPoint(1, 1), window.mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(&window, &elsewhere);
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
    qApp->removeEventFilter(&menus);
}
