#include "charts/cohortheatmap.h"
#include "charts/timeserieschart.h"
#include "demo/demostore.h"
#include "dialogs/explaindialog.h"
#include "io/importer.h"
#include "metrics/churn.h"
#include "metrics/cohorts.h"
#include "metrics/revenue.h"
#include "model/dates.h"
#include "models/explainmodel.h"
#include "reports/churnreport.h"
#include "reports/explain.h"
#include "store/metricinputs.h"
#include "uitestsupport.h"
#include "views/churnview.h"

#include "testsupport.h"

#include <QAbstractButton>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

// qcustomplot.h is written with Qt's lower-case keywords, which the project switches off.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace tenure;
using namespace tenure::ui;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30000) {
    return QTest::qWaitFor(condition, timeoutMs);
}

void expectSame(const std::optional<double>& shown, const std::optional<double>& core,
                const std::string& what) {
    ASSERT_EQ(shown.has_value(), core.has_value()) << what;
    if (core) {
        EXPECT_NEAR(*shown, *core, 1e-9) << what;
    }
}

// The first and last known day among some days.
struct Span {
    int64_t first = INT64_MAX;
    int64_t last = INT64_MIN;
    void add(int64_t d) {
        if (d == metrics::noDay) return;
        first = std::min(first, d);
        last = std::max(last, d);
    }
};

class ChurnViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        demo::DemoOptions options;
        options.customers = 300;
        options.seed = 11;
        options.today = daysFromCivil(2025, 3, 15);
        const Status filled = demo::fillDemoStore(*t.store, options);
        ASSERT_TRUE(filled) << filled.error().toStdString();
    }

    // Shows the store by month and waits until every figure is on screen.
    void load(ChurnView& view) {
        QSignalSpy refreshed(&view, &ScopedView::refreshed);
        view.setScope({t.path, PeriodUnit::Month, {}});
        view.refreshNow();
        ASSERT_TRUE(waitFor([&] { return refreshed.count() > 0; })) << "the view never finished computing";
        ASSERT_FALSE(view.findChild<QWidget*>(QStringLiteral("problem"))->isVisible());
    }

    test::TempStore t;
};

} // namespace

TEST_F(ChurnViewTest, ChartsAndTablesShowTheCoreFiguresOfEveryPeriod) {
    ChurnView view;
    load(view);

    // The figures straight from the metric functions, for the periods the CLI would use.
    const auto lifetimes = store::loadLifetimes(*t.store);
    ASSERT_TRUE(lifetimes);
    Span data;
    for (const metrics::Lifetime& l : lifetimes.value()) {
        data.add(l.signup);
        data.add(l.churn);
    }
    const auto rows = metrics::churnByPeriod(
        lifetimes.value(), periodsCovering(data.first, data.last, PeriodUnit::Month), data.last);
    ASSERT_GE(rows.size(), 30u);
    ASSERT_EQ(view.churnChart()->periodCount(), static_cast<int>(rows.size()));
    ASSERT_EQ(view.flowTable()->rowCount(), static_cast<int>(rows.size()));
    int64_t totalLost = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int row = static_cast<int>(i);
        const std::string at = periodLabel(rows[i].period, PeriodUnit::Month).toStdString();
        expectSame(view.churnChart()->valueAt(QStringLiteral("Churn"), row), rows[i].churnPct, "churn " + at);
        expectSame(view.retentionChart()->valueAt(QStringLiteral("Retention"), row), rows[i].retentionPct,
                   "retention " + at);
        EXPECT_EQ(view.flowTable()->item(row, 2)->data(Qt::UserRole).toLongLong(), rows[i].newCustomers)
            << at;
        EXPECT_EQ(view.flowTable()->item(row, 3)->data(Qt::UserRole).toLongLong(), rows[i].lost) << at;
        EXPECT_EQ(view.flowTable()->item(row, 3)->text(), QLocale().toString(qlonglong(rows[i].lost)));
        expectSame(view.flowChart()->valueAt(QStringLiteral("Lost"), row), double(rows[i].lost),
                   "lost " + at);
        // Undefined ratios read as a dash, never as 0.
        if (!rows[i].churnPct) {
            EXPECT_EQ(view.flowTable()->item(row, 6)->text(), QStringLiteral("—"));
        }
        totalLost += rows[i].lost;
    }
    EXPECT_GT(totalLost, 0);
    EXPECT_FALSE(rows.front().churnPct.has_value()); // nobody at the start of the first month
    EXPECT_TRUE(rows.back().partial);
    EXPECT_NE(
        view.churnChart()->tooltipText(static_cast<int>(rows.size()) - 1).indexOf(QStringLiteral("progress")),
        -1);
    // Recurly's quarterly averages, restated per month.
    EXPECT_NEAR(*view.churnChart()->referenceValue(QStringLiteral("Average, physical goods")), 3.667, 0.001);
    EXPECT_NEAR(*view.churnChart()->referenceValue(QStringLiteral("Average, digital")), 2.811, 0.001);

    // MRR movements.
    const auto subscriptions = store::loadSubscriptions(*t.store);
    ASSERT_TRUE(subscriptions);
    Span subs;
    for (const metrics::Subscription& s : subscriptions.value()) {
        subs.add(s.start);
        subs.add(s.end);
    }
    const auto revenue = metrics::revenueByPeriod(
        subscriptions.value(), periodsCovering(subs.first, subs.last, PeriodUnit::Month), subs.last, 1.0, {});
    ASSERT_EQ(view.mrrChart()->periodCount(), static_cast<int>(revenue.size()));
    double movedIn = 0;
    for (size_t i = 0; i < revenue.size(); ++i) {
        const int row = static_cast<int>(i);
        expectSame(view.mrrChart()->valueAt(QStringLiteral("New"), row), revenue[i].newMrr, "new MRR");
        expectSame(view.mrrChart()->valueAt(QStringLiteral("Churned"), row), revenue[i].churned,
                   "churned MRR");
        expectSame(view.mrrChart()->valueAt(QStringLiteral("Expansion"), row), revenue[i].expansion,
                   "expansion");
        EXPECT_DOUBLE_EQ(view.mrrTable()->item(row, 7)->data(Qt::UserRole).toDouble(), revenue[i].mrrEnd);
        if (revenue[i].arpa)
            EXPECT_DOUBLE_EQ(view.mrrTable()->item(row, 10)->data(Qt::UserRole).toDouble(), *revenue[i].arpa);
        else
            EXPECT_EQ(view.mrrTable()->item(row, 10)->text(), QStringLiteral("—"));
        movedIn += revenue[i].newMrr;
    }
    EXPECT_GT(movedIn, 0);

    // Churn reasons: every exit survey of the store is in one bar.
    ASSERT_NE(view.reasonBars(), nullptr);
    double surveys = 0;
    for (int i = 0; i < view.reasonBars()->count(); ++i)
        surveys += view.reasonBars()->at(i);
    EXPECT_EQ(static_cast<int64_t>(surveys),
              t.scalar("SELECT count(*) FROM feedback WHERE kind = 'exit_survey'"));
    EXPECT_GT(surveys, 0);
}

