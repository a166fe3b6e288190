#include "demo/demostore.h"
#include "mainwindow.h"
#include "model/dates.h"
#include "models/customertablemodel.h"
#include "models/tasktablemodel.h"
#include "reports/healthreport.h"
#include "reports/loyaltyreport.h"
#include "reports/playbookrun.h"
#include "store/accountrepository.h"
#include "store/statement.h"
#include "store/taskrepository.h"
#include "uitestsupport.h"
#include "views/accountdetailview.h"
#include "views/accountsview.h"
#include "views/taskownerpicker.h"
#include "views/taskspanel.h"

#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;
using Detail = store::AccountDetail;

namespace {

class AccountDetailTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { tenure::test::ensureApplication(); }

    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        demo::DemoOptions options;
        options.customers = 200;
        options.seed = 11;
        options.today = daysFromCivil(2025, 6, 30);
        options.years = 1;
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    }

    // A customer with an unfinished onboarding milestone.
    QString customerWithOpenMilestone() {
        store::Statement q(t.store->handle(),
                           "SELECT c.customer_key FROM customers c JOIN onboarding o ON o.customer = c.id "
                           "WHERE o.completed_at IS NULL ORDER BY c.id LIMIT 1");
        EXPECT_EQ(q.step(), SQLITE_ROW);
        return q.qtext(0);
    }

    int64_t completedAt(const QString& key, const QString& milestone) {
        store::Statement q(
            t.store->handle(),
            "SELECT coalesce(o.completed_at, -1) FROM onboarding o JOIN customers c ON c.id = o.customer "
            "WHERE c.customer_key = ? AND o.milestone = ?");
        q.bindCopy(1, key);
        q.bindCopy(2, milestone);
        EXPECT_EQ(q.step(), SQLITE_ROW);
        return q.int64(0);
    }

    static bool waitLoaded(AccountDetailView& view) {
        QSignalSpy loaded(&view, &AccountDetailView::loaded);
        return loaded.wait(20000);
    }

    test::TempStore t;
};

TEST_F(AccountDetailTest, ShowsWhatTheStoreHoldsForTheAccount) {
    QUndoStack undo;
    AccountDetailView view(&undo);
    const QString key = customerWithOpenMilestone();
    view.showAccount(t.path, key);
    ASSERT_TRUE(waitLoaded(view));
    const auto want = store::loadAccount(*t.store, key);
    ASSERT_TRUE(want);
    EXPECT_EQ(view.account().key, key);
    EXPECT_TRUE(view.headerText().contains(key));
    EXPECT_EQ(view.table(AccountDetailView::Onboarding)->rowCount(),
              static_cast<int>(want->checklist.size()));
    EXPECT_GT(view.table(AccountDetailView::Timeline)->rowCount(), 0);
    EXPECT_EQ(view.table(AccountDetailView::Timeline)->rowCount(), static_cast<int>(want->timeline.size()));
    EXPECT_EQ(view.table(AccountDetailView::Tickets)->rowCount(), static_cast<int>(want->tickets.size()));
    EXPECT_EQ(view.table(AccountDetailView::Nps)->rowCount(), static_cast<int>(want->nps.size()));
    // The timeline runs newest first and starts from the signup.
    const auto& timeline = view.account().timeline;
    for (size_t i = 1; i < timeline.size(); ++i)
        EXPECT_GE(timeline[i - 1].at, timeline[i].at);
    EXPECT_TRUE(std::any_of(timeline.begin(), timeline.end(), [](const Detail::TimelineItem& e) {
        return e.kind == QStringLiteral("signup");
    }));
    // Subscriptions are on the timeline; the loyalty balance is the loyalty view's (stored
    // ledger plus the points orders earn).
    store::Statement subscriptions(
        t.store->handle(), "SELECT count(*) + count(s.ended_at) FROM subscriptions s JOIN customers c ON "
                           "c.id = s.customer WHERE c.customer_key = ?");
    subscriptions.bindCopy(1, key);
    ASSERT_EQ(subscriptions.step(), SQLITE_ROW);
    EXPECT_EQ(
        std::count_if(timeline.begin(), timeline.end(),
                      [](const Detail::TimelineItem& e) { return e.kind == QStringLiteral("subscription"); }),
        subscriptions.int64(0));
    const auto ledger = reports::computeMemberLedger(*t.store, view.account().id);
    ASSERT_TRUE(ledger);
    EXPECT_EQ(view.account().loyaltyPoints, ledger->empty() ? 0 : ledger->back().balance);
}

