// Customers' spans of service for churn and retention (metricinputs.h's loadLifetimes).

#include "metricinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

namespace tenure::store {

namespace {

Expected<std::vector<metrics::Lifetime>> failed(const Statement& s) {
    return Expected<std::vector<metrics::Lifetime>>::failure(s.error());
}

} // namespace

// A customer's lifetimes are its subscription rows when it has any: one who leaves and comes
// back is a second row (metrics.md's reactivation), which a customer's single signup and churn
// date cannot say. A subscription still open when the customer file gives a churn date after
// its start ends on that date: the customer file says they left. Customers without
// subscriptions serve by their signup and churn dates. A customer flagged churned without a
// churn date (snapshot data) whose service has no known end is left out of dated metrics
// rather than counted as a customer for ever; countUndatedChurn() says how many.
Expected<std::vector<metrics::Lifetime>> loadLifetimes(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Expected<std::vector<metrics::Lifetime>>::failure(scope.error());
    Statement customers(store.handle(),
                        "SELECT c.id, c.signup_date, c.churn_date, coalesce(c.churned, 0) FROM customers c "
                        "WHERE 1" +
                            scope->andClause() + " ORDER BY c.id");
    Statement subscriptions(store.handle(),
                            "SELECT s.customer, s.started_at, s.ended_at FROM subscriptions s "
                            "JOIN customers c ON c.id = s.customer WHERE 1" +
                                scope->andClause() + " ORDER BY s.customer, s.started_at");
    if (!customers.valid()) return failed(customers);
    if (!subscriptions.valid()) return failed(subscriptions);
    scope->bind(customers, 1);
    scope->bind(subscriptions, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::Lifetime> out;
    int subscriptionRc = subscriptions.step();
    const auto hasSubscriptionOf = [&](int64_t id) {
        while (subscriptionRc == SQLITE_ROW && subscriptions.int64(0) < id)
            subscriptionRc = subscriptions.step();
        return subscriptionRc == SQLITE_ROW && subscriptions.int64(0) == id;
    };
    int rc = SQLITE_ROW;
    while ((rc = customers.step()) == SQLITE_ROW) {
        const int64_t id = customers.int64(0);
        const int64_t churnDay = customers.isNull(2) ? metrics::noDay : customers.int64(2);
        const bool undatedChurn = customers.int64(3) == 1 && churnDay == metrics::noDay;
        if (!hasSubscriptionOf(id)) {
            if (!undatedChurn)
                out.push_back({id, customers.isNull(1) ? metrics::noDay : customers.int64(1), churnDay});
            continue;
        }
        const size_t first = out.size();
        bool open = false;
        for (; subscriptionRc == SQLITE_ROW && subscriptions.int64(0) == id;
             subscriptionRc = subscriptions.step()) {
            metrics::Lifetime span{id, clock.localDay(subscriptions.int64(1)),
                                   subscriptions.isNull(2) ? metrics::noDay
                                                           : clock.localDay(subscriptions.int64(2))};
            if (span.churn == metrics::noDay && churnDay != metrics::noDay && churnDay >= span.signup)
                span.churn = churnDay;
            open = open || span.churn == metrics::noDay;
            out.push_back(span);
        }
        if (undatedChurn && open) out.resize(first);
    }
    if (rc != SQLITE_DONE) return failed(customers);
    if (subscriptionRc != SQLITE_DONE && subscriptionRc != SQLITE_ROW) return failed(subscriptions);
    return out;
}

// The customers loadLifetimes() leaves out: flagged churned, no churn date, and no subscription
// that ended (none at all, or one still open).
Expected<int64_t> countUndatedChurn(Store& store, const CustomerFilter& filter) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Expected<int64_t>::failure(scope.error());
    Statement q(store.handle(),
                "SELECT count(*) FROM customers c WHERE c.churned = 1 AND c.churn_date IS NULL "
                "AND (NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer = c.id) "
                "OR EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer = c.id AND s.ended_at IS NULL))" +
                    scope->andClause());
    if (!q.valid()) return Expected<int64_t>::failure(q.error());
    scope->bind(q, 1);
    if (q.step() != SQLITE_ROW) return Expected<int64_t>::failure(q.error());
    return q.int64(0);
}

} // namespace tenure::store
