#include "rowproducer.h"

namespace tenure::io {

namespace {
constexpr size_t batchRows = 8192;
constexpr size_t batchText = 1 << 20;
} // namespace

RowProducer::RowProducer(const EntitySpec& entity, const ColumnMapping& mapping, const ImportOptions& options,
                         const QStringList& header, CsvReader& reader, RowParser& parser, CsvWriter* rejects)
    : m_entity(entity)
    , m_mapping(mapping)
    , m_options(options)
    , m_header(header)
    , m_reader(reader)
    , m_parser(parser)
    , m_rejects(rejects) {}

void RowProducer::reject(const CsvRecord& record, int column, const QString& reason) {
    m_result.rejected.push_back(
        {record.line, column + 1, column >= 0 ? m_header.value(column) : QString(), reason});
    if (!m_rejects) return;
    for (std::string_view cell : record.fields)
        m_rejects->field(cell);
    m_rejects->rawField(std::to_string(record.line));
    m_rejects->rawField(std::to_string(column + 1));
    m_rejects->field(reason);
    m_rejects->endRow();
}

void RowProducer::run(BatchQueue& queue) {
    const size_t fieldCount = m_entity.fields.size();
    const bool wholeRow = m_entity.key == KeyKind::WholeRow;
    const bool keepsAttributes = m_entity.key == KeyKind::CustomerId;
    const int customerColumn = m_mapping.fieldColumn[static_cast<size_t>(m_entity.fieldIndex("customer_id"))];
    const bool skipWithoutCustomer =
        m_entity.key != KeyKind::CustomerId && m_entity.field("customer_id")->required;
    const size_t width = fieldCount + (keepsAttributes ? m_mapping.unmappedColumns.size() : 0);

    std::vector<FieldValue> values(fieldCount);
    std::vector<std::string_view> attributes;
    const std::vector<std::string_view> noAttributes;
    std::string reason;
    CsvRecord record;
    auto batch = queue.emptyBatch();
    batch->width = width;
    const auto handOver = [&]() {
        batch->seal();
        batch->bytesRead = m_reader.bytesRead();
        if (!queue.push(std::move(batch))) return false;
        batch = queue.emptyBatch();
        batch->width = width;
        return true;
    };

    while (m_reader.next(record)) {
        ++m_result.read;
        if (record.fields.size() != static_cast<size_t>(m_header.size())) {
            reject(record, -1,
                   QStringLiteral("expected %1 fields as in the header, found %2")
                       .arg(m_header.size())
                       .arg(record.fields.size()));
        } else if (skipWithoutCustomer &&
                   trimmed(record.fields[static_cast<size_t>(customerColumn)]).empty()) {
            ++m_result.skipped; // rows without a customer id are counted and skipped
            continue;
        } else {
            int badField = -1;
            if (!m_parser.parse(record.fields, values.data(), badField, reason)) {
                reject(record, m_mapping.fieldColumn[static_cast<size_t>(badField)],
                       QStringLiteral("%1: %2").arg(
                           QLatin1String(m_entity.fields[static_cast<size_t>(badField)].name),
                           QString::fromStdString(reason)));
            } else {
                attributes.clear();
                if (keepsAttributes)
                    for (int column : m_mapping.unmappedColumns)
                        attributes.push_back(trimmed(record.fields[static_cast<size_t>(column)]));
                const int64_t key =
                    wholeRow ? rowHash(values.data(), fieldCount, record.fields, m_mapping.unmappedColumns)
                             : 0;
                batch->add(values.data(), fieldCount, keepsAttributes ? attributes : noAttributes, key,
                           record.line);
                if ((batch->rows() >= batchRows || batch->text.size() >= batchText) && !handOver()) return;
                continue;
            }
        }
        if (m_options.onError == OnError::Stop) break;
    }
    m_result.readerError = m_reader.error();
    if (batch->rows() > 0) handOver();
    queue.close();
}

} // namespace tenure::io
