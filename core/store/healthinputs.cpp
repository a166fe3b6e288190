#include "healthinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <string>
#include <unordered_map>

namespace tenure::store {

namespace {

using metrics::noDay;

// Small sets of names over millions of rows (features, segments): each is decoded once.
class NameTable final {
public:
    explicit NameTable(std::vector<QString>& names)
        : m_names(names) {}
    int32_t index(const Statement& q, int column) {
        if (q.isNull(column)) return -1;
        const std::string_view raw = q.text(column);
        if (m_lastKey && *m_lastKey == raw) return m_last;
        auto it = m_ids.find(std::string(raw));
        if (it == m_ids.end()) {
            it = m_ids.emplace(std::string(raw), static_cast<int32_t>(m_names.size())).first;
            m_names.push_back(q.qtext(column));
        }
        m_last = it->second;
        m_lastKey = &it->first;
        return m_last;
    }

private:
    std::vector<QString>& m_names;
    std::unordered_map<std::string, int32_t> m_ids;
    int32_t m_last = -1;
    const std::string* m_lastKey = nullptr; // node keys of an unordered_map stay put
};

// A saved segment or a segment value (metricinputs.h customerFilterCondition), as a join.
std::string joinSegment(const FilterCondition& scope, const char* table) {
    return scope.sql.empty()
               ? std::string()
               : std::string(" JOIN customers c ON c.id = ") + table + ".customer WHERE " + scope.sql;
}

Status loadAccounts(Store& store, const CustomerFilter& filter, HealthData& data) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Status::failure(scope.error());
    Statement q(store.handle(), std::string("SELECT id, customer_key, segment, signup_date, churn_date, "
                                            "renewal_date FROM customers c WHERE 1") +
                                    scope->andClause());
    if (!q.valid()) return Status::failure(q.error());
    scope->bind(q, 1);
    NameTable segments(data.inputs.segments);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto day = [&q](int c) { return q.isNull(c) ? noDay : q.int64(c); };
        data.inputs.accounts.push_back({q.int64(0), day(3), day(4), day(5), segments.index(q, 2)});
        data.customerKeys.push_back(q.qtext(1));
    }
    return rc == SQLITE_DONE ? Status() : Status::failure(q.error());
}

Status loadEvents(Store& store, const CustomerFilter& filter, LocalClock& clock, metrics::HealthInputs& in) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Status::failure(scope.error());
    Statement q(store.handle(), "SELECT e.customer, e.occurred_at, e.feature FROM events e" +
                                    joinSegment(scope.value(), "e"));
    if (!q.valid()) return Status::failure(q.error());
    scope->bind(q, 1);
    NameTable features(in.features);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        in.events.push_back(
            {q.int64(0), static_cast<int32_t>(clock.localDay(q.int64(1))), features.index(q, 2)});
    return rc == SQLITE_DONE ? Status() : Status::failure(q.error());
}

Status loadTickets(Store& store, const CustomerFilter& filter, LocalClock& clock, metrics::HealthInputs& in) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Status::failure(scope.error());
    Statement q(store.handle(), "SELECT t.customer, t.created_at, t.first_response_at, t.resolved_at "
                                "FROM tickets t" +
                                    (scope->sql.empty() ? std::string(" WHERE t.customer IS NOT NULL")
                                                        : joinSegment(scope.value(), "t")));
    if (!q.valid()) return Status::failure(q.error());
    scope->bind(q, 1);
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        metrics::HealthTicket t;
        t.customer = q.int64(0);
        t.createdAt = q.int64(1);
        t.createdDay = clock.localDay(t.createdAt);
        if (!q.isNull(2)) {
            t.firstResponseAt = q.int64(2);
            t.firstResponseDay = clock.localDay(t.firstResponseAt);
        }
        if (!q.isNull(3)) t.resolvedDay = clock.localDay(q.int64(3));
        in.tickets.push_back(t);
    }
    return rc == SQLITE_DONE ? Status() : Status::failure(q.error());
}

template <typename T> Status take(Expected<std::vector<T>> loaded, std::vector<T>& into) {
    if (!loaded) return Status::failure(loaded.error());
    into = std::move(loaded.value());
    return {};
}

} // namespace

