#include "charts/periodlinechart.h"
#include "demo/demostore.h"
#include "dialogs/explaindialog.h"
#include "metrics/onboarding.h"
#include "model/dates.h"
#include "models/explainmodel.h"
#include "store/checklistrepository.h"
#include "store/metricinputs.h"
#include "uitestsupport.h"
#include "views/onboardingview.h"

#include "testsupport.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace tenure;
using namespace tenure::ui;

namespace {

class OnboardingViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        const Status filled = demo::fillDemoStore(*t.store, {300, 7, daysFromCivil(2024, 6, 30)});
        ASSERT_TRUE(filled) << filled.error().toStdString();
    }

    // Sets the scope, computes and waits until the view shows the result.
    static bool refresh(OnboardingView& view, const QString& path) {
        QSignalSpy refreshed(&view, &ScopedView::refreshed);
        view.setScope({path, PeriodUnit::Month, {}});
        view.refreshNow();
        return refreshed.wait(60000) || !refreshed.isEmpty();
    }

    test::TempStore t;
};

// The inputs of the onboarding metrics, read directly from the store.
struct Inputs {
    std::vector<metrics::MilestoneTemplate> checklist;
    std::vector<metrics::OnboardingCustomer> customers;
    std::vector<metrics::MilestoneState> milestones;
    int64_t asOf = metrics::noDay;
};

Inputs load(store::Store& s) {
    Inputs in;
    in.checklist = store::loadChecklist(s).value();
    in.customers = store::loadOnboardingCustomers(s).value();
    in.milestones = store::loadMilestones(s).value();
    for (const auto& c : in.customers)
        in.asOf = std::max(in.asOf, c.signup);
    for (const auto& m : in.milestones)
        if (m.completed != metrics::noDay) in.asOf = std::max(in.asOf, m.completed);
    auto interactions = store::loadActivities(s, store::ActivitySource::Interactions).value();
    const auto completion = metrics::onboardingCompletion(in.customers, in.milestones, in.checklist);
    metrics::countOnboardingInteractions(in.customers, interactions, completion, in.asOf);
    return in;
}

std::vector<std::optional<double>> column(const std::vector<metrics::OnboardingRow>& rows,
                                          std::optional<double> metrics::OnboardingRow::*field) {
    std::vector<std::optional<double>> out;
    for (const auto& row : rows)
        out.push_back(row.*field);
    return out;
}

void expectSame(const std::vector<std::optional<double>>& shown,
                const std::vector<std::optional<double>>& expected, const char* what) {
    ASSERT_EQ(shown.size(), expected.size()) << what;
    for (size_t i = 0; i < expected.size(); ++i) {
        ASSERT_EQ(shown[i].has_value(), expected[i].has_value()) << what << " at " << i;
        if (expected[i]) {
            EXPECT_NEAR(*shown[i], *expected[i], 1e-9) << what << " at " << i;
        }
    }
}

} // namespace

