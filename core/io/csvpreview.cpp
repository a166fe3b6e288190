#include "csvpreview.h"

#include "valueparser.h"

namespace tenure::io {

namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Expected<CsvPreview> previewCsv(const QString& path, const CsvOptions& options, int maxRows) {
    using Result = Expected<CsvPreview>;
    CsvReader reader;
    if (!reader.open(path, options)) return Result::failure(reader.error());
    CsvRecord record;
    if (!reader.next(record))
        return Result::failure(reader.error().isEmpty()
                                   ? QStringLiteral("%1: the file is empty (no header row)").arg(path)
                                   : reader.error());
    CsvPreview preview;
    preview.delimiter = reader.delimiter();
    for (std::string_view cell : record.fields)
        preview.header << fromUtf8(trimmed(cell));
    while (static_cast<int>(preview.rows.size()) < maxRows && reader.next(record)) {
        QStringList row;
        row.reserve(static_cast<qsizetype>(record.fields.size()));
        for (std::string_view cell : record.fields)
            row << fromUtf8(cell);
        preview.rows.push_back(std::move(row));
    }
    if (!reader.error().isEmpty()) return Result::failure(reader.error());
    return preview;
}

} // namespace tenure::io
