// The "My tasks" panel over a demo store whose playbooks ran, plus a few tasks of our own: it
// lists exactly what loadTasks returns for the chosen owner, ticking completes through the undo
// stack, and activating a row asks for the account.
#include "demo/demostore.h"
#include "model/dates.h"
#include "models/tasktablemodel.h"
#include "reports/playbookrun.h"
#include "store/statement.h"
#include "store/taskrepository.h"
#include "uitestsupport.h"
#include "views/taskspanel.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;
using Choice = TaskOwnerPicker::Choice;

namespace {

constexpr int waitMs = 20000;

// Failures of QAbstractItemModelTester (in Warning mode) collected as test failures.
QStringList modelTesterFailures;
void collectModelTesterFailures(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type == QtWarningMsg)
        modelTesterFailures.append(message);
}
const int64_t today = daysFromCivil(2025, 6, 30);
const int64_t now = 1751284800; // 2025-06-30 12:00 UTC

class TasksPanelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // "tasks/me" goes to an INI file in a folder of this run, never the user's settings.
        settingsDir = new QTemporaryDir;
        if (QCoreApplication::organizationName().isEmpty())
            QCoreApplication::setOrganizationName(QStringLiteral("tenure-tests"));
        if (QCoreApplication::applicationName().isEmpty())
            QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir->path());
    }
    static void TearDownTestSuite() {
        delete settingsDir;
        settingsDir = nullptr;
    }

    void SetUp() override {
        QSettings().remove(QLatin1String(TaskOwnerPicker::meSettingKey));
        demo::DemoOptions options;
        options.customers = 200;
        options.seed = 11;
        options.today = today;
        options.years = 1;
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
        // One account without an owner, for unassigned tasks.
        ASSERT_TRUE(
            t.store->exec("UPDATE customers SET owner = NULL WHERE id = (SELECT min(id) FROM customers)"));
        ASSERT_TRUE(reports::runPlaybooks(*t.store, {today, now - 86400}));
        owner = text("SELECT owner FROM customers WHERE owner IS NOT NULL ORDER BY id LIMIT 1");
        ASSERT_FALSE(owner.isEmpty());
        const int64_t unowned = t.scalar("SELECT min(id) FROM customers");
        const int64_t owned =
            t.scalar("SELECT id FROM customers WHERE owner IS NOT NULL ORDER BY id LIMIT 1");
        // Overdue and upcoming tasks of our own, one unassigned, and one made by hand.
        const auto created =
            store::createPlaybookTasks(*t.store,
                                       {{owned, QStringLiteral("Check-in"), QStringLiteral("q2"),
                                         QStringLiteral("Quarterly check-in"), owner, today - 3},
                                        {unowned, QStringLiteral("Check-in"), QStringLiteral("q2"),
                                         QStringLiteral("Find an owner"), QString(), today - 1}},
                                       now - 3600);
        ASSERT_TRUE(created);
        ASSERT_TRUE(t.store->exec(
            ("INSERT INTO tasks(customer, title, owner, due_date, status, created_at) VALUES (" +
             std::to_string(owned) + ", 'Send the renewal quote', '" + owner.toStdString() + "', " +
             std::to_string(today + 5) + ", 'open', " + std::to_string(now) + ")")
                .c_str()));
    }

    QString text(const char* sql) const {
        store::Statement q(t.store->handle(), sql);
        return q.step() == SQLITE_ROW ? q.qtext(0) : QString();
    }
    std::vector<store::TaskRow> openTasks(std::optional<QString> forOwner) const {
        auto tasks = store::loadTasks(*t.store, {std::move(forOwner), QStringLiteral("open")});
        EXPECT_TRUE(tasks) << tasks.error().toStdString();
        return tasks ? tasks.value() : std::vector<store::TaskRow>{};
    }
    QString status(int64_t id) const {
        return text(
            ("SELECT status || ':' || coalesce(done_at, '-') FROM tasks WHERE id = " + std::to_string(id))
                .c_str());
    }

    // The tasks the panel's table shows, read back through the view's model.
    static std::vector<int64_t> shownIds(const TasksPanel& panel) {
        const QAbstractItemModel* model = panel.table()->model();
        std::vector<int64_t> ids;
        for (int r = 0; r < model->rowCount(); ++r)
            ids.push_back(model->index(r, 0).data(TaskTableModel::TaskIdRole).toLongLong());
        return ids;
    }
    static std::vector<int64_t> idsOf(const std::vector<store::TaskRow>& tasks) {
        std::vector<int64_t> ids;
        for (const store::TaskRow& task : tasks)
            ids.push_back(task.id);
        return ids;
    }
    static int rowOf(const TasksPanel& panel, int64_t id) {
        const std::vector<int64_t> ids = shownIds(panel);
        const auto found = std::find(ids.begin(), ids.end(), id);
        return found == ids.end() ? -1 : static_cast<int>(found - ids.begin());
    }
    // Runs `action` and waits for the load it starts.
    template <typename F> static bool loadAfter(TasksPanel& panel, F action) {
        QSignalSpy loaded(&panel, &TasksPanel::loaded);
        action();
        return loaded.wait(waitMs);
    }
    void open(TasksPanel& panel) {
        panel.setClock([] { return now; });
        panel.setToday(today);
        ASSERT_TRUE(loadAfter(panel, [&] { panel.setStore(t.path); }));
    }

    static inline QTemporaryDir* settingsDir = nullptr;
    test::TempStore t;
    QString owner;
};

