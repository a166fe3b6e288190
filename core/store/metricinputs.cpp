#include "metricinputs.h"

#include "segmentrepository.h"
#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <QStringList>

#include <algorithm>

#include <string>

namespace tenure::store {

namespace {

// Customer fields a report may group by; anything else is looked up as a custom attribute.
const QStringList groupableFields{QStringLiteral("segment"), QStringLiteral("plan"), QStringLiteral("owner"),
                                  QStringLiteral("region"), QStringLiteral("company")};

template <typename T> Expected<std::vector<T>> failure(const Statement& s) {
    return Expected<std::vector<T>>::failure(s.error());
}

template <typename T> Expected<std::vector<T>> failure(const QString& message) {
    return Expected<std::vector<T>>::failure(message);
}

Status stepAll(sqlite3* db, const char* sql) {
    Statement q(db, sql);
    if (!q.valid() || q.step() != SQLITE_DONE) return Status::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

// The members of a saved segment in temp.filter_members on this connection. They are evaluated
// again only when the name, a commit of another connection (PRAGMA data_version) or a change made
// through this one (sqlite3_total_changes64) says they may differ, so a report's loaders share
// one evaluation. temp.filter_state remembers what the table holds.
Status fillFilterMembers(Store& store, const metrics::SegmentDefinition& segment) {
    sqlite3* db = store.handle();
    for (const char* sql : {"CREATE TEMP TABLE IF NOT EXISTS filter_members(id INTEGER PRIMARY KEY)",
                            "CREATE TEMP TABLE IF NOT EXISTS filter_state(name TEXT, data_version INTEGER, "
                            "changes INTEGER)"})
        if (Status s = stepAll(db, sql); !s) return s;
    Statement version(db, "PRAGMA data_version");
    if (!version.valid() || version.step() != SQLITE_ROW) return Status::failure(version.error());
    const int64_t dataVersion = version.int64(0);
    {
        Statement state(db, "SELECT name, data_version, changes FROM temp.filter_state");
        if (!state.valid()) return Status::failure(state.error());
        if (state.step() == SQLITE_ROW && state.qtext(0) == segment.name && state.int64(1) == dataVersion &&
            state.int64(2) == sqlite3_total_changes64(db))
            return {};
    }
    const auto members = evaluateSegment(store, segment);
    if (!members) return Status::failure(members.error());
    if (Status s = stepAll(db, "SAVEPOINT filter_members"); !s) return s;
    const auto fail = [db](const QString& error) {
        stepAll(db, "ROLLBACK TO filter_members");
        stepAll(db, "RELEASE filter_members");
        return Status::failure(error);
    };
    for (const char* sql : {"DELETE FROM temp.filter_members", "DELETE FROM temp.filter_state"})
        if (Status s = stepAll(db, sql); !s) return fail(s.error());
    Statement insert(db, "INSERT INTO temp.filter_members(id) VALUES (?)");
    if (!insert.valid()) return fail(insert.error());
    for (int64_t id : members.value()) {
        insert.bind(1, id);
        if (insert.step() != SQLITE_DONE) return fail(insert.error());
        insert.reset();
    }
    // The state row is one more change: it records the count as it is after its own insert.
    Statement remember(db, "INSERT INTO temp.filter_state(name, data_version, changes) VALUES (?, ?, ?)");
    if (!remember.valid()) return fail(remember.error());
    remember.bindCopy(1, segment.name);
    remember.bind(2, dataVersion);
    remember.bind(3, static_cast<int64_t>(sqlite3_total_changes64(db) + 1));
    if (remember.step() != SQLITE_DONE) return fail(remember.error());
    return stepAll(db, "RELEASE filter_members");
}

} // namespace

std::string FilterCondition::andClause() const {
    return sql.empty() ? std::string() : " AND " + sql;
}

void FilterCondition::bind(Statement& statement, int index) const {
    if (bindsValue) statement.bindCopy(index, value);
}

Expected<FilterCondition> customerFilterCondition(Store& store, const CustomerFilter& filter,
                                                  const char* alias) {
    FilterCondition condition;
    if (filter.segment.isEmpty()) return condition;
    const Expected<std::optional<metrics::SegmentDefinition>> saved =
        filter.segmentValue ? std::optional<metrics::SegmentDefinition>()
                            : findSavedSegment(store, filter.segment);
    if (!saved) return Expected<FilterCondition>::failure(saved.error());
    if (saved.value()) {
        if (Status s = fillFilterMembers(store, *saved.value()); !s)
            return Expected<FilterCondition>::failure(s.error());
        condition.sql = std::string(alias) + ".id IN (SELECT id FROM temp.filter_members)";
        return condition;
    }
    condition.sql = std::string(alias) + ".segment = ?";
    condition.value = filter.segment;
    condition.bindsValue = true;
    return condition;
}

Expected<std::vector<metrics::SnapshotCustomer>> loadSnapshot(Store& store, const QString& groupBy,
                                                              const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::SnapshotCustomer>(scope.error());
    std::string sql;
    const bool field = groupableFields.contains(groupBy);
    if (groupBy.isEmpty())
        sql = "SELECT c.id, c.churned, NULL FROM customers c WHERE 1";
    else if (field) // the column name comes from our list, never from the user's text
        sql = "SELECT c.id, c.churned, c." + groupBy.toStdString() + " FROM customers c WHERE 1";
    else
        sql = "SELECT c.id, c.churned, a.value FROM customers c LEFT JOIN customer_attributes a "
              "ON a.customer = c.id AND a.name = ? WHERE 1";
    sql += scope->andClause();
    Statement q(store.handle(), sql);
    if (!q.valid()) return failure<metrics::SnapshotCustomer>(q);
    int index = 1;
    if (!groupBy.isEmpty() && !field) q.bindCopy(index++, groupBy);
    scope->bind(q, index);
    std::vector<metrics::SnapshotCustomer> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.isNull(1) ? -1 : static_cast<int>(q.int64(1)), q.qtext(2)});
    if (rc != SQLITE_DONE) return failure<metrics::SnapshotCustomer>(q);
    return out;
}

