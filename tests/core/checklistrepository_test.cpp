#include "store/checklistrepository.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::store;

namespace {

QStringList names(const std::vector<ChecklistMilestone>& milestones) {
    QStringList out;
    for (const ChecklistMilestone& m : milestones)
        out.append(m.name);
    return out;
}

} // namespace

TEST(ChecklistRepository, LoadsTheStandardChecklistInOrder) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    const auto checklist = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(checklist) << checklist.error().toStdString();
    EXPECT_EQ(names(checklist.value()),
              (QStringList{QStringLiteral("Data migrated"), QStringLiteral("Technical setup verified"),
                           QStringLiteral("First key feature used"), QStringLiteral("Training completed")}));
    EXPECT_EQ(checklist.value()[0].offsetDays, 7);
    EXPECT_EQ(checklist.value()[3].offsetDays, 30);
    EXPECT_TRUE(checklist.value()[0].required);
}

TEST(ChecklistRepository, EditsAreWhatTheMetricsRead) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    auto before = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(before);
    const int64_t training = before.value()[3].id;
    const int64_t migrated = before.value()[0].id;

    ASSERT_TRUE(setChecklistMilestoneOffset(*t.store, training, 45));
    ASSERT_TRUE(renameChecklistMilestone(*t.store, migrated, QStringLiteral("  Data imported ")));
    const auto added = addChecklistMilestone(*t.store, QStringLiteral("Kick-off call"), 3);
    ASSERT_TRUE(added) << added.error().toStdString();
    ASSERT_TRUE(removeChecklistMilestone(*t.store, before.value()[1].id));

    const auto after = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(after);
    EXPECT_EQ(names(after.value()),
              (QStringList{QStringLiteral("Data imported"), QStringLiteral("First key feature used"),
                           QStringLiteral("Training completed"), QStringLiteral("Kick-off call")}));
    EXPECT_EQ(after.value()[2].offsetDays, 45);
    EXPECT_EQ(after.value()[3].id, added.value());
    EXPECT_EQ(after.value()[3].offsetDays, 3);

    // The loader of the onboarding metrics sees the same checklist.
    const auto forMetrics = loadChecklist(*t.store);
    ASSERT_TRUE(forMetrics);
    ASSERT_EQ(forMetrics.value().size(), 4u);
    EXPECT_EQ(forMetrics.value()[0].name, QStringLiteral("Data imported"));
    EXPECT_EQ(forMetrics.value()[2].offsetDays, 45);
    EXPECT_EQ(forMetrics.value()[3].name, QStringLiteral("Kick-off call"));
}

TEST(ChecklistRepository, RenamingCarriesTheCustomersMilestonesAlong) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, signup_date) VALUES (1, 'C1', 19000), "
                              "(2, 'C2', 19000);"
                              "INSERT INTO onboarding(customer, milestone, completed_at) VALUES "
                              "(1, 'Data migrated', 1641772800), (2, 'Data migrated', NULL), "
                              "(2, 'Data imported', 1641772800)"));
    const auto checklist = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(checklist);
    ASSERT_TRUE(renameChecklistMilestone(*t.store, checklist.value()[0].id, QStringLiteral("Data imported")));
    EXPECT_EQ(t.scalar("SELECT count(*) FROM onboarding WHERE milestone = 'Data imported'"), 2);
    // Customer 2 already had a row of the new name: the old one stays rather than replacing it.
    EXPECT_EQ(t.scalar("SELECT count(*) FROM onboarding WHERE milestone = 'Data migrated'"), 1);
}