TEST_F(OnboardingViewTest, ShowsTheAccountsInOnboardingAsTheCoreComputesThem) {
    OnboardingView view;
    ASSERT_TRUE(refresh(view, t.path));
    const Inputs in = load(*t.store);
    ASSERT_NE(in.asOf, metrics::noDay);

    // Who should be listed: the dashboard's "in progress" (last 90 days, not onboarded, still a
    // customer) and everyone with an overdue milestone.
    const auto completion = metrics::onboardingCompletion(in.customers, in.milestones, in.checklist);
    const auto overdue = metrics::overdueMilestones(in.customers, in.milestones, in.checklist, in.asOf);
    std::set<int64_t> expected;
    for (const auto& c : in.customers) {
        const int64_t done = completion.at(c.customer);
        if (c.signup <= in.asOf && c.signup >= in.asOf - 90 &&
            (c.churn == metrics::noDay || c.churn > in.asOf) && (done == metrics::noDay || done > in.asOf))
            expected.insert(c.customer);
    }
    std::map<int64_t, int> overdueCount;
    std::map<int64_t, bool> stuck;
    for (const auto& o : overdue) {
        expected.insert(o.customer);
        ++overdueCount[o.customer];
        stuck[o.customer] = stuck[o.customer] || o.stuck;
    }
    ASSERT_GT(expected.size(), 3u) << "the demo store should have accounts in onboarding";
    QStandardItemModel* model = view.accountsModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(expected.size()));

    // Each row: progress x of n counts the checklist milestones completed by the report's day;
    // the status and the overdue milestones follow metrics::overdueMilestones.
    const std::vector<int64_t> ids(expected.begin(), expected.end());
    const auto keys = store::loadCustomerKeys(*t.store, ids).value();
    std::map<QString, int64_t> idOf;
    for (size_t i = 0; i < ids.size(); ++i)
        idOf[keys[i]] = ids[i];
    std::set<QString> names;
    for (const auto& m : in.checklist)
        names.insert(m.name);
    int checked = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString key = model->index(row, OnboardingView::Customer).data().toString();
        ASSERT_TRUE(idOf.count(key)) << key.toStdString();
        const int64_t id = idOf[key];
        int done = 0;
        for (const auto& m : in.milestones)
            if (m.customer == id && m.completed != metrics::noDay && m.completed <= in.asOf &&
                names.count(m.milestone))
                ++done;
        EXPECT_EQ(model->index(row, OnboardingView::Progress).data().toString(),
                  QStringLiteral("%1 of %2").arg(done).arg(in.checklist.size()))
            << key.toStdString();
        EXPECT_EQ(model->index(row, OnboardingView::Progress).data(OnboardingView::TotalRole).toInt(),
                  static_cast<int>(in.checklist.size()));
        const QString status = model->index(row, OnboardingView::StatusColumn).data().toString();
        const QString shownOverdue = model->index(row, OnboardingView::Overdue).data().toString();
        if (!overdueCount.count(id)) {
            EXPECT_EQ(status, QStringLiteral("On track"));
            EXPECT_EQ(shownOverdue, QStringLiteral("—"));
        } else {
            EXPECT_EQ(status, stuck[id] ? QStringLiteral("Stuck") : QStringLiteral("Behind"))
                << key.toStdString();
            EXPECT_EQ(shownOverdue.count(QStringLiteral(" late)")), overdueCount[id])
                << shownOverdue.toStdString();
        }
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(expected.size()));
    EXPECT_TRUE(view.accountsTable()->isSortingEnabled());

    // The checklist as stored.
    ASSERT_EQ(view.checklistModel()->rowCount(), static_cast<int>(in.checklist.size()));
    for (int row = 0; row < view.checklistModel()->rowCount(); ++row) {
        EXPECT_EQ(view.checklistModel()->index(row, OnboardingView::Milestone).data().toString(),
                  in.checklist[row].name);
        EXPECT_EQ(view.checklistModel()->index(row, OnboardingView::DueDays).data().toInt(),
                  in.checklist[row].offsetDays);
    }
}

