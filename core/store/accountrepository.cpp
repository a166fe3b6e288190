#include "accountrepository.h"

#include "model/localclock.h"
#include "statement.h"
#include "store.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace tenure::store {

namespace {

using Detail = AccountDetail;

int64_t orNone(const Statement& q, int column) {
    return q.isNull(column) ? Detail::noValue : q.int64(column);
}

Status stepOnce(Statement& q) {
    const int rc = q.step();
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? Status() : Status::failure(q.error());
}

QString scoreText(int score) {
    return QStringLiteral("NPS %1").arg(score);
}

// Each section reads its rows with one prepared statement bound to the customer's row id.
Status readCustomer(Store& store, const QString& key, Detail& d) {
    Statement q(store.handle(),
                "SELECT id, customer_key, name, email, company, segment, plan, owner, region, "
                "tags, churn_reason, signup_date, churn_date, renewal_date, mrr "
                "FROM customers WHERE customer_key = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, key);
    if (q.step() != SQLITE_ROW) return Status::failure(QStringLiteral("no customer with the id %1").arg(key));
    d.id = q.int64(0);
    d.key = q.qtext(1);
    d.name = q.qtext(2);
    d.email = q.qtext(3);
    d.company = q.qtext(4);
    d.segment = q.qtext(5);
    d.plan = q.qtext(6);
    d.owner = q.qtext(7);
    d.region = q.qtext(8);
    d.tags = q.qtext(9);
    d.churnReason = q.qtext(10);
    d.signupDay = orNone(q, 11);
    d.churnDay = orNone(q, 12);
    d.renewalDay = orNone(q, 13);
    if (!q.isNull(14)) d.mrr = q.real(14);
    return {};
}

Status readRows(Store& store, const char* sql, int64_t customer, const std::function<void(Statement&)>& row) {
    Statement q(store.handle(), sql);
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, customer);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        row(q);
    return rc == SQLITE_DONE ? Status() : Status::failure(q.error());
}

} // namespace

Expected<AccountDetail> loadAccount(Store& store, const QString& customerKey, int timelineLimit) {
    using Result = Expected<AccountDetail>;
    Detail d;
    if (Status s = readCustomer(store, customerKey, d); !s) return Result::failure(s.error());
    LocalClock clock(store.timeZone());
    d.timeZone = store.timeZone().id();
    const QLocale c = QLocale::c();
    auto add = [&d](int64_t at, const char* kind, QString text) {
        d.timeline.push_back({at, QString::fromLatin1(kind), std::move(text)});
    };
    if (d.signupDay != Detail::noValue)
        add(clock.toEpoch(d.signupDay, 0), "signup", QStringLiteral("Signed up"));
    if (d.churnDay != Detail::noValue)
        add(clock.toEpoch(d.churnDay, 0), "churn",
            d.churnReason.isEmpty() ? QStringLiteral("Churned")
                                    : QStringLiteral("Churned: ") + d.churnReason);

    const std::vector<std::pair<const char*, std::function<void(Statement&)>>> sections = {
        {"SELECT name, value FROM customer_attributes WHERE customer = ? ORDER BY name",
         [&](Statement& q) { d.attributes.emplace_back(q.qtext(0), q.qtext(1)); }},
        // Subscriptions: starts and ends (a customer who left and came back shows both).
        {"SELECT started_at, ended_at, plan, mrr FROM subscriptions WHERE customer = ? ORDER BY started_at",
         [&](Statement& q) {
             const QString plan = q.isNull(2) ? QString() : q.qtext(2) + QStringLiteral(", ");
             const QString mrr = q.isNull(3) ? QStringLiteral("MRR unknown")
                                             : QStringLiteral("MRR ") + c.toString(q.real(3), 'f', 2);
             add(q.int64(0), "subscription", QStringLiteral("Subscription started: ") + plan + mrr);
             if (!q.isNull(1))
                 add(q.int64(1), "subscription", QStringLiteral("Subscription ended: ") + plan + mrr);
         }},
        {"SELECT ordered_at, order_id, amount FROM orders WHERE customer = ? ORDER BY ordered_at DESC LIMIT "
         "1000",
         [&](Statement& q) {
             add(q.int64(0), "order",
                 QStringLiteral("Order %1: %2")
                     .arg(q.qtext(1), q.isNull(2) ? QString() : c.toString(q.real(2), 'f', 2)));
         }},
        {"SELECT occurred_at, kind, feature FROM events WHERE customer = ? ORDER BY occurred_at DESC LIMIT "
         "1000",
         [&](Statement& q) {
             add(q.int64(0), "event",
                 q.isNull(2) ? q.qtext(1) : q.qtext(1) + QStringLiteral(": ") + q.qtext(2));
         }},
        {"SELECT ticket_key, created_at, first_response_at, resolved_at, channel, priority, agent FROM "
         "tickets "
         "WHERE customer = ? ORDER BY created_at DESC",
         [&](Statement& q) {
             d.tickets.push_back(
                 {q.qtext(0), q.int64(1), orNone(q, 2), orNone(q, 3), q.qtext(4), q.qtext(5), q.qtext(6)});
             add(q.int64(1), "ticket",
                 QStringLiteral("Ticket %1 (%2, %3)").arg(q.qtext(0), q.qtext(4), q.qtext(5)));
         }},
        {"SELECT responded_at, score, comment FROM nps WHERE customer = ? ORDER BY responded_at DESC",
         [&](Statement& q) {
             d.nps.push_back({q.int64(0), static_cast<int>(q.int64(1)), q.qtext(2)});
             add(q.int64(0), "nps",
                 q.isNull(2) ? scoreText(static_cast<int>(q.int64(1)))
                             : scoreText(static_cast<int>(q.int64(1))) + QStringLiteral(": ") + q.qtext(2));
         }},
        {"SELECT created_at, kind, category, text FROM feedback WHERE customer = ? ORDER BY created_at DESC",
         [&](Statement& q) {
             add(q.int64(0), "feedback",
                 q.qtext(1) + QStringLiteral(" (") + q.qtext(2) + QStringLiteral("): ") + q.qtext(3));
         }},
        {"SELECT occurred_at, kind, note, owner FROM interactions WHERE customer = ? ORDER BY occurred_at "
         "DESC",
         [&](Statement& q) {
             d.interactions.push_back({q.int64(0), q.qtext(1), q.qtext(2), q.qtext(3)});
             add(q.int64(0), "interaction", q.qtext(1) + QStringLiteral(": ") + q.qtext(2));
         }},
        {"SELECT milestone, due_date, completed_at FROM onboarding WHERE customer = ? "
         "ORDER BY due_date IS NULL, due_date, milestone",
         [&](Statement& q) {
             d.checklist.push_back({q.qtext(0), orNone(q, 1), orNone(q, 2)});
             if (!q.isNull(2))
                 add(q.int64(2), "milestone", QStringLiteral("Milestone reached: ") + q.qtext(0));
         }},
        {"SELECT occurred_at, points, reason FROM loyalty WHERE customer = ? ORDER BY occurred_at DESC",
         [&](Statement& q) {
             d.loyaltyPoints += q.int64(1);
             add(q.int64(0), "points",
                 QStringLiteral("%1 points: %2").arg(c.toString(q.int64(1)), q.qtext(2)));
         }},
        {"SELECT id, created_at, text FROM notes WHERE customer = ? ORDER BY created_at DESC, id DESC",
         [&](Statement& q) {
             d.notes.push_back({q.int64(0), q.int64(1), q.qtext(2)});
             add(q.int64(1), "note", q.qtext(2));
         }},
        {"SELECT id, title, owner, status, due_date, done_at FROM tasks WHERE customer = ? "
         "ORDER BY status <> 'open', due_date IS NULL, due_date, id",
         [&](Statement& q) {
             d.tasks.push_back({q.int64(0), q.qtext(1), q.qtext(2), q.qtext(3), orNone(q, 4), orNone(q, 5)});
         }},
    };
    for (const auto& [sql, row] : sections)
        if (Status s = readRows(store, sql, d.id, row); !s) return Result::failure(s.error());

    std::stable_sort(
        d.timeline.begin(), d.timeline.end(),
        [](const Detail::TimelineItem& a, const Detail::TimelineItem& b) { return a.at > b.at; });
    if (timelineLimit >= 0 && d.timeline.size() > static_cast<size_t>(timelineLimit))
        d.timeline.resize(static_cast<size_t>(timelineLimit));
    return d;
}

