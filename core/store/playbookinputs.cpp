#include "playbookinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

namespace tenure::store {

Expected<std::vector<PlaybookAccount>> loadPlaybookAccounts(Store& store, int64_t today) {
    using Result = Expected<std::vector<PlaybookAccount>>;
    Statement q(store.handle(),
                "SELECT id, customer_key, coalesce(owner, ''), churn_date, coalesce(churned, 0), "
                "renewal_date FROM customers ORDER BY id");
    if (!q.valid()) return Result::failure(q.error());
    std::vector<PlaybookAccount> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const bool churnedByDate = !q.isNull(3) && q.int64(3) <= today;
        const bool churnedByFlag = q.isNull(3) && q.int64(4) != 0;
        out.push_back({q.int64(0), q.qtext(1), q.qtext(2), !churnedByDate && !churnedByFlag,
                       q.isNull(5) ? metrics::noDay : q.int64(5)});
    }
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Expected<std::vector<metrics::OpenTicket>> loadOpenTickets(Store& store) {
    using Result = Expected<std::vector<metrics::OpenTicket>>;
    Statement q(store.handle(), "SELECT customer, ticket_key, created_at FROM tickets "
                                "WHERE customer IS NOT NULL AND resolved_at IS NULL");
    if (!q.valid()) return Result::failure(q.error());
    LocalClock clock(store.timeZone());
    std::vector<metrics::OpenTicket> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.qtext(1), clock.localDay(q.int64(2))});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

} // namespace tenure::store
