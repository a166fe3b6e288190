#include "charts/kpicardwidget.h"
#include "demo/demostore.h"
#include "dialogs/explaindialog.h"
#include "format.h"
#include "mainwindow.h"
#include "model/dates.h"
#include "models/explainmodel.h"
#include "reports/dashboard.h"
#include "reports/explain.h"
#include "reports/explainnps.h"
#include "uitestsupport.h"
#include "views/accountsview.h"
#include "views/dashboardview.h"

#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tenure;
using namespace tenure::ui;

namespace {

// One demo company for the suite: 300 customers over two years ending 2025-06-30.
class DashboardTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        demo = new test::TempStore;
        demo::DemoOptions options;
        options.customers = 300;
        options.seed = 7;
        options.today = daysFromCivil(2025, 6, 30);
        options.years = 2;
        ASSERT_TRUE(demo::fillDemoStore(*demo->store, options));
    }
    static void TearDownTestSuite() {
        delete demo;
        demo = nullptr;
    }
    static std::vector<reports::KpiCard> expected(PeriodUnit unit, const QString& segment = {}) {
        reports::DashboardOptions options;
        options.unit = unit;
        options.filter.segment = segment;
        auto cards = reports::computeDashboard(*demo->store, options);
        EXPECT_TRUE(cards) << cards.error().toStdString();
        return cards ? cards.value() : std::vector<reports::KpiCard>{};
    }
    static bool waitFor(ScopedView& view) {
        QSignalSpy done(&view, &ScopedView::refreshed);
        view.refreshNow();
        return done.count() > 0 || done.wait(30000);
    }
    static test::TempStore* demo;
};
test::TempStore* DashboardTest::demo = nullptr;

TEST_F(DashboardTest, CardsShowTheFiguresTheCoreComputes) {
    DashboardView view;
    view.setScope({demo->path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(view));
    const auto want = expected(PeriodUnit::Month);
    ASSERT_GE(want.size(), 10u);
    ASSERT_EQ(view.cards().size(), want.size());
    for (const reports::KpiCard& card : want) {
        KpiCardWidget* widget = view.cardWidget(card.kpi);
        ASSERT_NE(widget, nullptr) << card.kpi.toStdString();
        EXPECT_EQ(widget->valueText(), formatByUnit(card.unit, card.value)) << card.kpi.toStdString();
        EXPECT_EQ(widget->card().series.size(), card.series.size());
    }
    // The demo ends 2025-06-30, so June 2025 is the latest complete month.
    EXPECT_EQ(view.headingText(), QStringLiteral("2025-06, all customers"));
    KpiCardWidget* active = view.cardWidget(QStringLiteral("active_customers"));
    ASSERT_TRUE(active->card().value);
    EXPECT_GT(*active->card().value, 0);
    EXPECT_EQ(active->valueText(), QLocale().toString(static_cast<qlonglong>(*active->card().value)));
}

TEST_F(DashboardTest, EachGroupComputesTheCardsItAnnounces) {
    reports::DashboardOptions options;
    const auto frame = reports::dashboardFrame(*demo->store, options);
    ASSERT_TRUE(frame);
    ASSERT_EQ(frame->periods.size(), 12u);
    for (reports::KpiGroup group : reports::kpiGroups()) {
        const auto cards = reports::computeKpiGroup(*demo->store, options, frame.value(), group);
        ASSERT_TRUE(cards);
        QStringList kpis;
        for (const reports::KpiCard& card : cards.value())
            kpis << card.kpi;
        EXPECT_EQ(kpis, reports::kpisOf(group));
    }
}

TEST_F(DashboardTest, UndefinedFiguresReadAsADashNotZero) {
    EXPECT_EQ(formatPercent(std::nullopt), QStringLiteral("—"));
    EXPECT_EQ(formatByUnit(QStringLiteral("seconds"), std::nullopt), QStringLiteral("—"));
    EXPECT_EQ(formatDuration(3 * 3600 + 12 * 60), QStringLiteral("3 h 12 min"));
    EXPECT_EQ(formatScore(30), QStringLiteral("+30"));
    EXPECT_EQ(formatChange(QStringLiteral("pct"), -1.25), QStringLiteral("−1.3 pts"));
}

TEST_F(DashboardTest, QuarterAndSegmentPickersRecomputeEveryCard) {
    MainWindow window;
    window.openStore(demo->path);
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    ASSERT_TRUE(loaded.wait(30000));
    QComboBox* segments = window.segmentPicker();
    ASSERT_GT(segments->count(), 1) << "the demo's segments are offered";
    const QString segment = segments->itemData(1).toString();

    DashboardView* view = window.dashboardView();
    QSignalSpy refreshed(view, &ScopedView::refreshed);
    window.periodPicker()->setCurrentIndex(
        window.periodPicker()->findData(static_cast<int>(PeriodUnit::Quarter)));
    segments->setCurrentIndex(1);
    EXPECT_EQ(window.scope().unit, PeriodUnit::Quarter);
    EXPECT_EQ(window.scope().segment, segment);
    view->refreshNow();
    ASSERT_TRUE(refreshed.wait(30000));
    const auto want = expected(PeriodUnit::Quarter, segment);
    ASSERT_EQ(view->cards().size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(view->cards()[i].kpi, want[i].kpi);
        EXPECT_EQ(view->cards()[i].value, want[i].value) << want[i].kpi.toStdString();
    }
    EXPECT_EQ(view->headingText(), QStringLiteral("2025-Q2, segment %1").arg(segment));
}

TEST_F(DashboardTest, ClickingACardOpensTheViewBehindIt) {
    MainWindow window;
    window.openStore(demo->path);
    window.dashboardView()->refreshNow();
    QSignalSpy refreshed(window.dashboardView(), &ScopedView::refreshed);
    ASSERT_TRUE(refreshed.wait(30000));
    KpiCardWidget* card = window.dashboardView()->cardWidget(QStringLiteral("active_customers"));
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(window.currentView(), MainWindow::Dashboard);
    QTest::mouseClick(card, Qt::LeftButton);
    EXPECT_EQ(window.currentView(), MainWindow::Accounts);
}

} // namespace

