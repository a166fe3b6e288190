#pragma once

#include "metrics/loyalty.h"
#include "model/expected.h"

#include <QString>

#include <vector>

namespace tenure::store {

class Store;

// A customer's row id by its customer_id; fails with a message when there is none.
Expected<int64_t> customerIdByKey(Store& store, const QString& customerKey);

// One customer's stored ledger entries and orders (local days), the inputs of
// metrics::deriveLedger for one member.
Expected<std::vector<metrics::LedgerEntry>> loadCustomerLedgerEntries(Store& store, int64_t customer);
Expected<std::vector<metrics::Activity>> loadCustomerOrders(Store& store, int64_t customer);

// Appends one ledger entry at `occurredAt` (epoch seconds). The row key is chosen below every
// key of that customer and instant, so it never collides with an imported row's.
Status appendLedgerEntry(Store& store, int64_t customer, int64_t occurredAt, int64_t points,
                         const QString& reason);

} // namespace tenure::store