TEST_F(AccountDetailTest, HealthTabShowsTheCoresScoreComponentsAndSignals) {
    QUndoStack undo;
    AccountDetailView view(&undo);
    const auto report = reports::computeHealth(*t.store, {});
    ASSERT_TRUE(report);
    const auto scored =
        std::find_if(report->rows.begin(), report->rows.end(), [](const reports::HealthRow& r) {
            return r.health.health.score && !r.health.signals.empty();
        });
    ASSERT_NE(scored, report->rows.end());
    QSignalSpy health(&view, &AccountDetailView::healthLoaded);
    view.showAccount(t.path, scored->customerKey);
    ASSERT_TRUE(waitLoaded(view));
    ASSERT_TRUE(health.count() > 0 || health.wait(30000)) << view.healthText().toStdString();
    const QString score = QLocale().toString(*scored->health.health.score, 'f', 0);
    EXPECT_TRUE(view.healthText().contains(QStringLiteral("Health %1").arg(score)))
        << view.healthText().toStdString();
    // One row per component, then one per signal with its evidence.
    QTableWidget* table = view.table(AccountDetailView::Health);
    const auto& components = scored->health.health.components;
    ASSERT_EQ(table->rowCount(), static_cast<int>(components.size() + scored->health.signals.size()));
    double sum = 0;
    for (int r = 0; r < static_cast<int>(components.size()); ++r)
        sum += QLocale().toDouble(table->item(r, 3)->text());
    EXPECT_NEAR(sum, *scored->health.health.score, 0.1 * static_cast<double>(components.size()));
    EXPECT_EQ(table->item(static_cast<int>(components.size()), 1)->text(),
              scored->health.signals.front().evidence);
}

TEST_F(AccountDetailTest, TickingAMilestoneIsSavedAndUndoable) {
    QUndoStack undo;
    AccountDetailView view(&undo);
    const int64_t now = 1751000000;
    view.setClock([now] { return now; });
    const QString key = customerWithOpenMilestone();
    view.showAccount(t.path, key);
    ASSERT_TRUE(waitLoaded(view));
    int row = -1;
    for (size_t i = 0; i < view.account().checklist.size(); ++i)
        if (view.account().checklist[i].completedAt == Detail::noValue) row = static_cast<int>(i);
    ASSERT_GE(row, 0);
    const QString milestone = view.account().checklist[static_cast<size_t>(row)].name;

    // The user ticks the box in the table.
    QTableWidgetItem* box = view.table(AccountDetailView::Onboarding)->item(row, 0);
    ASSERT_NE(box, nullptr);
    box->setCheckState(Qt::Checked);
    EXPECT_EQ(completedAt(key, milestone), now);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.account().checklist[static_cast<size_t>(row)].completedAt, now);

    undo.undo();
    EXPECT_EQ(completedAt(key, milestone), -1);
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.table(AccountDetailView::Onboarding)->item(row, 0)->checkState(), Qt::Unchecked);
    undo.redo();
    EXPECT_EQ(completedAt(key, milestone), now);
}

TEST_F(AccountDetailTest, NotesAndOwnerEditsUndoInOrder) {
    QUndoStack undo;
    AccountDetailView view(&undo);
    view.setClock([] { return int64_t{1751000000}; });
    const QString key = customerWithOpenMilestone();
    view.showAccount(t.path, key);
    ASSERT_TRUE(waitLoaded(view));
    const QString ownerBefore = view.account().owner;

    view.addNote(QStringLiteral("Called about renewal; wants SSO."));
    ASSERT_TRUE(waitLoaded(view));
    ASSERT_EQ(view.account().notes.size(), 1u);
    EXPECT_EQ(view.account().notes[0].text, QStringLiteral("Called about renewal; wants SSO."));
    view.changeOwner(QStringLiteral("Grace Hopper"));
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.account().owner, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(undo.count(), 2);

    undo.undo(); // the owner
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_EQ(view.account().owner, ownerBefore);
    undo.undo(); // the note
    ASSERT_TRUE(waitLoaded(view));
    EXPECT_TRUE(view.account().notes.empty());
    undo.redo(); // the same note comes back, with its id
    ASSERT_TRUE(waitLoaded(view));
    ASSERT_EQ(view.account().notes.size(), 1u);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM notes"), 1);
}

