#pragma once

#include "csvreader.h"
#include "model/expected.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::io {

// The start of a CSV file as text, for a person to look at before importing it.
struct CsvPreview {
    QStringList header;            // trimmed, as the importer reads it
    std::vector<QStringList> rows; // the first data rows, cells as in the file
    char delimiter = ',';          // as given or detected
};

// Reads the header and up to maxRows data rows. Fails, naming the file, when it cannot be read,
// is empty, or is not valid CSV within those rows.
Expected<CsvPreview> previewCsv(const QString& path, const CsvOptions& options = {}, int maxRows = 50);

} // namespace tenure::io