TEST_F(TasksPanelTest, ListsExactlyTheOpenTasksOfTheChosenOwner) {
    QUndoStack undo;
    TasksPanel panel(&undo);
    open(panel);
    // Nobody said who they are yet: every owner's open tasks, in loadTasks' order.
    EXPECT_EQ(panel.ownerPicker()->choice(), Choice::All);
    const auto all = openTasks(std::nullopt);
    ASSERT_GE(all.size(), 3u);
    EXPECT_EQ(shownIds(panel), idsOf(all));

    ASSERT_TRUE(loadAfter(panel, [&] { panel.ownerPicker()->choose(Choice::Unassigned); }));
    const auto unassigned = openTasks(QString());
    ASSERT_FALSE(unassigned.empty());
    EXPECT_EQ(shownIds(panel), idsOf(unassigned));

    // One owner, picked in the combo as the user does.
    QComboBox* combo = panel.ownerPicker()->ownerCombo();
    const int index = combo->findText(owner);
    ASSERT_GE(index, 0);
    ASSERT_TRUE(loadAfter(panel, [&] { combo->setCurrentIndex(index); }));
    const auto mine = openTasks(owner);
    EXPECT_EQ(shownIds(panel), idsOf(mine));

    // The rows read as the tasks: due day, title, account, owner, source.
    const QAbstractItemModel* model = panel.table()->model();
    int overdue = 0;
    for (size_t r = 0; r < mine.size(); ++r) {
        const store::TaskRow& task = mine[r];
        const int row = static_cast<int>(r);
        EXPECT_EQ(model->index(row, TaskTableModel::Done).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
        EXPECT_EQ(model->index(row, TaskTableModel::Title).data().toString(), task.title);
        EXPECT_TRUE(
            model->index(row, TaskTableModel::Account).data().toString().startsWith(task.customerKey));
        EXPECT_EQ(model->index(row, TaskTableModel::Owner).data().toString(), owner);
        EXPECT_EQ(model->index(row, TaskTableModel::Due).data().toString(), formatDate(*task.dueDay));
        const QString source = model->index(row, TaskTableModel::Source).data().toString();
        if (task.source.isEmpty())
            EXPECT_EQ(source, QStringLiteral("by hand"));
        else
            EXPECT_EQ(source, store::playbookOfTaskSource(task.source));
        const bool late = *task.dueDay < today;
        overdue += late;
        EXPECT_EQ(
            model->index(row, TaskTableModel::Due).data(Qt::ToolTipRole).toString().contains(u"Overdue"),
            late);
        EXPECT_EQ(model->index(row, TaskTableModel::Due).data(Qt::ForegroundRole).isValid(), late);
    }
    EXPECT_GE(overdue, 1);
    EXPECT_EQ(panel.summaryText(), QStringLiteral("%1 open, %2 overdue").arg(mine.size()).arg(overdue));
    EXPECT_TRUE(panel.emptyText().isEmpty());
}

TEST_F(TasksPanelTest, MyTasksAsksWhoIAmThenListsThatOwnersTasks) {
    QUndoStack undo;
    TasksPanel panel(&undo);
    open(panel);
    ASSERT_TRUE(loadAfter(panel, [&] { panel.ownerPicker()->choose(Choice::Mine); }));
    EXPECT_TRUE(panel.ownerPicker()->needsMe());
    EXPECT_EQ(panel.ownerPicker()->ownerCombo()->currentText(), QStringLiteral("My tasks"));
    EXPECT_TRUE(shownIds(panel).empty());
    EXPECT_FALSE(panel.emptyText().isEmpty());
    // The user picks their name from the owners the tasks name.
    QComboBox* me = panel.ownerPicker()->meCombo();
    ASSERT_GE(me->findText(owner), 0);
    ASSERT_TRUE(loadAfter(panel, [&] { panel.ownerPicker()->setMe(owner); }));
    EXPECT_EQ(QSettings().value(QLatin1String(TaskOwnerPicker::meSettingKey)).toString(), owner);
    EXPECT_EQ(panel.ownerPicker()->choice(), Choice::Mine);
    EXPECT_EQ(panel.ownerPicker()->ownerCombo()->currentText(), QStringLiteral("My tasks (%1)").arg(owner));
    EXPECT_EQ(shownIds(panel), idsOf(openTasks(owner)));

    // A new panel (the next start) lists my tasks at once.
    TasksPanel next(&undo);
    open(next);
    EXPECT_EQ(next.ownerPicker()->choice(), Choice::Mine);
    EXPECT_EQ(shownIds(next), idsOf(openTasks(owner)));

    // Someone with no open task: the empty state says so.
    ASSERT_TRUE(
        loadAfter(panel, [&] { panel.ownerPicker()->choose(Choice::Owner, QStringLiteral("Nobody Here")); }));
    EXPECT_TRUE(shownIds(panel).empty());
    EXPECT_EQ(panel.emptyText(), QStringLiteral("No open tasks for Nobody Here."));
    EXPECT_EQ(panel.summaryText(), QStringLiteral("0 open, 0 overdue"));
}

TEST_F(TasksPanelTest, TickingCompletesTheTaskAndUndoReopensIt) {
    QUndoStack undo;
    TasksPanel panel(&undo);
    open(panel);
    QSignalSpy changed(&panel, &TasksPanel::tasksChanged);
    const int64_t id = shownIds(panel).front();
    ASSERT_EQ(status(id), QStringLiteral("open:-"));

    // The user ticks the box (what the delegate does on a click).
    QAbstractItemModel* model = panel.table()->model();
    ASSERT_TRUE(loadAfter(panel, [&] {
        model->setData(model->index(0, TaskTableModel::Done), Qt::Checked, Qt::CheckStateRole);
    }));
    EXPECT_EQ(status(id), QStringLiteral("done:%1").arg(now));
    EXPECT_EQ(rowOf(panel, id), -1); // open tasks only
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(undo.count(), 1);

    ASSERT_TRUE(loadAfter(panel, [&] { undo.undo(); }));
    EXPECT_EQ(status(id), QStringLiteral("open:-"));
    EXPECT_EQ(rowOf(panel, id), 0);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(shownIds(panel), idsOf(openTasks(std::nullopt)));

    // From the keyboard: Space on the tick box.
    QTableView* table = panel.table();
    panel.show();
    table->setFocus();
    table->setCurrentIndex(model->index(0, TaskTableModel::Done));
    ASSERT_TRUE(loadAfter(panel, [&] { QTest::keyClick(table, Qt::Key_Space); }));
    EXPECT_EQ(status(id), QStringLiteral("done:%1").arg(now));
    ASSERT_TRUE(loadAfter(panel, [&] { undo.undo(); }));

    ASSERT_TRUE(loadAfter(panel, [&] { undo.redo(); }));
    EXPECT_EQ(status(id), QStringLiteral("done:%1").arg(now));

    // Shown with the done ones, clearing the tick reopens it; undo completes it at its first time.
    ASSERT_TRUE(loadAfter(panel, [&] { panel.setShowDone(true); }));
    const int row = rowOf(panel, id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, TaskTableModel::Done).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    panel.setClock([] { return now + 500; });
    ASSERT_TRUE(loadAfter(panel, [&] {
        model->setData(model->index(row, TaskTableModel::Done), Qt::Unchecked, Qt::CheckStateRole);
    }));
    EXPECT_EQ(status(id), QStringLiteral("open:-"));
    ASSERT_TRUE(loadAfter(panel, [&] { undo.undo(); }));
    EXPECT_EQ(status(id), QStringLiteral("done:%1").arg(now));
}

TEST_F(TasksPanelTest, ActivatingARowAsksForItsAccount) {
    QUndoStack undo;
    TasksPanel panel(&undo);
    open(panel);
    QSignalSpy requested(&panel, &TasksPanel::accountRequested);
    const auto all = openTasks(std::nullopt);
    ASSERT_GE(all.size(), 2u);
    QTableView* table = panel.table();
    panel.show();
    table->setFocus();
    // Enter on the current row.
    table->setCurrentIndex(table->model()->index(1, TaskTableModel::Title));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), all[1].customerKey);
    // A double-click (activated) on another row.
    Q_EMIT table->activated(table->model()->index(0, TaskTableModel::Account));
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(1).at(0).toString(), all[0].customerKey);
}

