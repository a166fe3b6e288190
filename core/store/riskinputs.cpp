#include "riskinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

namespace tenure::store {

namespace {

template <typename T> Expected<std::vector<T>> failure(const Statement& s) {
    return Expected<std::vector<T>>::failure(s.error());
}

} // namespace

Expected<std::vector<RiskCustomer>> loadRiskCustomers(Store& store) {
    Statement q(store.handle(),
                "SELECT id, customer_key, segment, plan, owner, region, signup_date, churn_date, "
                "churned, mrr, tenure_months FROM customers ORDER BY id");
    if (!q.valid()) return failure<RiskCustomer>(q);
    std::vector<RiskCustomer> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        RiskCustomer c;
        c.id = q.int64(0);
        c.key = q.qtext(1);
        c.segment = q.qtext(2);
        c.plan = q.qtext(3);
        c.owner = q.qtext(4);
        c.region = q.qtext(5);
        c.signupDay = q.isNull(6) ? metrics::noDay : q.int64(6);
        c.churnDay = q.isNull(7) ? metrics::noDay : q.int64(7);
        c.churned = q.isNull(8) ? -1 : (q.int64(8) != 0 ? 1 : 0);
        c.hasMrr = !q.isNull(9);
        c.mrr = c.hasMrr ? q.real(9) : -1;
        c.tenureMonths = q.isNull(10) ? -1 : q.int64(10);
        out.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE) return failure<RiskCustomer>(q);
    return out;
}

Expected<std::vector<CustomerAttribute>> loadCustomerAttributes(Store& store) {
    Statement q(store.handle(),
                "SELECT customer, name, value FROM customer_attributes ORDER BY name, customer");
    if (!q.valid()) return failure<CustomerAttribute>(q);
    std::vector<CustomerAttribute> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.qtext(1), q.isNull(2) ? QString() : q.qtext(2).trimmed()});
    if (rc != SQLITE_DONE) return failure<CustomerAttribute>(q);
    return out;
}

Expected<std::vector<ActivitySummary>> loadActivitySummaries(Store& store, SummarySource source) {
    const char* sql =
        source == SummarySource::Tickets
            ? "SELECT customer, count(*), max(created_at), sum(resolved_at IS NULL) FROM tickets "
              "WHERE customer IS NOT NULL GROUP BY customer"
        : source == SummarySource::Orders
            ? "SELECT customer, count(*), max(ordered_at), 0 FROM orders GROUP BY customer"
            : "SELECT customer, count(*), max(occurred_at), 0 FROM events GROUP BY customer";
    Statement q(store.handle(), sql);
    if (!q.valid()) return failure<ActivitySummary>(q);
    LocalClock clock(store.timeZone());
    std::vector<ActivitySummary> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(
            {q.int64(0), q.int64(1), q.isNull(2) ? metrics::noDay : clock.localDay(q.int64(2)), q.int64(3)});
    if (rc != SQLITE_DONE) return failure<ActivitySummary>(q);
    return out;
}

Expected<std::vector<LatestNps>> loadLatestNps(Store& store) {
    Statement q(store.handle(), "SELECT customer, score FROM nps ORDER BY customer, responded_at, row_key");
    if (!q.valid()) return failure<LatestNps>(q);
    std::vector<LatestNps> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const LatestNps answer{q.int64(0), static_cast<int>(q.int64(1))};
        if (!out.empty() && out.back().customer == answer.customer)
            out.back() = answer;
        else
            out.push_back(answer);
    }
    if (rc != SQLITE_DONE) return failure<LatestNps>(q);
    return out;
}

} // namespace tenure::store
