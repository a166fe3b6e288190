#include "loyaltyrepository.h"

#include "metricinputs.h"
#include "statement.h"
#include "store.h"

#include "model/localclock.h"

namespace tenure::store {

Expected<int64_t> customerIdByKey(Store& store, const QString& customerKey) {
    Statement q(store.handle(), "SELECT id FROM customers WHERE customer_key = ?");
    if (!q.valid()) return Expected<int64_t>::failure(q.error());
    q.bindCopy(1, customerKey);
    const int rc = q.step();
    if (rc == SQLITE_ROW) return q.int64(0);
    if (rc == SQLITE_DONE)
        return Expected<int64_t>::failure(QStringLiteral("there is no customer \"%1\"").arg(customerKey));
    return Expected<int64_t>::failure(q.error());
}

Expected<std::vector<metrics::LedgerEntry>> loadCustomerLedgerEntries(Store& store, int64_t customer) {
    using Result = Expected<std::vector<metrics::LedgerEntry>>;
    Statement q(store.handle(), "SELECT occurred_at, points, reason FROM loyalty WHERE customer = ? "
                                "ORDER BY occurred_at, row_key");
    if (!q.valid()) return Result::failure(q.error());
    q.bind(1, customer);
    LocalClock clock(store.timeZone());
    std::vector<metrics::LedgerEntry> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({customer, clock.localDay(q.int64(0)), q.int64(1), ledgerReason(q.text(2))});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Expected<std::vector<metrics::Activity>> loadCustomerOrders(Store& store, int64_t customer) {
    using Result = Expected<std::vector<metrics::Activity>>;
    Statement q(store.handle(), "SELECT ordered_at, coalesce(amount, 0) FROM orders WHERE customer = ?");
    if (!q.valid()) return Result::failure(q.error());
    q.bind(1, customer);
    LocalClock clock(store.timeZone());
    std::vector<metrics::Activity> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({customer, clock.localDay(q.int64(0)), q.real(1)});
    if (rc != SQLITE_DONE) return Result::failure(q.error());
    return out;
}

Status appendLedgerEntry(Store& store, int64_t customer, int64_t occurredAt, int64_t points,
                         const QString& reason) {
    Statement q(store.handle(),
                "INSERT INTO loyalty(customer, occurred_at, points, reason, row_key) VALUES (?1, ?2, ?3, ?4, "
                "(SELECT min(coalesce(min(row_key), 0), 0) - 1 FROM loyalty WHERE customer = ?1 AND "
                "occurred_at = ?2))");
    if (!q.valid()) return Status::failure(q.error());
    q.bind(1, customer);
    q.bind(2, occurredAt);
    q.bind(3, points);
    q.bindCopy(4, reason);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

} // namespace tenure::store