TEST_F(OnboardingViewTest, TrendChartsPlotTheCoreAveragesWithGaps) {
    OnboardingView view;
    ASSERT_TRUE(refresh(view, t.path));
    const Inputs in = load(*t.store);
    const auto rows =
        metrics::onboardingByCohort(in.customers, in.milestones, in.checklist, PeriodUnit::Month);
    ASSERT_GT(rows.size(), 12u);

    PeriodLineChart* days = view.daysChart();
    ASSERT_EQ(days->periodLabels().size(), static_cast<int>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(days->periodLabels()[static_cast<int>(i)], periodLabel(rows[i].cohort, PeriodUnit::Month));
    expectSame(days->plottedValues(QStringLiteral("Days to onboard")),
               column(rows, &metrics::OnboardingRow::daysToOnboardAvg), "days to onboard");
    for (const auto& m : in.checklist) {
        std::vector<std::optional<double>> expected;
        for (const auto& row : rows)
            expected.push_back(row.daysToMilestoneAvg.at(m.name));
        expectSame(days->plottedValues(m.name), expected, m.name.toUtf8().constData());
    }
    expectSame(view.interactionsChart()->plottedValues(QStringLiteral("Interactions during onboarding")),
               column(rows, &metrics::OnboardingRow::interactionsAvg), "interactions");
    // The latest cohorts have not finished onboarding: their average is a gap, not a zero.
    EXPECT_FALSE(rows.back().daysToOnboardAvg.has_value());
    EXPECT_FALSE(days->plottedValues(QStringLiteral("Days to onboard")).back().has_value());
}

TEST_F(OnboardingViewTest, DoubleClickingAnAccountRequestsIt) {
    OnboardingView view;
    ASSERT_TRUE(refresh(view, t.path));
    view.resize(1200, 760);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QTableView* table = view.accountsTable();
    ASSERT_GT(table->model()->rowCount(), 0);
    QSignalSpy requested(&view, &ScopedView::accountRequested);
    const QModelIndex index = table->model()->index(0, OnboardingView::Name);
    const QString key = table->model()->index(0, OnboardingView::Customer).data().toString();
    const QRect cell = table->visualRect(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.first().first().toString(), key);
}

TEST_F(OnboardingViewTest, EditingTheChecklistIsSavedAndRecomputed) {
    OnboardingView view;
    ASSERT_TRUE(refresh(view, t.path));
    QStandardItemModel* checklist = view.checklistModel();
    ASSERT_EQ(checklist->rowCount(), 4);
    const int overdueBefore = [&] {
        int n = 0;
        for (int row = 0; row < view.accountsModel()->rowCount(); ++row)
            n += view.accountsModel()->index(row, OnboardingView::Overdue).data().toString() !=
                 QStringLiteral("—");
        return n;
    }();

    // Change "Training completed" from 30 to 120 days: it is saved, and fewer accounts are late.
    QSignalSpy refreshed(&view, &ScopedView::refreshed);
    ASSERT_TRUE(checklist->setData(checklist->index(3, OnboardingView::DueDays), 120, Qt::EditRole));
    const auto storedOffset = [&] {
        const auto stored = store::loadChecklistTemplate(*t.store);
        return stored && stored.value().size() == 4 ? stored.value()[3].offsetDays : -1;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return storedOffset() == 120; }, 30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() >= 2 && !view.isBusy(); }, 60000));
    EXPECT_EQ(checklist->index(3, OnboardingView::DueDays).data().toInt(), 120);
    int overdueAfter = 0;
    for (int row = 0; row < view.accountsModel()->rowCount(); ++row)
        overdueAfter += view.accountsModel()->index(row, OnboardingView::Overdue).data().toString() !=
                        QStringLiteral("—");
    EXPECT_LE(overdueAfter, overdueBefore);

    // Rename in place.
    refreshed.clear();
    ASSERT_TRUE(
        checklist->setData(checklist->index(0, OnboardingView::Milestone), QStringLiteral("Data imported")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto stored = store::loadChecklistTemplate(*t.store);
            return stored && stored.value()[0].name == QStringLiteral("Data imported");
        },
        30000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() >= 2 && !view.isBusy(); }, 60000));
    EXPECT_TRUE(view.daysChart()->lineNames().contains(QStringLiteral("Data imported")));

    // Add, then remove the added milestone.
    auto* add = view.findChild<QPushButton*>(QStringLiteral("addMilestone"));
    auto* remove = view.findChild<QPushButton*>(QStringLiteral("removeMilestone"));
    ASSERT_TRUE(add && remove);
    refreshed.clear();
    add->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->rowCount() == 5; }, 30000));
    EXPECT_EQ(checklist->index(4, OnboardingView::Milestone).data().toString(),
              QStringLiteral("New milestone"));
    EXPECT_EQ(store::loadChecklistTemplate(*t.store).value().size(), 5u);
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() >= 2 && !view.isBusy(); }, 60000));
    auto* table = view.findChild<QTableView*>(QStringLiteral("onboardingChecklist"));
    ASSERT_TRUE(table);
    table->setCurrentIndex(checklist->index(4, OnboardingView::Milestone));
    refreshed.clear();
    remove->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->rowCount() == 4; }, 30000));
    EXPECT_EQ(store::loadChecklistTemplate(*t.store).value().size(), 4u);

    // A refused edit (a negative offset cannot be typed; a duplicate name can) is shown and undone.
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() >= 2 && !view.isBusy(); }, 60000));
    ASSERT_TRUE(
        checklist->setData(checklist->index(1, OnboardingView::Milestone), QStringLiteral("Data imported")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return checklist->index(1, OnboardingView::Milestone).data().toString() ==
                   QStringLiteral("Technical setup verified");
        },
        30000));
    auto* problem = view.findChild<QLabel*>(QStringLiteral("problem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->text().contains(QStringLiteral("already has a milestone")))
        << problem->text().toStdString();
}

// Checklist edits are steps of the window's undo stack: undo puts the store back (a removed
// milestone with its id, so the rename before it undoes too), redo applies them again.
TEST_F(OnboardingViewTest, ChecklistEditsUndoAndRedo) {
    QUndoStack undo;
    OnboardingView view;
    view.setUndoStack(&undo);
    ASSERT_TRUE(refresh(view, t.path));
    QStandardItemModel* checklist = view.checklistModel();
    ASSERT_EQ(checklist->rowCount(), 4);
    const auto stored = [&] { return store::loadChecklistTemplate(*t.store).value(); };
    const auto before = stored();
    const auto settled = [&] { return QTest::qWaitFor([&] { return !view.isBusy(); }, 60000); };

    ASSERT_TRUE(
        checklist->setData(checklist->index(1, OnboardingView::Milestone), QStringLiteral("Setup checked")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored()[1].name == QStringLiteral("Setup checked"); }, 30000));
    ASSERT_TRUE(settled());
    auto* table = view.findChild<QTableView*>(QStringLiteral("onboardingChecklist"));
    ASSERT_TRUE(table);
    table->setCurrentIndex(checklist->index(1, OnboardingView::Milestone));
    view.findChild<QPushButton*>(QStringLiteral("removeMilestone"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->rowCount() == 3; }, 30000));
    ASSERT_TRUE(settled());
    EXPECT_EQ(undo.count(), 2);

    undo.undo(); // the removal
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->rowCount() == 4; }, 30000));
    EXPECT_EQ(stored()[1].id, before[1].id);
    EXPECT_EQ(stored()[1].name, QStringLiteral("Setup checked"));
    ASSERT_TRUE(settled());
    undo.undo(); // the rename
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return checklist->index(1, OnboardingView::Milestone).data().toString() == before[1].name; },
        30000));
    ASSERT_TRUE(settled());
    const auto undone = stored();
    ASSERT_EQ(undone.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(undone[i].id, before[i].id);
        EXPECT_EQ(undone[i].name, before[i].name);
        EXPECT_EQ(undone[i].offsetDays, before[i].offsetDays);
    }

    undo.redo();
    undo.redo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->rowCount() == 3; }, 30000));
    ASSERT_TRUE(settled());
    EXPECT_EQ(stored().size(), 3u);
}

