#include "activityinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <cstdint>
#include <string>

namespace tenure::store {

Status loadActivitiesInto(Store& store, ActivitySource source, metrics::CohortGrid& grid,
                          const CustomerFilter& filter) {
    const auto condition = customerFilterCondition(store, filter, "c");
    if (!condition) return Status::failure(condition.error());
    const FilterCondition& scope = condition.value();
    // Events and interactions carry no amount: their column is not read at all.
    const bool amounts = source == ActivitySource::Orders;
    std::string sql = amounts ? "SELECT a.customer, a.ordered_at, coalesce(a.amount, 0) FROM orders a"
                      : source == ActivitySource::Events
                          ? "SELECT a.customer, a.occurred_at FROM events a"
                          : "SELECT a.customer, a.occurred_at FROM interactions a";
    if (!scope.sql.empty()) sql += " JOIN customers c ON c.id = a.customer WHERE " + scope.sql;
    Statement q(store.handle(), sql);
    if (!q.valid()) return Status::failure(q.error());
    scope.bind(q, 1);
    LocalClock clock(store.timeZone());
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        grid.add(q.int64(0), clock.localDay(q.int64(1)), amounts ? q.real(2) : 0.0);
    if (rc != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

} // namespace tenure::store
