#include "activityinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace tenure::store {

namespace {

// Which customers a statement reads: all of them, or a range of ids. The activity tables are
// WITHOUT ROWID with the customer first in their key, so a range is a seek, not a scan.
struct Range {
    int64_t first = std::numeric_limits<int64_t>::min();
    int64_t last = std::numeric_limits<int64_t>::max();
};

// The SQL of one source over `range` (?1, and ?2 with a join), the filter's value after it.
// Without a join the rows come in key order and the reader stops past range.last itself: an
// upper bound in the SQL costs a key comparison per row, 0.3 s over ten million events.
std::string activitySql(ActivitySource source, const FilterCondition& scope, bool range) {
    std::string sql = source == ActivitySource::Orders
                          ? "SELECT a.customer, a.ordered_at, coalesce(a.amount, 0) FROM orders a"
                      : source == ActivitySource::Events
                          ? "SELECT a.customer, a.occurred_at FROM events a"
                          : "SELECT a.customer, a.occurred_at FROM interactions a";
    const bool join = !scope.sql.empty();
    if (join) sql += " JOIN customers c ON c.id = a.customer";
    sql += !range ? " WHERE 1" : join ? " WHERE a.customer BETWEEN ?1 AND ?2" : " WHERE a.customer >= ?1";
    return sql + scope.andClause();
}

Status readInto(sqlite3* db, ActivitySource source, const FilterCondition& scope, std::optional<Range> range,
                const QTimeZone& zone, metrics::CohortGrid& grid) {
    Statement q(db, activitySql(source, scope, range.has_value()));
    if (!q.valid()) return Status::failure(q.error());
    int index = 1;
    const bool join = !scope.sql.empty();
    if (range) q.bind(index++, range->first);
    if (range && join) q.bind(index++, range->last);
    scope.bind(q, index);
    const int64_t last = range ? range->last : std::numeric_limits<int64_t>::max();
    const bool amounts = source == ActivitySource::Orders;
    LocalClock clock(zone); // one per thread: it caches offsets
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        const int64_t customer = q.int64(0);
        if (customer > last) return {};
        grid.add(customer, clock.localDay(q.int64(1)), amounts ? q.real(2) : 0.0);
    }
    if (rc != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

// The customer id that splits the source's rows in two ranges of about equal size, assuming
// activity is spread evenly over the ids; none when the table is empty or holds one customer.
// min() and max() of the key's first column are two B-tree descents, not a scan, as long as
// each is a query of its own: min(customer), max(customer) in one SELECT scans the table.
std::optional<int64_t> middleCustomer(sqlite3* db, ActivitySource source) {
    Statement q(
        db,
        source == ActivitySource::Events
            ? "SELECT (SELECT min(customer) FROM events), (SELECT max(customer) FROM events)"
            : "SELECT (SELECT min(customer) FROM interactions), (SELECT max(customer) FROM interactions)");
    if (!q.valid() || q.step() != SQLITE_ROW || q.isNull(0)) return std::nullopt;
    const int64_t first = q.int64(0);
    const int64_t last = q.int64(1);
    if (first >= last) return std::nullopt;
    return first + (last - first) / 2;
}

} // namespace

Status loadActivitiesInto(Store& store, ActivitySource source, metrics::CohortGrid& grid,
                          const CustomerFilter& filter) {
    const auto condition = customerFilterCondition(store, filter, "c");
    if (!condition) return Status::failure(condition.error());
    const FilterCondition& scope = condition.value();
    const QTimeZone zone = store.timeZone();
    const bool amounts = source == ActivitySource::Orders;
    // Two ranges only where a second connection sees what this one does: not inside an open
    // transaction, not for a saved segment (its members sit in this connection's temp table),
    // and not for an in-memory store. Orders stay in one pass for their revenue's sake.
    const bool inMemory = store.path().isEmpty() || store.path() == QStringLiteral(":memory:");
    const std::optional<int64_t> middle = amounts || inMemory ||
                                                  sqlite3_get_autocommit(store.handle()) == 0 ||
                                                  (!scope.sql.empty() && !scope.bindsValue)
                                              ? std::nullopt
                                              : middleCustomer(store.handle(), source);
    if (!middle) return readInto(store.handle(), source, scope, std::nullopt, zone, grid);

    metrics::CohortGrid upper = grid.emptyCopy();
    Status upperStatus;
    // The worker opens its own connection and closes it before it ends (one connection per
    // thread). Each range is one read transaction: as before, the members and the activities
    // are read in separate statements, not in one snapshot.
    std::jthread worker([&] { // joined on every way out, an exception too
        auto opened = Store::open(store.path());
        if (!opened) {
            upperStatus = Status::failure(opened.error());
            return;
        }
        // One pass reads each page once: a small page cache instead of the store's 128 MB,
        // which would only add the pages it fills to the peak memory (115 MB here).
        Store& own = *opened.value();
        upperStatus = own.exec("PRAGMA cache_size = -4096");
        if (upperStatus) upperStatus = readInto(own.handle(), source, scope, Range{*middle + 1}, zone, upper);
    });
    const Status lowerStatus = readInto(store.handle(), source, scope,
                                        Range{std::numeric_limits<int64_t>::min(), *middle}, zone, grid);
    worker.join();
    if (!lowerStatus) return lowerStatus;
    if (!upperStatus) return upperStatus;
    grid.merge(upper);
    return {};
}

} // namespace tenure::store