TEST_F(ChurnViewTest, HeatmapShowsCohortRetentionAndTheToggleSwitchesToRevenue) {
    ChurnView view;
    load(view);
    auto members = store::loadCohortMembers(*t.store, store::CohortBasis::Signup);
    ASSERT_TRUE(members);
    ASSERT_TRUE(reports::withServiceSpans(*t.store, {}, members.value())); // as churn counts service
    const auto orders = store::loadActivities(*t.store, store::ActivitySource::Orders);
    ASSERT_TRUE(members && orders);
    Span data;
    for (const metrics::CohortMember& m : members.value()) {
        data.add(m.first);
        data.add(m.churn);
    }
    for (const metrics::Activity& a : orders.value())
        data.add(a.day);
    const auto cells = metrics::cohortRetention(
        members.value(), orders.value(), metrics::CohortActivity::Subscription, PeriodUnit::Month, data.last);
    ASSERT_FALSE(cells.empty());
    std::map<QString, int> rowOf;
    for (const metrics::CohortCell& c : cells)
        rowOf.emplace(periodLabel(c.cohort, PeriodUnit::Month), 0);
    int next = 0;
    for (auto& [label, row] : rowOf)
        row = next++; // labels sort as their periods do
    CohortHeatmap* map = view.heatmap();
    ASSERT_EQ(map->cohortCount(), static_cast<int>(rowOf.size()));

    ASSERT_TRUE(view.customersToggle()->isChecked());
    for (const metrics::CohortCell& c : cells)
        expectSame(map->value(rowOf[periodLabel(c.cohort, PeriodUnit::Month)], c.offset), c.retentionPct,
                   "customer retention");
    // The newest cohort has no future: its later offsets stay blank, without a tooltip.
    const int newest = map->cohortCount() - 1;
    EXPECT_FALSE(map->value(newest, 1).has_value());
    EXPECT_TRUE(map->tooltipText(newest, 1).isEmpty());
    EXPECT_FALSE(map->tooltipText(0, 0).isEmpty());

    ASSERT_TRUE(view.revenueToggle()->isEnabled());
    view.revenueToggle()->click();
    int differing = 0;
    for (const metrics::CohortCell& c : cells) {
        const int row = rowOf[periodLabel(c.cohort, PeriodUnit::Month)];
        expectSame(map->value(row, c.offset), c.revenueRetentionPct, "revenue retention");
        differing += c.revenueRetentionPct != c.retentionPct ? 1 : 0;
    }
    EXPECT_GT(differing, 0);
    EXPECT_NE(map->tooltipText(0, 0).indexOf(QStringLiteral("Revenue")), -1);

    view.customersToggle()->click();
    const metrics::CohortCell& first = cells.front();
    expectSame(map->value(0, first.offset), first.retentionPct, "back to customers");
}

