#pragma once

#include "csvreader.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace tenure::io {

enum class OnError { Stop, Skip };

// Reports rows done of total (bytes of the file); return false to cancel the import.
using ImportProgress = std::function<bool(int64_t done, int64_t total)>;

struct ImportOptions {
    QString kind; // an entity of data-model.md
    QString file;
    std::map<QString, QString> columnMap; // canonical name → the file's header
    QString dateFormat;                   // e.g. "DD/MM/YYYY"; empty: detect per column
    CsvOptions csv;
    OnError onError = OnError::Stop;
    QString rejectsFile; // with OnError::Skip: bad rows and their reasons
    ImportProgress progress;
    // Validate only: every row is read, parsed and written inside the transaction, which is then
    // rolled back, so the summary (counts, rejected rows) is exact and the store is unchanged.
    bool dryRun = false;
    // false: columnMap is the whole mapping (the wizard's); fields it leaves out are not imported
    // even when a header would match them.
    bool autoMatch = true;
};

struct RejectedRow {
    int64_t line = 0;
    int column = 0; // 1-based position in the file's header; 0 when the whole row is bad
    QString columnName;
    QString reason;
};

enum class ImportFailure { None, Usage, Data, Cancelled, Store };

struct ImportSummary {
    QString kind;
    QString file;
    int64_t read = 0; // data rows read (the header is not counted)
    int64_t inserted = 0;
    int64_t updated = 0;   // rows whose natural key was already stored
    int64_t unchanged = 0; // whole-row duplicates of rows already stored
    int64_t skipped = 0;   // rows without a customer id
    int64_t customersCreated = 0;
    std::vector<RejectedRow> rejected;
    QStringList attributes; // columns kept as custom attributes (customers)
    QStringList ignored;    // columns not used (other entities)
    QStringList mapping;    // "canonical=Header" as used
    double seconds = 0;
    ImportFailure failure = ImportFailure::None;
    QString error; // set when nothing was stored

    bool ok() const { return failure == ImportFailure::None; }
};

} // namespace tenure::io