Expected<std::vector<metrics::NpsAnswer>> loadNpsAnswers(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::NpsAnswer>(scope.error());
    Statement q(store.handle(), "SELECT n.customer, n.responded_at, n.score FROM nps n JOIN customers c "
                                "ON c.id = n.customer WHERE 1" +
                                    scope->andClause());
    if (!q.valid()) return failure<metrics::NpsAnswer>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::NpsAnswer> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), clock.localDay(q.int64(1)), static_cast<int>(q.int64(2))});
    if (rc != SQLITE_DONE) return failure<metrics::NpsAnswer>(q);
    return out;
}

Expected<std::vector<metrics::CsatRating>> loadCsatRatings(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::CsatRating>(scope.error());
    const std::string join = filter.segment.isEmpty() ? " LEFT JOIN customers c ON c.id = t.customer"
                                                      : " JOIN customers c ON c.id = t.customer";
    Statement q(store.handle(),
                "SELECT coalesce(t.customer, 0), coalesce(t.resolved_at, t.created_at), t.csat "
                "FROM tickets t" +
                    join + " WHERE t.csat IS NOT NULL" + scope->andClause());
    if (!q.valid()) return failure<metrics::CsatRating>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::CsatRating> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), clock.localDay(q.int64(1)), static_cast<int>(q.int64(2))});
    if (rc != SQLITE_DONE) return failure<metrics::CsatRating>(q);
    return out;
}

Expected<std::vector<metrics::CohortMember>> loadCohortMembers(Store& store, CohortBasis basis,
                                                               const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::CohortMember>(scope.error());
    const std::string sql =
        basis == CohortBasis::Signup
            ? "SELECT c.id, c.signup_date, c.churn_date FROM customers c WHERE c.signup_date IS NOT NULL" +
                  scope->andClause()
            : "SELECT o.customer, min(o.ordered_at), NULL FROM orders o JOIN customers c ON c.id = "
              "o.customer "
              "WHERE 1" +
                  scope->andClause() + " GROUP BY o.customer";
    Statement q(store.handle(), sql);
    if (!q.valid()) return failure<metrics::CohortMember>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::CohortMember> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const int64_t first = basis == CohortBasis::Signup ? q.int64(1) : clock.localDay(q.int64(1));
        out.push_back({q.int64(0), first, q.isNull(2) ? metrics::noDay : q.int64(2)});
    }
    if (rc != SQLITE_DONE) return failure<metrics::CohortMember>(q);
    return out;
}

