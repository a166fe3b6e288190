#pragma once

#include "importoptions.h"
#include "valueparser.h"

namespace tenure::store {
class Store;
}

namespace tenure::io {

// Imports one CSV file of one entity into the store, in one transaction: it lands whole or not
// at all. With OnError::Stop the first bad row rolls everything back and is reported as
// `file:line:column: reason`; with OnError::Skip the good rows land and the bad ones are listed
// (and written to options.rejectsFile with their reasons).
ImportSummary importCsv(store::Store& store, const ImportOptions& options);

// Reads a --date-format value ("DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD", or dmy/mdy/ymd).
bool parseDateFormat(const QString& format, DateOrder& order);

} // namespace tenure::io