TEST(ChecklistRepository, RefusesWhatTheChecklistCannotHold) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    const auto checklist = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(checklist);
    const int64_t first = checklist.value()[0].id;

    const auto duplicate = addChecklistMilestone(*t.store, QStringLiteral("Training completed"), 5);
    ASSERT_FALSE(duplicate);
    EXPECT_TRUE(duplicate.error().contains(QStringLiteral("already has a milestone")))
        << duplicate.error().toStdString();
    EXPECT_FALSE(renameChecklistMilestone(*t.store, first, QStringLiteral("Training completed")));
    EXPECT_FALSE(renameChecklistMilestone(*t.store, first, QStringLiteral("   ")));
    EXPECT_FALSE(addChecklistMilestone(*t.store, QString(), 5));
    EXPECT_FALSE(setChecklistMilestoneOffset(*t.store, first, -1));
    EXPECT_FALSE(setChecklistMilestoneOffset(*t.store, 9999, 10));
    EXPECT_FALSE(removeChecklistMilestone(*t.store, 9999));

    // Nothing changed.
    const auto after = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(after);
    EXPECT_EQ(names(after.value()), names(checklist.value()));
    EXPECT_EQ(after.value()[0].offsetDays, 7);
}

// Undo of a removal puts the milestone back where it was, with its id; redo of an addition
// appends it again with the id later edits name.
TEST(ChecklistRepository, ARemovedMilestoneComesBackInPlaceWithItsId) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    const auto before = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(before);
    const ChecklistMilestone second = before.value()[1];
    ASSERT_TRUE(removeChecklistMilestone(*t.store, second.id));
    ASSERT_TRUE(restoreChecklistMilestone(*t.store, second));
    const auto restored = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(restored);
    EXPECT_EQ(names(restored.value()), names(before.value()));
    EXPECT_EQ(restored.value()[1].id, second.id);
    EXPECT_EQ(restored.value()[1].offsetDays, second.offsetDays);
    // Still in the store: refused, and nothing changes.
    EXPECT_FALSE(restoreChecklistMilestone(*t.store, second));

    const auto added = addChecklistMilestone(*t.store, QStringLiteral("Kick-off call"), 3, false);
    ASSERT_TRUE(added);
    ASSERT_TRUE(removeChecklistMilestone(*t.store, added.value()));
    ASSERT_TRUE(
        restoreChecklistMilestone(*t.store, {added.value(), QStringLiteral("Kick-off call"), 3, false, 0}));
    const auto after = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), 5u);
    EXPECT_EQ(after.value()[4].id, added.value());
    EXPECT_FALSE(after.value()[4].required);
    ASSERT_TRUE(renameChecklistMilestone(*t.store, added.value(), QStringLiteral("Kick-off")));
}

// Undoing a rename moves back only the rows the rename moved: a customer who already had a row
// of the new name (history of an earlier milestone) keeps it under that name.
TEST(ChecklistRepository, UndoingARenameMovesBackOnlyTheRowsItMoved) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    const auto checklist = loadChecklistTemplate(*t.store);
    ASSERT_TRUE(checklist);
    const int64_t migrated = checklist.value()[0].id; // "Data migrated"
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, signup_date) VALUES (1, 'X', 19000), "
                              "(2, 'Y', 19000)"));
    ASSERT_TRUE(t.store->exec("INSERT INTO onboarding(customer, milestone, completed_at) VALUES "
                              "(1, 'Data migrated', 100), (1, 'Old step', 50), (2, 'Data migrated', 200)"));
    MilestoneRename forward;
    ASSERT_TRUE(renameChecklistMilestone(*t.store, migrated, QStringLiteral("Old step"), &forward));
    EXPECT_EQ(forward.moved, std::vector<int64_t>{2}); // X kept both rows
    EXPECT_EQ(t.scalar("SELECT count(*) FROM onboarding WHERE milestone = 'Old step'"), 2);

    MilestoneRename back;
    back.only = forward.moved;
    ASSERT_TRUE(renameChecklistMilestone(*t.store, migrated, QStringLiteral("Data migrated"), &back));
    EXPECT_EQ(t.scalar("SELECT completed_at FROM onboarding WHERE customer = 1 AND milestone = 'Old step'"),
              50);
    EXPECT_EQ(
        t.scalar("SELECT completed_at FROM onboarding WHERE customer = 1 AND milestone = 'Data migrated'"),
        100);
    EXPECT_EQ(
        t.scalar("SELECT completed_at FROM onboarding WHERE customer = 2 AND milestone = 'Data migrated'"),
        200);
    EXPECT_EQ(loadChecklistTemplate(*t.store).value()[0].name, QStringLiteral("Data migrated"));
}
