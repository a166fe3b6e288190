// The task repository's edits and look-ups behind the "My tasks" panel: completing a task and
// opening it again (its undo), the owners a list can be for, and the account's name.
#include "model/dates.h"
#include "store/taskrepository.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <map>

using namespace tenure;

namespace {

class TaskRepository : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(t.store);
        ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, name, owner, signup_date) VALUES "
                                  "(1, 'A', 'Acme Ltd', 'alice', 19000), (2, 'B', NULL, NULL, 19000), "
                                  "(3, 'C', 'Cyan', 'Bob', 19000)"));
        std::vector<store::NewPlaybookTask> tasks;
        for (int64_t customer : {1, 2, 3})
            tasks.push_back({customer, QStringLiteral("Call"), QStringLiteral("o1"),
                             QStringLiteral("Call them"),
                             customer == 1   ? QStringLiteral("alice")
                             : customer == 3 ? QStringLiteral("Bob")
                                             : QString(),
                             daysFromCivil(2024, 7, 12)});
        const auto created = store::createPlaybookTasks(*t.store, tasks, 100);
        ASSERT_TRUE(created);
        ids = created.value();
    }
    QString status(int64_t id) const {
        return t.scalar(("SELECT status = 'open' FROM tasks WHERE id = " + std::to_string(id)).c_str())
                   ? QStringLiteral("open")
                   : QStringLiteral("closed");
    }
    int64_t doneAtOrMinusOne(int64_t id) const {
        return t.scalar(("SELECT coalesce(done_at, -1) FROM tasks WHERE id = " + std::to_string(id)).c_str());
    }
    test::TempStore t;
    std::vector<int64_t> ids;
};

TEST_F(TaskRepository, ReopenUndoesComplete) {
    const int64_t id = ids[0];
    ASSERT_TRUE(store::completeTask(*t.store, id, 500));
    EXPECT_EQ(status(id), QStringLiteral("closed"));
    EXPECT_EQ(doneAtOrMinusOne(id), 500);
    EXPECT_TRUE(store::loadTasks(*t.store, {QStringLiteral("alice"), QStringLiteral("open")})->empty());

    ASSERT_TRUE(store::reopenTask(*t.store, id));
    EXPECT_EQ(status(id), QStringLiteral("open"));
    EXPECT_EQ(doneAtOrMinusOne(id), -1);
    const auto open = store::loadTasks(*t.store, {QStringLiteral("alice"), QStringLiteral("open")});
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open.value()[0].id, id);
    EXPECT_FALSE(open.value()[0].doneAt);
    // Reopening an open task changes nothing and is no error; an unknown task is.
    EXPECT_TRUE(store::reopenTask(*t.store, id));
    EXPECT_FALSE(store::reopenTask(*t.store, 999));
}

TEST_F(TaskRepository, OwnersAreTheDistinctNamedOnesSortedWithoutCase) {
    const auto owners = store::loadTaskOwners(*t.store);
    ASSERT_TRUE(owners);
    EXPECT_EQ(owners.value(), (std::vector<QString>{QStringLiteral("alice"), QStringLiteral("Bob")}));
}

TEST_F(TaskRepository, TasksCarryTheAccountsKeyAndName) {
    const auto all = store::loadTasks(*t.store, {std::nullopt, QString()});
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3u);
    std::map<QString, QString> names;
    for (const store::TaskRow& row : all.value())
        names[row.customerKey] = row.customerName;
    EXPECT_EQ(names, (std::map<QString, QString>{{QStringLiteral("A"), QStringLiteral("Acme Ltd")},
                                                 {QStringLiteral("B"), QString()},
                                                 {QStringLiteral("C"), QStringLiteral("Cyan")}}));
}

} // namespace

namespace {

TEST(TaskSource, PlaybookNameComesBackFromTheSource) {
    EXPECT_EQ(store::playbookOfTaskSource(store::playbookTaskSource(QStringLiteral("Detractor follow-up"), 42,
                                                                    QStringLiteral("nps-2024-07-08"))),
              QStringLiteral("Detractor follow-up"));
    EXPECT_EQ(store::playbookOfTaskSource(
                  store::playbookTaskSource(QStringLiteral("Renewal: 90 days"), 7, QStringLiteral("r1"))),
              QStringLiteral("Renewal: 90 days"));
    EXPECT_TRUE(store::playbookOfTaskSource(QString()).isEmpty());
    EXPECT_TRUE(store::playbookOfTaskSource(QStringLiteral("manual")).isEmpty());
    EXPECT_TRUE(store::playbookOfTaskSource(QStringLiteral("playbook:broken")).isEmpty());
}

} // namespace