TEST_F(AccountDetailTest, ActivatingAnAccountRowOpensItsDetail) {
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    window.openStore(t.path);
    ASSERT_TRUE(loaded.wait(20000));
    window.showView(MainWindow::Accounts);
    QTableView* table = window.accountsView()->table();
    const QModelIndex first = table->model()->index(0, 0);
    const QString key = first.data().toString();
    Q_EMIT table->activated(first);
    EXPECT_EQ(window.currentView(), MainWindow::Account);
    ASSERT_TRUE(waitLoaded(*window.accountDetailView()));
    EXPECT_EQ(window.accountDetailView()->account().key, key);
}

// "My tasks" in the window: a dock shown from the View menu that lists the store's open tasks
// and opens a task's account.
TEST_F(AccountDetailTest, TheTasksDockListsOpenTasksAndOpensTheirAccount) {
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().remove(QLatin1String(TaskOwnerPicker::meSettingKey));
    ASSERT_TRUE(reports::runPlaybooks(*t.store, {daysFromCivil(2025, 6, 30), 1751284800}));
    const auto open = store::loadTasks(*t.store, {std::nullopt, QStringLiteral("open")});
    ASSERT_TRUE(open);
    ASSERT_FALSE(open->empty()); // the demo's playbooks made some

    MainWindow window;
    window.show();
    QSignalSpy customers(&window, &MainWindow::customersLoaded);
    window.openStore(t.path);
    ASSERT_TRUE(customers.wait(20000));
    EXPECT_FALSE(window.tasksDock()->isVisible());
    QSignalSpy loaded(window.tasksPanel(), &TasksPanel::loaded);
    window.tasksDock()->toggleViewAction()->trigger();
    ASSERT_TRUE(window.tasksDock()->isVisible());
    ASSERT_TRUE(loaded.wait(20000));
    const auto& shown = window.tasksPanel()->model()->tasks();
    ASSERT_EQ(shown.size(), open->size());
    for (size_t i = 0; i < shown.size(); ++i)
        EXPECT_EQ(shown[i].id, open.value()[i].id);

    Q_EMIT window.tasksPanel()->accountRequested(shown.front().customerKey);
    EXPECT_EQ(window.currentView(), MainWindow::Account);
    ASSERT_TRUE(waitLoaded(*window.accountDetailView()));
    EXPECT_EQ(window.accountDetailView()->account().key, shown.front().customerKey);
}

// Scoring the store in the window keeps the day's scores of the active accounts as history,
// once per data day: the at-risk card's earlier periods and the playbooks read them.
TEST_F(AccountDetailTest, TheWindowsHealthPassRecordsTheDaysScoresOnce) {
    reports::HealthOptions options;
    options.churnProbability = false;
    const auto report = reports::computeHealth(*t.store, options);
    ASSERT_TRUE(report);
    int64_t scored = 0;
    for (const reports::HealthRow& row : report->rows)
        scored += row.health.health.score ? 1 : 0;
    ASSERT_GT(scored, 0);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), 0);

    for (int pass = 0; pass < 2; ++pass) { // a second window, or a re-score, adds nothing
        MainWindow window;
        QSignalSpy customers(&window, &MainWindow::customersLoaded);
        window.openStore(t.path);
        ASSERT_TRUE(customers.wait(20000));
        auto* model = window.accountsView()->model();
        ASSERT_TRUE(QTest::qWaitFor([model] { return model->hasHealth(); }, 60000));
        EXPECT_EQ(t.scalar("SELECT count(*) FROM health_history"), scored);
        EXPECT_EQ(t.scalar("SELECT count(DISTINCT day) FROM health_history"), 1);
    }
}

} // namespace