Expected<HealthData> loadHealthData(Store& store, const CustomerFilter& filter) {
    HealthData data;
    metrics::HealthInputs& in = data.inputs;
    LocalClock clock(store.timeZone());
    for (Status s :
         {loadAccounts(store, filter, data), loadEvents(store, filter, clock, in),
          take(loadActivities(store, ActivitySource::Orders, filter), in.orders),
          take(loadSubscriptions(store, filter), in.subscriptions), loadTickets(store, filter, clock, in),
          take(loadNpsAnswers(store, filter), in.nps), take(loadMilestones(store, filter), in.milestones),
          take(loadChecklist(store), in.checklist)})
        if (!s) return Expected<HealthData>::failure(s.error());
    metrics::sortHealthInputs(in);
    return data;
}

Status saveHealthHistory(Store& store, const std::vector<HealthHistoryEntry>& entries) {
    Transaction transaction(store);
    if (!transaction.active()) return Status::failure(transaction.error());
    Statement q(store.handle(), "INSERT INTO health_history(customer, day, score, band) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(customer, day) DO UPDATE SET score = excluded.score, "
                                "band = excluded.band");
    if (!q.valid()) return Status::failure(q.error());
    for (const HealthHistoryEntry& e : entries) {
        const QByteArray band = e.band.toUtf8();
        q.bind(1, e.customer);
        q.bind(2, e.day);
        q.bind(3, e.score);
        q.bind(4, std::string_view(band.constData(), static_cast<size_t>(band.size())));
        if (q.step() != SQLITE_DONE) return Status::failure(q.error());
        q.reset();
    }
    return transaction.commit();
}

Expected<std::vector<HealthHistoryEntry>> loadLatestHealthBefore(Store& store, int64_t beforeDay) {
    using Result = Expected<std::vector<HealthHistoryEntry>>;
    // In key order, so each customer's rows come together, oldest first: the last one seen
    // before the next customer is its latest.
    Statement q(store.handle(), "SELECT customer, day, score, band FROM health_history WHERE day < ?");
    if (!q.valid()) return Result::failure(q.error());
    q.bind(1, beforeDay);
    std::vector<HealthHistoryEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        HealthHistoryEntry e{q.int64(0), q.int64(1), q.real(2), q.qtext(3)};
        if (!out.empty() && out.back().customer == e.customer) {
            if (e.day > out.back().day) out.back() = std::move(e);
        } else {
            out.push_back(std::move(e));
        }
    }
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Expected<std::vector<std::optional<double>>>
countRecordedAtRisk(Store& store, const std::vector<Period>& periods, const CustomerFilter& filter) {
    using Result = Expected<std::vector<std::optional<double>>>;
    std::vector<std::optional<double>> out(periods.size());
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Result::failure(scope.error());
    Statement q(store.handle(),
                std::string("SELECT h.customer, h.day, h.band = 'at_risk' FROM health_history h") +
                    joinSegment(scope.value(), "h") + " ORDER BY h.customer, h.day");
    if (!q.valid()) return Result::failure(q.error());
    scope->bind(q, 1);
    int64_t earliest = metrics::noDay;
    // Per customer, its rows oldest first: the band in force on each period's last day.
    int64_t customer = -1;
    std::vector<int> bandAt(periods.size(), -1); // -1 none recorded yet, 0 other, 1 at_risk
    auto flush = [&] {
        for (size_t i = 0; i < periods.size(); ++i)
            if (bandAt[i] == 1) out[i] = out[i].value_or(0) + 1;
        std::fill(bandAt.begin(), bandAt.end(), -1);
    };
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (q.int64(0) != customer) {
            flush();
            customer = q.int64(0);
        }
        const int64_t day = q.int64(1);
        earliest = earliest == metrics::noDay ? day : std::min(earliest, day);
        for (size_t i = 0; i < periods.size(); ++i)
            if (day <= periods[i].lastDay()) bandAt[i] = q.int64(2) != 0 ? 1 : 0;
    }
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    flush();
    // A period after the first recording has a count, 0 when nobody was at risk.
    for (size_t i = 0; i < periods.size(); ++i)
        if (earliest != metrics::noDay && earliest <= periods[i].lastDay() && !out[i]) out[i] = 0;
    return out;
}

Expected<std::vector<HealthHistoryEntry>> loadHealthHistory(Store& store, int64_t customer) {
    using Result = Expected<std::vector<HealthHistoryEntry>>;
    Statement q(store.handle(),
                "SELECT customer, day, score, band FROM health_history WHERE customer = ? ORDER BY day");
    if (!q.valid()) return Result::failure(q.error());
    q.bind(1, customer);
    std::vector<HealthHistoryEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.int64(1), q.real(2), q.qtext(3)});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

} // namespace tenure::store
