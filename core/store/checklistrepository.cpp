#include "checklistrepository.h"

#include "statement.h"
#include "store.h"

namespace tenure::store {

namespace {

Status checkName(const QString& name) {
    if (name.trimmed().isEmpty()) return Status::failure(QStringLiteral("a milestone needs a name"));
    return {};
}

Status checkOffset(int offsetDays) {
    if (offsetDays < 0)
        return Status::failure(
            QStringLiteral("a milestone's target is a number of days after signup (0 or more)"));
    return {};
}

// Runs a statement that returns no rows and must change exactly one row.
Status changeOne(Store& store, Statement& q) {
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    if (sqlite3_changes(store.handle()) != 1)
        return Status::failure(QStringLiteral("that milestone is no longer in the checklist"));
    return {};
}

QString uniqueNameError(const Statement& q, const QString& name) {
    const QString error = q.error();
    return error.contains(QStringLiteral("UNIQUE"))
               ? QStringLiteral("the checklist already has a milestone named \"%1\"").arg(name)
               : error;
}

} // namespace

Expected<std::vector<ChecklistMilestone>> loadChecklistTemplate(Store& store) {
    using Result = Expected<std::vector<ChecklistMilestone>>;
    Statement q(store.handle(),
                "SELECT id, name, offset_days, required, position FROM checklist_milestones "
                "WHERE template = (SELECT min(id) FROM checklist_templates) ORDER BY position, id");
    if (!q.valid()) return Result::failure(q.error());
    std::vector<ChecklistMilestone> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.qtext(1), static_cast<int>(q.int64(2)), q.int64(3) != 0,
                       static_cast<int>(q.int64(4))});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Expected<int64_t> addChecklistMilestone(Store& store, const QString& name, int offsetDays, bool required) {
    using Result = Expected<int64_t>;
    if (Status s = checkName(name); !s) return Result::failure(s.error());
    if (Status s = checkOffset(offsetDays); !s) return Result::failure(s.error());
    Transaction transaction(store);
    if (!transaction.active()) return Result::failure(transaction.error());
    // A store whose templates were all deleted gets the standard one back.
    if (Status s = store.exec(
            "INSERT OR IGNORE INTO checklist_templates(id, name) "
            "SELECT 1, 'Standard onboarding' WHERE NOT EXISTS (SELECT 1 FROM checklist_templates)");
        !s)
        return Result::failure(s.error());
    Statement q(store.handle(),
                "INSERT INTO checklist_milestones(template, position, name, offset_days, required) "
                "SELECT t.id, coalesce((SELECT max(position) FROM checklist_milestones WHERE template = "
                "t.id), 0) + 1, "
                "?, ?, ? FROM (SELECT min(id) AS id FROM checklist_templates) t");
    if (!q.valid()) return Result::failure(q.error());
    const QString trimmed = name.trimmed();
    q.bindCopy(1, trimmed);
    q.bind(2, static_cast<int64_t>(offsetDays));
    q.bind(3, static_cast<int64_t>(required ? 1 : 0));
    if (q.step() != SQLITE_DONE) return Result::failure(uniqueNameError(q, trimmed));
    const int64_t id = sqlite3_last_insert_rowid(store.handle());
    if (Status s = transaction.commit(); !s) return Result::failure(s.error());
    return id;
}