Expected<std::vector<metrics::Activity>> loadActivities(Store& store, ActivitySource source,
                                                        const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::Activity>(scope.error());
    const bool segment = !filter.segment.isEmpty();
    std::string sql = source == ActivitySource::Orders
                          ? "SELECT a.customer, a.ordered_at, coalesce(a.amount, 0) FROM orders a"
                      : source == ActivitySource::Events
                          ? "SELECT a.customer, a.occurred_at, 0 FROM events a"
                          : "SELECT a.customer, a.occurred_at, 0 FROM interactions a";
    if (segment) sql += " JOIN customers c ON c.id = a.customer WHERE " + scope->sql;
    Statement q(store.handle(), sql);
    if (!q.valid()) return failure<metrics::Activity>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::Activity> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), clock.localDay(q.int64(1)), q.real(2)});
    if (rc != SQLITE_DONE) return failure<metrics::Activity>(q);
    return out;
}

std::vector<int64_t> periodEndInstants(Store& store, const std::vector<Period>& periods) {
    LocalClock clock(store.timeZone());
    std::vector<int64_t> ends;
    ends.reserve(periods.size());
    for (const Period& p : periods)
        ends.push_back(clock.toEpoch(p.end, 0));
    return ends;
}

Expected<std::vector<metrics::Subscription>> loadSubscriptions(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::Subscription>(scope.error());
    Statement q(store.handle(),
                "SELECT s.customer, s.started_at, s.ended_at, coalesce(s.mrr, 0) FROM subscriptions s "
                "JOIN customers c ON c.id = s.customer WHERE 1" +
                    scope->andClause());
    if (!q.valid()) return failure<metrics::Subscription>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::Subscription> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), clock.localDay(q.int64(1)),
                       q.isNull(2) ? metrics::noDay : clock.localDay(q.int64(2)), q.real(3)});
    if (rc != SQLITE_DONE) return failure<metrics::Subscription>(q);
    return out;
}

Expected<std::vector<ExitSurvey>> loadExitSurveys(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<ExitSurvey>(scope.error());
    Statement q(store.handle(),
                "SELECT f.customer, f.created_at, f.category FROM feedback f JOIN customers c "
                "ON c.id = f.customer WHERE lower(f.kind) = 'exit_survey'" +
                    scope->andClause());
    if (!q.valid()) return failure<ExitSurvey>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<ExitSurvey> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(
            {q.int64(0), clock.localDay(q.int64(1)), q.isNull(2) ? QString() : q.qtext(2).trimmed()});
    if (rc != SQLITE_DONE) return failure<ExitSurvey>(q);
    return out;
}

Expected<std::vector<metrics::MilestoneTemplate>> loadChecklist(Store& store) {
    Statement q(store.handle(),
                "SELECT name, offset_days, required FROM checklist_milestones "
                "WHERE template = (SELECT min(id) FROM checklist_templates) ORDER BY position");
    if (!q.valid()) return failure<metrics::MilestoneTemplate>(q);
    std::vector<metrics::MilestoneTemplate> out;
    while (q.step() == SQLITE_ROW)
        out.push_back({q.qtext(0), static_cast<int>(q.int64(1)), q.int64(2) != 0});
    return out;
}

Expected<std::vector<metrics::OnboardingCustomer>> loadOnboardingCustomers(Store& store,
                                                                           const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::OnboardingCustomer>(scope.error());
    Statement q(store.handle(),
                "SELECT c.id, c.signup_date, c.churn_date FROM customers c WHERE c.signup_date IS NOT NULL" +
                    scope->andClause());
    if (!q.valid()) return failure<metrics::OnboardingCustomer>(q);
    scope->bind(q, 1);
    std::vector<metrics::OnboardingCustomer> out;
    while (q.step() == SQLITE_ROW)
        out.push_back({q.int64(0), q.int64(1), q.isNull(2) ? metrics::noDay : q.int64(2), 0});
    return out;
}