// A card's context menu lists the rows behind its figure: those of the core's explanation of the
// card's period (June 2025), e.g. the lost customers behind churn as the numerator.
TEST_F(DashboardTest, ACardsContextMenuShowsTheRowsBehindItsFigure) {
    DashboardView view;
    view.resize(1200, 800);
    view.show();
    view.setScope({demo->path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(view));
    const Period june = periodOf(daysFromCivil(2025, 6, 1), PeriodUnit::Month);

    KpiCardWidget* churn = view.cardWidget(QStringLiteral("churn_pct"));
    ASSERT_NE(churn, nullptr);
    Q_EMIT churn->customContextMenuRequested(QPoint(10, 10));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    auto* explain = menu->findChild<QAction*>(QStringLiteral("explainKpi"));
    ASSERT_NE(explain, nullptr);
    ASSERT_TRUE(explain->isEnabled());
    QSignalSpy shown(&view, &DashboardView::explanationShown);
    explain->trigger();
    menu->close();
    ASSERT_TRUE(shown.count() > 0 || shown.wait(30000));
    const auto expected = reports::explainChurnCell(*demo->store, {}, june);
    ASSERT_TRUE(expected);
    ASSERT_NE(view.lastExplanation(), nullptr);
    const auto& rows = view.lastExplanation()->model()->rows();
    ASSERT_EQ(rows.size(), expected->size());
    for (size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(rows[i].role, expected.value()[i].role);
    view.lastExplanation()->close();

    // NPS: the period's answers, promoters in the numerator.
    view.explainKpi(QStringLiteral("nps"));
    ASSERT_TRUE(shown.wait(30000));
    const auto answers = reports::explainNpsCell(*demo->store, {}, june);
    ASSERT_TRUE(answers);
    EXPECT_EQ(view.lastExplanation()->model()->rows().size(), answers->size());
    view.lastExplanation()->close();

    // Onboarding: the numerator rows are the card's count.
    for (const char* kpi : {"onboarding_in_progress", "onboarding_overdue"}) {
        view.explainKpi(QLatin1String(kpi));
        ASSERT_TRUE(shown.wait(30000)) << kpi;
        const auto& listed = view.lastExplanation()->model()->rows();
        const auto numerators = std::count_if(listed.begin(), listed.end(), [](const reports::ExplainRow& r) {
            return r.role == metrics::Role::Numerator;
        });
        ASSERT_TRUE(view.cardWidget(QLatin1String(kpi))->card().value);
        EXPECT_EQ(static_cast<double>(numerators), *view.cardWidget(QLatin1String(kpi))->card().value) << kpi;
        view.lastExplanation()->close();
    }

    // A card without an explanation offers none.
    EXPECT_FALSE(DashboardView::explainable(QStringLiteral("at_risk")));
}