Status renameChecklistMilestone(Store& store, int64_t id, const QString& name, MilestoneRename* rename) {
    if (Status s = checkName(name); !s) return s;
    const QString trimmed = name.trimmed();
    Transaction transaction(store);
    if (!transaction.active()) return Status::failure(transaction.error());
    Statement old(store.handle(), "SELECT name FROM checklist_milestones WHERE id = ?");
    if (!old.valid()) return Status::failure(old.error());
    old.bind(1, id);
    if (old.step() != SQLITE_ROW)
        return Status::failure(QStringLiteral("that milestone is no longer in the checklist"));
    const QString oldName = old.qtext(0);
    if (oldName == trimmed) return {};

    Statement renameTemplate(store.handle(), "UPDATE checklist_milestones SET name = ? WHERE id = ?");
    if (!renameTemplate.valid()) return Status::failure(renameTemplate.error());
    renameTemplate.bindCopy(1, trimmed);
    renameTemplate.bind(2, id);
    if (renameTemplate.step() != SQLITE_DONE)
        return Status::failure(uniqueNameError(renameTemplate, trimmed));

    // The customers whose rows move: those named in `rename->only` (an undo or redo moves
    // exactly the rows the first rename moved), else every customer with a row of the old name
    // and none of the new.
    std::vector<int64_t> customers;
    if (rename && rename->only) {
        customers = *rename->only;
    } else {
        Statement movable(
            store.handle(),
            "SELECT o.customer FROM onboarding o WHERE o.milestone = ? AND NOT EXISTS (SELECT 1 "
            "FROM onboarding n WHERE n.customer = o.customer AND n.milestone = ?)");
        if (!movable.valid()) return Status::failure(movable.error());
        movable.bindCopy(1, oldName);
        movable.bindCopy(2, trimmed);
        int rc = SQLITE_ROW;
        while ((rc = movable.step()) == SQLITE_ROW)
            customers.push_back(movable.int64(0));
        if (rc != SQLITE_DONE) return Status::failure(movable.error());
    }
    Statement rows(store.handle(),
                   "UPDATE OR IGNORE onboarding SET milestone = ? WHERE milestone = ? AND customer = ?");
    if (!rows.valid()) return Status::failure(rows.error());
    std::vector<int64_t> moved;
    for (int64_t customer : customers) {
        rows.bindCopy(1, trimmed);
        rows.bindCopy(2, oldName);
        rows.bind(3, customer);
        if (rows.step() != SQLITE_DONE) return Status::failure(rows.error());
        if (sqlite3_changes(store.handle()) == 1) moved.push_back(customer);
        rows.reset();
    }
    if (Status s = transaction.commit(); !s) return s;
    if (rename) rename->moved = std::move(moved);
    return {};
}

Status setChecklistMilestoneOffset(Store& store, int64_t id, int offsetDays) {
    if (Status s = checkOffset(offsetDays); !s) return s;
    Statement q(store.handle(), "UPDATE checklist_milestones SET offset_days = ? WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, static_cast<int64_t>(offsetDays));
    q.bind(2, id);
    return changeOne(store, q);
}

Status removeChecklistMilestone(Store& store, int64_t id) {
    Statement q(store.handle(), "DELETE FROM checklist_milestones WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, id);
    return changeOne(store, q);
}

Status restoreChecklistMilestone(Store& store, const ChecklistMilestone& milestone) {
    if (Status s = checkName(milestone.name); !s) return s;
    if (Status s = checkOffset(milestone.offsetDays); !s) return s;
    Statement q(store.handle(),
                "INSERT INTO checklist_milestones(id, template, position, name, offset_days, required) "
                "SELECT ?, t.id, CASE WHEN ? > 0 THEN ? ELSE coalesce((SELECT max(position) FROM "
                "checklist_milestones WHERE template = t.id), 0) + 1 END, ?, ?, ? "
                "FROM (SELECT min(id) AS id FROM checklist_templates) t WHERE t.id IS NOT NULL");
    if (!q.valid()) return Status::failure(q.error());
    const QString name = milestone.name.trimmed();
    q.bind(1, milestone.id);
    q.bind(2, static_cast<int64_t>(milestone.position));
    q.bind(3, static_cast<int64_t>(milestone.position));
    q.bindCopy(4, name);
    q.bind(5, static_cast<int64_t>(milestone.offsetDays));
    q.bind(6, static_cast<int64_t>(milestone.required ? 1 : 0));
    if (q.step() != SQLITE_DONE) return Status::failure(uniqueNameError(q, name));
    if (sqlite3_changes(store.handle()) != 1)
        return Status::failure(
            QStringLiteral("the store has no onboarding checklist to put the milestone in"));
    return {};
}

} // namespace tenure::store