Expected<std::vector<metrics::MilestoneState>> loadMilestones(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::MilestoneState>(scope.error());
    Statement q(store.handle(),
                "SELECT o.customer, o.milestone, o.due_date, o.completed_at FROM onboarding o "
                "JOIN customers c ON c.id = o.customer WHERE 1" +
                    scope->andClause());
    if (!q.valid()) return failure<metrics::MilestoneState>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::MilestoneState> out;
    // A checklist has a handful of names over millions of rows: each name is decoded once and
    // shared (QString is implicitly shared), not allocated per row.
    std::vector<std::pair<std::string, QString>> names;
    while (q.step() == SQLITE_ROW) {
        const std::string_view raw = q.text(1);
        auto name = std::find_if(names.begin(), names.end(), [raw](const auto& n) { return n.first == raw; });
        if (name == names.end()) name = names.insert(names.end(), {std::string(raw), q.qtext(1)});
        out.push_back({q.int64(0), name->second, q.isNull(2) ? metrics::noDay : q.int64(2),
                       q.isNull(3) ? metrics::noDay : clock.localDay(q.int64(3))});
    }
    return out;
}

metrics::LedgerReason ledgerReason(std::string_view text) {
    using R = metrics::LedgerReason;
    // The canonical spellings without a QString per row; anything else the slow way.
    if (text == "purchase") return R::Purchase;
    if (text == "redeem") return R::Redeem;
    if (text == "referral") return R::Referral;
    if (text == "review") return R::Review;
    if (text == "social") return R::Social;
    if (text == "adjust") return R::Adjust;
    if (text.empty()) return R::Other;
    return metrics::ledgerReasonFromName(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

Expected<std::vector<metrics::LedgerEntry>> loadLedger(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<metrics::LedgerEntry>(scope.error());
    Statement q(store.handle(), "SELECT l.customer, l.occurred_at, l.points, l.reason FROM loyalty l "
                                "JOIN customers c ON c.id = l.customer WHERE 1" +
                                    scope->andClause());
    if (!q.valid()) return failure<metrics::LedgerEntry>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::LedgerEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), clock.localDay(q.int64(1)), q.int64(2), ledgerReason(q.text(3))});
    if (rc != SQLITE_DONE) return failure<metrics::LedgerEntry>(q);
    return out;
}

Expected<std::vector<NpsResponse>> loadNpsResponses(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<NpsResponse>(scope.error());
    Statement q(store.handle(),
                "SELECT n.customer, n.responded_at, n.score, c.customer_key, coalesce(n.comment, '') "
                "FROM nps n JOIN customers c ON c.id = n.customer WHERE 1" +
                    scope->andClause() + " ORDER BY n.responded_at, n.customer");
    if (!q.valid()) return failure<NpsResponse>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<NpsResponse> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(
            {{q.int64(0), clock.localDay(q.int64(1)), static_cast<int>(q.int64(2))}, q.qtext(3), q.qtext(4)});
    if (rc != SQLITE_DONE) return failure<NpsResponse>(q);
    return out;
}

Expected<std::vector<FeedbackEntry>> loadFeedback(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<FeedbackEntry>(scope.error());
    Statement q(store.handle(),
                "SELECT c.customer_key, f.created_at, f.kind, coalesce(f.category, ''), coalesce(f.text, '') "
                "FROM feedback f JOIN customers c ON c.id = f.customer WHERE 1" +
                    scope->andClause() + " ORDER BY f.created_at DESC, c.customer_key");
    if (!q.valid()) return failure<FeedbackEntry>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<FeedbackEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.qtext(0), clock.localDay(q.int64(1)), q.qtext(2), q.qtext(3), q.qtext(4)});
    if (rc != SQLITE_DONE) return failure<FeedbackEntry>(q);
    return out;
}

Expected<std::vector<WowTicket>> loadWowTickets(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return failure<WowTicket>(scope.error());
    const std::string join = filter.segment.isEmpty() ? " LEFT JOIN customers c ON c.id = t.customer"
                                                      : " JOIN customers c ON c.id = t.customer";
    Statement q(store.handle(),
                "SELECT t.ticket_key, coalesce(c.customer_key, ''), t.created_at, coalesce(t.channel, ''), "
                "coalesce(t.agent, ''), t.wow_note FROM tickets t" +
                    join + " WHERE t.wow_note IS NOT NULL AND t.wow_note <> ''" + scope->andClause() +
                    " ORDER BY t.created_at DESC, t.ticket_key");
    if (!q.valid()) return failure<WowTicket>(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<WowTicket> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const int64_t at = q.int64(2);
        out.push_back({q.qtext(0), q.qtext(1), at, clock.localDay(at), q.qtext(3), q.qtext(4), q.qtext(5)});
    }
    if (rc != SQLITE_DONE) return failure<WowTicket>(q);
    return out;
}