TEST_F(TasksPanelTest, ModelPassesTheModelTesterThroughLoadsAndEdits) {
    modelTesterFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTesterFailures);
    {
        QUndoStack undo;
        TasksPanel panel(&undo);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        open(panel);
        ASSERT_TRUE(loadAfter(panel, [&] { panel.setShowDone(true); }));
        ASSERT_TRUE(loadAfter(panel, [&] { panel.setTaskDone(0, true); }));
        ASSERT_TRUE(
            loadAfter(panel, [&] { panel.ownerPicker()->choose(Choice::Owner, QStringLiteral("Nobody")); }));
        ASSERT_TRUE(loadAfter(panel, [&] { panel.setStore(t.path); }));
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(modelTesterFailures.isEmpty()) << modelTesterFailures.join(u'\n').toStdString();
}

TEST_F(TasksPanelTest, AnOvertakenLoadIsDropped) {
    QUndoStack undo;
    TasksPanel panel(&undo);
    open(panel);
    QSignalSpy loaded(&panel, &TasksPanel::loaded);
    // Two choices before any load comes back: only the second one is shown.
    panel.ownerPicker()->choose(Choice::Unassigned);
    panel.ownerPicker()->choose(Choice::Owner, owner);
    ASSERT_TRUE(loaded.wait(waitMs));
    QTest::qWait(200); // the first load's result, if it were not dropped, would land now
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(shownIds(panel), idsOf(openTasks(owner)));
}

} // namespace