Status setMilestoneCompleted(Store& store, int64_t customer, const QString& milestone,
                             std::optional<int64_t> completedAt) {
    Statement q(store.handle(),
                "UPDATE onboarding SET completed_at = ? WHERE customer = ? AND milestone = ?");
    if (!q.valid()) return Status::failure(q.error());
    if (completedAt)
        q.bind(1, *completedAt);
    else
        q.bindNull(1);
    q.bind(2, customer);
    q.bindCopy(3, milestone);
    return stepOnce(q);
}

Status setMilestoneDue(Store& store, int64_t customer, const QString& milestone,
                       std::optional<int64_t> dueDay) {
    Statement q(store.handle(), "UPDATE onboarding SET due_date = ? WHERE customer = ? AND milestone = ?");
    if (!q.valid()) return Status::failure(q.error());
    if (dueDay)
        q.bind(1, *dueDay);
    else
        q.bindNull(1);
    q.bind(2, customer);
    q.bindCopy(3, milestone);
    return stepOnce(q);
}

Expected<int64_t> addNote(Store& store, int64_t customer, int64_t createdAt, const QString& text) {
    Statement q(store.handle(), "INSERT INTO notes(customer, created_at, text) VALUES (?, ?, ?)");
    if (!q.valid()) return Expected<int64_t>::failure(q.error());
    q.bind(1, customer);
    q.bind(2, createdAt);
    q.bindCopy(3, text);
    if (Status s = stepOnce(q); !s) return Expected<int64_t>::failure(s.error());
    return static_cast<int64_t>(sqlite3_last_insert_rowid(store.handle()));
}

Status restoreNote(Store& store, int64_t customer, int64_t id, int64_t createdAt, const QString& text) {
    Statement q(store.handle(), "INSERT INTO notes(id, customer, created_at, text) VALUES (?, ?, ?, ?)");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, id);
    q.bind(2, customer);
    q.bind(3, createdAt);
    q.bindCopy(4, text);
    return stepOnce(q);
}

Status removeNote(Store& store, int64_t id) {
    Statement q(store.handle(), "DELETE FROM notes WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, id);
    return stepOnce(q);
}

Status setOwner(Store& store, int64_t customer, const QString& owner) {
    Statement q(store.handle(), "UPDATE customers SET owner = ? WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    if (owner.isEmpty())
        q.bindNull(1);
    else
        q.bindCopy(1, owner);
    q.bind(2, customer);
    return stepOnce(q);
}

Status setTaskStatus(Store& store, int64_t task, const QString& status, std::optional<int64_t> doneAt) {
    Statement q(store.handle(), "UPDATE tasks SET status = ?, done_at = ? WHERE id = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, status);
    if (doneAt)
        q.bind(2, *doneAt);
    else
        q.bindNull(2);
    q.bind(3, task);
    return stepOnce(q);
}

} // namespace tenure::store
