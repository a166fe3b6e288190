#include "demo/demostore.h"
#include "format.h"
#include "model/dates.h"
#include "reports/segments.h"
#include "uitestsupport.h"
#include "views/segmentsview.h"

#include "testsupport.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;

namespace {

TEST(SegmentsViewTest, ShowsEachSegmentsEconomicsAsTheCoreComputesThem) {
    tenure::test::ensureApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempStore t;
    demo::DemoOptions options;
    options.customers = 300;
    options.seed = 5;
    options.today = daysFromCivil(2025, 6, 30);
    options.years = 2;
    ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    const auto want =
        reports::computeSegments(*t.store, std::nullopt, reports::segmentCostsFromSettings(*t.store));
    ASSERT_TRUE(want);
    ASSERT_GE(want->size(), 2u);

    SegmentsView view;
    view.setScope({t.path, PeriodUnit::Month, {}});
    QSignalSpy refreshed(&view, &ScopedView::refreshed);
    view.refreshNow();
    ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(30000));
    QTableWidget* table = view.table();
    ASSERT_EQ(table->rowCount(), static_cast<int>(want->size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        const reports::SegmentRow& s = want.value()[static_cast<size_t>(r)];
        EXPECT_EQ(table->item(r, SegmentsView::Segment)->text(), s.segment);
        EXPECT_EQ(table->item(r, SegmentsView::Customers)->text(),
                  formatCount(static_cast<double>(s.customers)));
        EXPECT_EQ(table->item(r, SegmentsView::Churn)->text(), formatPercent(s.churnPct));
        EXPECT_EQ(table->item(r, SegmentsView::Margin)->text(), formatMoney(s.margin));
        EXPECT_EQ(table->item(r, SegmentsView::Clv)->text(), formatMoney(s.clv));
    }
    // The chart's churn bars are the table's churn figures.
    const auto series = view.chartView()->chart()->series();
    ASSERT_FALSE(series.isEmpty());
    auto* rates = qobject_cast<QBarSeries*>(series.first());
    ASSERT_NE(rates, nullptr);
    for (size_t i = 0; i < want->size(); ++i)
        EXPECT_DOUBLE_EQ(rates->barSets().first()->at(static_cast<int>(i)),
                         want.value()[i].churnPct.value_or(0));

    // Double-clicking a segment offers it as the window's segment.
    QSignalSpy chosen(&view, &SegmentsView::segmentChosen);
    Q_EMIT table->cellActivated(1, 0);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().toString(), want.value()[1].segment);
}

} // namespace
