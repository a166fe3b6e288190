#pragma once

#include "model/expected.h"

#include <QString>

#include <cstdint>

namespace tenure::store {
class Store;
}

namespace tenure::io {

struct ExportOptions {
    QString kind;
    QString out;     // file path; empty or "-" for stdout
    QString segment; // only customers of this saved segment or segment value (and their rows); empty: all
};

// Writes one entity as CSV with the canonical headers (dates YYYY-MM-DD, instants in UTC as
// YYYY-MM-DDTHH:MM:SSZ), so that an export imports again unchanged. Customers' custom attributes
// follow the canonical columns. Returns the number of data rows written.
Expected<int64_t> exportCsv(store::Store& store, const ExportOptions& options);

} // namespace tenure::io