TEST_F(ChurnViewTest, ExplainingAPeriodListsItsLostCustomersAsTheNumerator) {
    ChurnView view;
    load(view);
    const auto& rows = view.report().churn;
    const auto worst = std::max_element(
        rows.begin(), rows.end(),
        [](const metrics::ChurnRow& a, const metrics::ChurnRow& b) { return a.lost < b.lost; });
    ASSERT_GT(worst->lost, 0);
    const int index = static_cast<int>(worst - rows.begin());

    // The core's explanation of the cell agrees with the figure.
    const auto explained = reports::explainChurnCell(*t.store, {}, worst->period);
    ASSERT_TRUE(explained);
    const auto numerators = [](const std::vector<reports::ExplainRow>& list) {
        return std::count_if(list.begin(), list.end(),
                             [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; });
    };
    EXPECT_EQ(numerators(explained.value()), worst->lost);

    // Activating the period's row in the gained/lost table opens the same rows.
    QSignalSpy opened(&view, &ChurnView::explanationShown);
    Q_EMIT view.flowTable()->cellActivated(index, 0);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    auto* dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(numerators(dialog->model()->rows()), worst->lost);
    EXPECT_EQ(dialog->model()->rows().size(), explained->size());

    // The dialog's request to open an account reaches the window through the view.
    QSignalSpy requested(&view, &ScopedView::accountRequested);
    Q_EMIT dialog->accountRequested(dialog->model()->rows().front().customer);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), dialog->model()->rows().front().customer);
    dialog->close();
}

// The MRR movements' drill-down: the rows the core lists for the period, the movers in the
// numerator.
TEST_F(ChurnViewTest, ActivatingAnMrrPeriodListsTheCustomersBehindItsMovements) {
    ChurnView view;
    load(view);
    const auto& rows = view.report().revenue;
    ASSERT_FALSE(rows.empty());
    const auto busiest = std::max_element(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.newMrr + a.churned < b.newMrr + b.churned;
    });
    const int index = static_cast<int>(busiest - rows.begin());
    const auto explained = reports::explainRevenueCell(*t.store, {}, busiest->period);
    ASSERT_TRUE(explained);
    ASSERT_FALSE(explained->empty());

    QSignalSpy opened(&view, &ChurnView::explanationShown);
    Q_EMIT view.mrrTable()->cellActivated(index, 0);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    auto* dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->model()->rows().size(), explained->size());
    for (size_t i = 0; i < explained->size(); ++i) {
        EXPECT_EQ(dialog->model()->rows()[i].customer, explained.value()[i].customer);
        EXPECT_EQ(dialog->model()->rows()[i].role, explained.value()[i].role);
    }
    dialog->close();

    // The ARPA cell lists the paying customers; the CLV cell its terms.
    const auto arpa = reports::explainArpaCell(*t.store, {}, busiest->period);
    ASSERT_TRUE(arpa);
    Q_EMIT view.mrrTable()->cellActivated(index, ChurnView::ArpaColumn);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->model()->rows().size(), arpa->size());
    EXPECT_TRUE(dialog->windowTitle().startsWith(QStringLiteral("ARPA")));
    dialog->close();
    Q_EMIT view.mrrTable()->cellActivated(index, ChurnView::ClvColumn);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_FALSE(dialog->model()->rows().empty());
    EXPECT_EQ(dialog->model()->rows().front().customer, QStringLiteral("arpa"));
    dialog->close();
}