// Two edits of one cell before the view has read the first back: undoing the second restores
// the first's value, not the one the table showed before both.
TEST_F(OnboardingViewTest, UndoAfterTwoQuickEditsRestoresTheFirst) {
    QUndoStack undo;
    OnboardingView view;
    view.setUndoStack(&undo);
    ASSERT_TRUE(refresh(view, t.path));
    QStandardItemModel* checklist = view.checklistModel();
    const auto offset = [&] { return store::loadChecklistTemplate(*t.store).value()[3].offsetDays; };
    const int original = offset();
    ASSERT_TRUE(
        checklist->setData(checklist->index(3, OnboardingView::DueDays), original + 10, Qt::EditRole));
    ASSERT_TRUE(
        checklist->setData(checklist->index(3, OnboardingView::DueDays), original + 20, Qt::EditRole));
    EXPECT_EQ(offset(), original + 20);
    undo.undo();
    EXPECT_EQ(offset(), original + 10);
    undo.undo();
    EXPECT_EQ(offset(), original);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isBusy(); }, 60000));
}

TEST_F(OnboardingViewTest, Screenshot) {
    OnboardingView view;
    view.resize(1200, 760);
    view.show();
    ASSERT_TRUE(refresh(view, t.path));
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/onboardingview.png"));
    view.tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/onboardingview-trend.png"));
    view.tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/onboardingview-checklist.png"));
    SUCCEED();
}

// A signup period of the days chart lists its customers: those who completed onboarding are the
// numerator of its average, each with their days.
TEST_F(OnboardingViewTest, ClickingATrendPeriodListsItsCustomers) {
    OnboardingView view;
    ASSERT_TRUE(refresh(view, t.path));
    const Inputs in = load(*t.store);
    const auto trend =
        metrics::onboardingByCohort(in.customers, in.milestones, in.checklist, PeriodUnit::Month);
    int index = -1;
    for (size_t i = 0; i < trend.size(); ++i)
        if (trend[i].completed > 0) index = static_cast<int>(i);
    ASSERT_GE(index, 0);
    const metrics::OnboardingRow& row = trend[static_cast<size_t>(index)];

    QSignalSpy shown(&view, &OnboardingView::explanationShown);
    Q_EMIT view.daysChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    ASSERT_NE(view.lastExplanation(), nullptr);
    const auto& listed = view.lastExplanation()->model()->rows();
    EXPECT_EQ(std::count_if(listed.begin(), listed.end(),
                            [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; }),
              row.completed);
    EXPECT_EQ(static_cast<int64_t>(listed.size()), row.customers);
    view.lastExplanation()->close();

    Q_EMIT view.interactionsChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_EQ(static_cast<int64_t>(view.lastExplanation()->model()->rows().size()), row.customers);
    view.lastExplanation()->close();
}
