#pragma once

#include "model/expected.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {

class Store;

// Tasks for account owners (table `tasks`): created by playbooks or by hand, closed by a person.
struct TaskRow {
    int64_t id = 0;
    int64_t customer = 0;
    QString customerKey;
    QString customerName; // customers.name; empty when the store has none
    QString title;
    QString owner;                 // empty: unassigned
    std::optional<int64_t> dueDay; // local day
    QString status;                // open, done or dismissed
    QString source;                // "playbook:NAME:CUSTOMER:OCCURRENCE" for playbook tasks
    int64_t createdAt = 0;         // epoch seconds
    std::optional<int64_t> doneAt; // epoch seconds
};

struct TaskFilter {
    std::optional<QString> owner; // nullopt: every owner
    QString status;               // open, done, dismissed, or empty for all
};
// Open tasks first, then by due day (no due day last), then by id.
Expected<std::vector<TaskRow>> loadTasks(Store& store, const TaskFilter& filter);

// Marks a task done at `doneAt`; fails when there is no task with that id.
Status completeTask(Store& store, int64_t id, int64_t doneAt);
// Opens a task again (status open, no done time): the undo of completeTask. Fails when there
// is no task with that id.
Status reopenTask(Store& store, int64_t id);

// The distinct non-empty owners of any task, sorted: whom a "my tasks" list can be for.
Expected<std::vector<QString>> loadTaskOwners(Store& store);

// A task a playbook wants for an account's owner.
struct NewPlaybookTask {
    int64_t customer = 0;
    QString playbook;
    QString occurrence;
    QString title;
    QString owner;
    int64_t dueDay = 0;
};
// The task source of a playbook task, and the prefix shared by every occurrence of it.
QString playbookTaskSource(const QString& playbook, int64_t customer, const QString& occurrence);
QString playbookTaskPrefix(const QString& playbook, int64_t customer);
// The playbook's name in a task source made by playbookTaskSource; empty for any other source
// (a task made by hand has none).
QString playbookOfTaskSource(const QString& source);

// Creates the tasks in one transaction; returns, per task asked for, the new task's id or 0
// when none was created. De-duplication: no task is created while an open task of the same
// (playbook, customer) exists, nor when a task of the same occurrence exists in any status (a
// person who closed it has handled it). Open playbook tasks without an owner get the account's
// owner once it has one (answers imported before the customers file).
Expected<std::vector<int64_t>> createPlaybookTasks(Store& store, const std::vector<NewPlaybookTask>& tasks,
                                                   int64_t createdAt);

} // namespace tenure::store
