#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "entities.h"
#include "importoptions.h"
#include "rowbatch.h"
#include "rowvalues.h"

#include <QStringList>

#include <vector>

namespace tenure::io {

// The reading half of an import, run on its own thread: reads records, parses and validates
// them, hashes whole rows, and hands batches to the writing thread. Rows without a customer id
// are counted and dropped here, bad rows are rejected here (and written to the rejects file);
// with OnError::Stop the first bad row ends the reading.
class RowProducer final {
public:
    struct Result {
        int64_t read = 0;
        int64_t skipped = 0;
        std::vector<RejectedRow> rejected;
        QString readerError;
    };

    RowProducer(const EntitySpec& entity, const ColumnMapping& mapping, const ImportOptions& options,
                const QStringList& header, CsvReader& reader, RowParser& parser, CsvWriter* rejects);
    void run(BatchQueue& queue);
    const Result& result() const { return m_result; }

private:
    void reject(const CsvRecord& record, int column, const QString& reason);

    const EntitySpec& m_entity;
    const ColumnMapping& m_mapping;
    const ImportOptions& m_options;
    const QStringList& m_header;
    CsvReader& m_reader;
    RowParser& m_parser;
    CsvWriter* m_rejects;
    Result m_result;
};

} // namespace tenure::io