Expected<LastActivity> loadLastActivity(Store& store, const CustomerFilter& filter) {
    using Result = Expected<LastActivity>;
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Result::failure(scope.error());
    const std::string segment = filter.segment.isEmpty() ? std::string() : " WHERE " + scope->sql;
    const std::string join =
        filter.segment.isEmpty() ? std::string() : std::string(" JOIN customers c ON c.id = x.customer");
    const std::string queries[] = {
        "SELECT max(signup_date), max(churn_date) FROM customers c" + segment,
        "SELECT max(x.created_at) FROM tickets x" + join + segment,
        "SELECT max(x.responded_at) FROM nps x" + join + segment,
    };
    int64_t values[3] = {metrics::noDay, metrics::noTime, metrics::noTime};
    for (int i = 0; i < 3; ++i) {
        Statement q(store.handle(), queries[i]);
        if (!q.valid()) return Result::failure(q.error());
        scope->bind(q, 1);
        if (q.step() != SQLITE_ROW) continue;
        if (!q.isNull(0)) values[i] = q.int64(0);
        if (i == 0 && !q.isNull(1)) values[0] = std::max(values[0], q.int64(1));
    }
    LocalClock clock(store.timeZone());
    LastActivity last;
    last.lastDay = values[0];
    last.latestTicket = values[1];
    if (values[1] != metrics::noTime) last.lastDay = std::max(last.lastDay, clock.localDay(values[1]));
    if (values[2] != metrics::noTime) last.lastDay = std::max(last.lastDay, clock.localDay(values[2]));
    return last;
}

// Customer key and name for each id, in the order of `ids` (empty for an unknown id). A few ids
// are looked up one by one; many (an explanation of a million-customer figure) are merged with
// one sequential scan of the table, since a million indexed look-ups cost a file lock and a
// B-tree descent each.
Expected<std::vector<CustomerLabel>> loadCustomerLabels(Store& store, const std::vector<int64_t>& ids) {
    std::vector<CustomerLabel> out(ids.size());
    constexpr size_t scanFrom = 2000;
    if (ids.size() < scanFrom) {
        Statement q(store.handle(), "SELECT customer_key, coalesce(name, '') FROM customers WHERE id = ?");
        if (!q.valid()) return failure<CustomerLabel>(q);
        for (size_t i = 0; i < ids.size(); ++i) {
            q.bind(1, ids[i]);
            if (q.step() == SQLITE_ROW) out[i] = {q.qtext(0), q.qtext(1)};
            q.reset();
        }
        return out;
    }
    std::vector<std::pair<int64_t, size_t>> wanted;
    wanted.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        wanted.emplace_back(ids[i], i);
    std::sort(wanted.begin(), wanted.end());
    Statement q(store.handle(), "SELECT id, customer_key, coalesce(name, '') FROM customers ORDER BY id");
    if (!q.valid()) return failure<CustomerLabel>(q);
    size_t next = 0;
    while (next < wanted.size() && q.step() == SQLITE_ROW) {
        const int64_t id = q.int64(0);
        while (next < wanted.size() && wanted[next].first < id)
            ++next;
        if (next == wanted.size() || wanted[next].first != id) continue;
        const CustomerLabel label{q.qtext(1), q.qtext(2)};
        for (; next < wanted.size() && wanted[next].first == id; ++next)
            out[wanted[next].second] = label;
    }
    return out;
}

Expected<std::vector<QString>> loadCustomerKeys(Store& store, const std::vector<int64_t>& ids) {
    auto labels = loadCustomerLabels(store, ids);
    if (!labels) return Expected<std::vector<QString>>::failure(labels.error());
    std::vector<QString> keys;
    keys.reserve(ids.size());
    for (CustomerLabel& label : labels.value())
        keys.push_back(std::move(label.key));
    return keys;
}

} // namespace tenure::store
