#include "taskrepository.h"

#include "statement.h"
#include "store.h"

namespace tenure::store {

namespace {

std::optional<int64_t> optionalInt(const Statement& q, int column) {
    return q.isNull(column) ? std::nullopt : std::optional<int64_t>(q.int64(column));
}

} // namespace

Expected<std::vector<TaskRow>> loadTasks(Store& store, const TaskFilter& filter) {
    using Result = Expected<std::vector<TaskRow>>;
    Statement q(
        store.handle(),
        "SELECT t.id, t.customer, c.customer_key, coalesce(c.name, ''), t.title, coalesce(t.owner, ''), "
        "t.due_date, t.status, coalesce(t.source, ''), t.created_at, t.done_at "
        "FROM tasks t JOIN customers c ON c.id = t.customer "
        "WHERE (?1 IS NULL OR coalesce(t.owner, '') = ?1) AND (?2 IS NULL OR t.status = ?2) "
        "ORDER BY t.status <> 'open', t.due_date IS NULL, t.due_date, t.id");
    if (!q.valid()) return Result::failure(q.error());
    if (filter.owner)
        q.bindCopy(1, *filter.owner);
    else
        q.bindNull(1);
    if (!filter.status.isEmpty())
        q.bindCopy(2, filter.status);
    else
        q.bindNull(2);
    std::vector<TaskRow> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.int64(1), q.qtext(2), q.qtext(3), q.qtext(4), q.qtext(5),
                       optionalInt(q, 6), q.qtext(7), q.qtext(8), q.int64(9), optionalInt(q, 10)});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Status completeTask(Store& store, int64_t id, int64_t doneAt) {
    Statement q(store.handle(), "UPDATE tasks SET status = 'done', done_at = ? WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, doneAt);
    q.bind(2, id);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    if (sqlite3_changes(store.handle()) == 0)
        return Status::failure(QStringLiteral("there is no task %1").arg(id));
    return {};
}

Status reopenTask(Store& store, int64_t id) {
    Statement q(store.handle(), "UPDATE tasks SET status = 'open', done_at = NULL WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, id);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    if (sqlite3_changes(store.handle()) == 0)
        return Status::failure(QStringLiteral("there is no task %1").arg(id));
    return {};
}

Expected<std::vector<QString>> loadTaskOwners(Store& store) {
    using Result = Expected<std::vector<QString>>;
    Statement q(store.handle(), "SELECT DISTINCT owner FROM tasks WHERE coalesce(owner, '') <> '' "
                                "ORDER BY owner COLLATE NOCASE, owner");
    if (!q.valid()) return Result::failure(q.error());
    std::vector<QString> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(q.qtext(0));
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

QString playbookTaskPrefix(const QString& playbook, int64_t customer) {
    return QStringLiteral("playbook:%1:%2:").arg(playbook).arg(customer);
}

QString playbookTaskSource(const QString& playbook, int64_t customer, const QString& occurrence) {
    return playbookTaskPrefix(playbook, customer) + occurrence;
}

QString playbookOfTaskSource(const QString& source) {
    static const QString prefix = QStringLiteral("playbook:");
    if (!source.startsWith(prefix)) return {};
    // The name may hold ':' itself; the customer id and the occurrence after it do not.
    const qsizetype occurrence = source.lastIndexOf(u':');
    const qsizetype customer = occurrence > 0 ? source.lastIndexOf(u':', occurrence - 1) : -1;
    if (customer < prefix.size()) return {};
    return source.mid(prefix.size(), customer - prefix.size());
}

Expected<std::vector<int64_t>> createPlaybookTasks(Store& store, const std::vector<NewPlaybookTask>& tasks,
                                                   int64_t createdAt) {
    using Result = Expected<std::vector<int64_t>>;
    Transaction transaction(store);
    if (!transaction.active()) return Result::failure(transaction.error());
    Statement owners(
        store.handle(),
        "UPDATE tasks SET owner = (SELECT c.owner FROM customers c WHERE c.id = tasks.customer) "
        "WHERE owner IS NULL AND status = 'open' AND substr(source, 1, 9) = 'playbook:' AND "
        "EXISTS (SELECT 1 FROM customers c WHERE c.id = tasks.customer AND coalesce(c.owner, '') <> '')");
    if (!owners.valid()) return Result::failure(owners.error());
    if (owners.step() != SQLITE_DONE) return Result::failure(owners.error());
    // The prefix is compared with substr(), not LIKE: a playbook's name may hold % or _.
    Statement exists(store.handle(),
                     "SELECT 1 FROM tasks WHERE customer = ?1 AND "
                     "((status = 'open' AND substr(source, 1, length(?2)) = ?2) OR source = ?3) LIMIT 1");
    Statement insert(store.handle(),
                     "INSERT INTO tasks(customer, title, owner, due_date, status, source, created_at) "
                     "VALUES (?, ?, ?, ?, 'open', ?, ?)");
    if (!exists.valid()) return Result::failure(exists.error());
    if (!insert.valid()) return Result::failure(insert.error());
    std::vector<int64_t> created(tasks.size(), 0);
    for (size_t i = 0; i < tasks.size(); ++i) {
        const NewPlaybookTask& t = tasks[i];
        const QString source = playbookTaskSource(t.playbook, t.customer, t.occurrence);
        exists.reset();
        exists.bind(1, t.customer);
        exists.bindCopy(2, playbookTaskPrefix(t.playbook, t.customer));
        exists.bindCopy(3, source);
        const int rc = exists.step();
        if (rc == SQLITE_ROW) continue;
        if (rc != SQLITE_DONE) return Result::failure(exists.error());
        insert.reset();
        insert.bind(1, t.customer);
        insert.bindCopy(2, t.title);
        if (t.owner.isEmpty())
            insert.bindNull(3);
        else
            insert.bindCopy(3, t.owner);
        insert.bind(4, t.dueDay);
        insert.bindCopy(5, source);
        insert.bind(6, createdAt);
        if (insert.step() != SQLITE_DONE) return Result::failure(insert.error());
        created[i] = static_cast<int64_t>(sqlite3_last_insert_rowid(store.handle()));
    }
    if (Status s = transaction.commit(); !s) return Result::failure(s.error());
    return created;
}

} // namespace tenure::store