TEST_F(ChurnViewTest, ClickingAChartPeriodOpensItsExplanationAndTheViewRendersAt1200x760) {
    ChurnView view;
    view.resize(1200, 760);
    view.show();
    load(view);
    QApplication::processEvents();

    // A click inside the plot area, on the column of a period.
    TimeSeriesChart* chart = view.churnChart();
    auto* chartView = chart->findChild<QChartView*>();
    ASSERT_NE(chartView, nullptr);
    const int index = chart->periodCount() - 3;
    const QPointF inChart = chart->chart()->mapToPosition(QPointF(index, 1.0));
    const QPoint at = chartView->mapFromScene(chart->chart()->mapToScene(inChart));
    QSignalSpy opened(&view, &ChurnView::explanationShown);
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    auto* dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    EXPECT_TRUE(dialog->windowTitle().contains(
        periodLabel(view.report().churn[size_t(index)].period, PeriodUnit::Month)));
    dialog->close();

    // A real click on the heatmap's first cell (cohort row 0, offset 0) opens that cell.
    view.tabs()->setCurrentIndex(4);
    QCustomPlot* plot = view.heatmap()->plot();
    plot->replot();
    const QPoint cellAt(static_cast<int>(plot->xAxis->coordToPixel(0)),
                        static_cast<int>(plot->yAxis->coordToPixel(0)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, cellAt);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("offset 0")));
    EXPECT_EQ(static_cast<int64_t>(dialog->model()->rows().size()), view.report().cohorts.front().size);
    dialog->close();

    // Every tab renders; TENURE_SCREENSHOTS names a folder to keep the images in for a look.
    const QString folder = qEnvironmentVariable("TENURE_SCREENSHOTS", t.dir.path());
    const char* names[] = {"churnview", "churnview-flow", "churnview-mrr", "churnview-reasons",
                           "churnview-cohorts"};
    for (int tab = 0; tab < view.tabs()->count(); ++tab) {
        view.tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        const QImage image = view.grab().toImage();
        EXPECT_EQ(image.size(), QSize(1200, 760));
        EXPECT_TRUE(image.save(QDir(folder).filePath(QLatin1String(names[tab]) + QStringLiteral(".png"))));
    }
}

TEST_F(ChurnViewTest, ClickingACohortCellListsItsMembersWithTheActiveOnesAsTheNumerator) {
    ChurnView view;
    load(view);
    // A cell with both stayers and leavers.
    const auto& cells = view.report().cohorts;
    const auto cell = std::find_if(cells.begin(), cells.end(), [](const metrics::CohortCell& c) {
        return c.active > 0 && c.active < c.size && c.offset > 0;
    });
    ASSERT_NE(cell, cells.end());
    int row = 0;
    for (const metrics::CohortCell& c : cells)
        if (c.offset == 0 && c.cohort.start < cell->cohort.start) ++row;

    QSignalSpy opened(&view, &ChurnView::explanationShown);
    Q_EMIT view.heatmap()->cellClicked(row, cell->offset);
    ASSERT_TRUE(waitFor([&] { return opened.count() > 0; }));
    auto* dialog = opened.takeFirst().at(0).value<ExplainDialog*>();
    const auto& rows = dialog->model()->rows();
    EXPECT_EQ(static_cast<int64_t>(rows.size()), cell->size);
    EXPECT_EQ(std::count_if(rows.begin(), rows.end(),
                            [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; }),
              cell->active);
    dialog->close();
}

// Transactional data (real UCI Online Retail orders): cohorts by first order, active when they
// ordered, as the core computes them; a cell's drill-down lists its active members.
TEST(ChurnViewOrders, FirstOrderCohortsOnRealOrders) {
    tenure::test::ensureApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempStore t;
    io::ImportOptions import;
    import.kind = QStringLiteral("orders");
    import.file = test::sharedData(QStringLiteral("online_retail/online_retail_customers_mod10.csv"));
    ASSERT_TRUE(io::importCsv(*t.store, import).ok());

    ChurnView view;
    view.resize(1200, 760);
    view.setScope({t.path, PeriodUnit::Month, {}});
    QSignalSpy refreshed(&view, &ScopedView::refreshed);
    view.refreshNow();
    ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(30000));
    view.cohortBasis()->setCurrentIndex(1);
    view.cohortActivity()->setCurrentIndex(2);
    ASSERT_TRUE(refreshed.wait(30000));

    reports::ChurnReportOptions options;
    const auto want = reports::computeCohorts(
        *t.store, options, {store::CohortBasis::FirstOrder, reports::CohortSource::Orders, true});
    ASSERT_TRUE(want);
    ASSERT_FALSE(want->cells.empty());
    ASSERT_EQ(view.report().cohorts.size(), want->cells.size());
    for (size_t i = 0; i < want->cells.size(); ++i) {
        EXPECT_EQ(view.report().cohorts[i].active, want->cells[i].active);
        EXPECT_EQ(view.report().cohorts[i].retentionPct, want->cells[i].retentionPct);
    }
    // Offset 0 of activity retention is 100 % by construction (metrics.md).
    EXPECT_EQ(want->cells.front().offset, 0);
    EXPECT_DOUBLE_EQ(want->cells.front().retentionPct.value_or(0), 100.0);
    const metrics::CohortCell& cell = want->cells[1];
    const auto rows = reports::explainCohortCell(*t.store, {}, PeriodUnit::Month, cell.cohort, cell.offset,
                                                 store::CohortBasis::FirstOrder, true, false);
    ASSERT_TRUE(rows);
    EXPECT_EQ(static_cast<int64_t>(rows->size()), cell.size);
    EXPECT_EQ(std::count_if(rows->begin(), rows->end(),
                            [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; }),
              cell.active);
}
