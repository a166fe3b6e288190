#include "importer.h"

#include "columnmapping.h"
#include "csvwriter.h"
#include "entities.h"
#include "rowproducer.h"
#include "rowvalues.h"
#include "rowwriter.h"

#include "model/localclock.h"
#include "store/customerindex.h"
#include "store/statement.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <thread>

namespace tenure::io {

namespace {

constexpr int64_t previewRows = 5000;

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Detects, per date column, whether slashed dates are day-first or month-first by reading the
// first rows: one value like 25/12 or 12/25 settles it. Undecided columns read month-first, and
// a later value that contradicts it is rejected with a hint to pass --date-format.
std::vector<DateOrder> detectDateOrders(const EntitySpec& entity, const ColumnMapping& mapping,
                                        const ImportOptions& options) {
    std::vector<DateOrder> orders(entity.fields.size(), DateOrder::Mdy);
    std::vector<size_t> dateFields;
    for (size_t i = 0; i < entity.fields.size(); ++i)
        if ((entity.fields[i].type == FieldType::Date || entity.fields[i].type == FieldType::Instant) &&
            mapping.fieldColumn[i] >= 0)
            dateFields.push_back(i);
    if (dateFields.empty()) return orders;
    std::vector<int> dayFirst(entity.fields.size(), 0);
    std::vector<int> monthFirst(entity.fields.size(), 0);
    CsvReader reader;
    CsvRecord record;
    if (!reader.open(options.file, options.csv) || !reader.next(record)) return orders;
    for (int64_t n = 0; n < previewRows && reader.next(record); ++n) {
        for (size_t f : dateFields) {
            const auto column = static_cast<size_t>(mapping.fieldColumn[f]);
            if (column >= record.fields.size()) continue;
            const DateOrderHint hint = dateOrderHint(record.fields[column]);
            dayFirst[f] += hint == DateOrderHint::DayFirst ? 1 : 0;
            monthFirst[f] += hint == DateOrderHint::MonthFirst ? 1 : 0;
        }
    }
    for (size_t f : dateFields)
        orders[f] = dayFirst[f] > 0 && monthFirst[f] == 0 ? DateOrder::Dmy : DateOrder::Mdy;
    return orders;
}

QString location(const ImportOptions& options, int64_t line, int column) {
    return column > 0 ? QStringLiteral("%1:%2:%3").arg(options.file).arg(line).arg(column)
                      : QStringLiteral("%1:%2").arg(options.file).arg(line);
}

ImportSummary failed(ImportSummary summary, ImportFailure failure, const QString& message) {
    summary.failure = failure;
    summary.error = message;
    summary.inserted = summary.updated = summary.unchanged = summary.customersCreated = 0;
    return summary;
}

Status recordImport(sqlite3* db, const ImportSummary& s) {
    store::Statement q(
        db, "INSERT INTO imports(kind, file, finished_at, read, inserted, updated, skipped, rejected) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindCopy(1, s.kind);
    q.bindCopy(2, QFileInfo(s.file).fileName());
    q.bind(3, static_cast<int64_t>(QDateTime::currentSecsSinceEpoch()));
    q.bind(4, s.read);
    q.bind(5, s.inserted);
    q.bind(6, s.updated);
    q.bind(7, s.skipped);
    q.bind(8, static_cast<int64_t>(s.rejected.size()));
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

// Turns foreign-key enforcement off for the length of an import (it cannot change inside a
// transaction, so this wraps the transaction) and back on after.
class ForeignKeysOff final {
public:
    explicit ForeignKeysOff(store::Store& store)
        : m_store(store) {
        m_store.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff() { m_store.exec("PRAGMA foreign_keys = ON"); }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    store::Store& m_store;
};

} // namespace

bool parseDateFormat(const QString& format, DateOrder& order) {
    const QString f = format.toUpper().remove(u'/').remove(u'-').remove(u'.').remove(u' ');
    if (f.startsWith(QStringLiteral("DDMM")) || f.startsWith(QStringLiteral("DMY")) ||
        f.startsWith(QStringLiteral("DM")))
        order = DateOrder::Dmy;
    else if (f.startsWith(QStringLiteral("MMDD")) || f.startsWith(QStringLiteral("MDY")) ||
             f.startsWith(QStringLiteral("MD")))
        order = DateOrder::Mdy;
    else if (f.startsWith(QStringLiteral("YYYY")) || f.startsWith(QStringLiteral("YMD")))
        order = DateOrder::Ymd;
    else
        return false;
    return true;
}

ImportSummary importCsv(store::Store& store, const ImportOptions& options) {
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.kind = options.kind;
    summary.file = options.file;

    const EntitySpec* entity = findEntity(options.kind);
    if (!entity)
        return failed(summary, ImportFailure::Usage,
                      QStringLiteral("unknown kind \"%1\"; it must be one of: %2")
                          .arg(options.kind, entityNames().join(QStringLiteral(", "))));
    summary.kind = QLatin1String(entity->name);
    DateOrder explicitOrder = DateOrder::Mdy;
    if (!options.dateFormat.isEmpty() && !parseDateFormat(options.dateFormat, explicitOrder))
        return failed(summary, ImportFailure::Usage,
                      QStringLiteral("unknown --date-format \"%1\"; use DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD")
                          .arg(options.dateFormat));

    CsvReader reader;
    if (!reader.open(options.file, options.csv))
        return failed(summary, QFileInfo::exists(options.file) ? ImportFailure::Data : ImportFailure::Usage,
                      reader.error());
    CsvRecord record;
    if (!reader.next(record))
        return failed(summary, ImportFailure::Data,
                      reader.error().isEmpty()
                          ? QStringLiteral("%1: the file is empty (no header row)").arg(options.file)
                          : reader.error());
    QStringList header;
    for (std::string_view cell : record.fields)
        header << fromUtf8(trimmed(cell));
    const auto mapping = resolveMapping(*entity, header, options.columnMap, options.autoMatch);
    if (!mapping)
        return failed(summary, ImportFailure::Data,
                      QStringLiteral("%1:1: %2").arg(options.file, mapping.error()));
    for (size_t i = 0; i < entity->fields.size(); ++i)
        if (mapping->fieldColumn[i] >= 0)
            summary.mapping << QStringLiteral("%1=%2").arg(QLatin1String(entity->fields[i].name),
                                                           header[mapping->fieldColumn[i]]);
    for (int column : mapping->unmappedColumns)
        (entity->key == KeyKind::CustomerId ? summary.attributes : summary.ignored) << header[column];

    std::vector<DateOrder> orders = options.dateFormat.isEmpty()
                                        ? detectDateOrders(*entity, mapping.value(), options)
                                        : std::vector<DateOrder>(entity->fields.size(), explicitOrder);

    CsvWriter rejects;
    // A dry run leaves no trace, not even a rejects file: its summary lists the rejected rows.
    const bool writeRejects =
        options.onError == OnError::Skip && !options.rejectsFile.isEmpty() && !options.dryRun;
    if (writeRejects) {
        if (!rejects.open(options.rejectsFile)) return failed(summary, ImportFailure::Usage, rejects.error());
        for (const QString& h : header)
            rejects.field(h);
        rejects.field(QStringLiteral("line"));
        rejects.field(QStringLiteral("column"));
        rejects.field(QStringLiteral("reason"));
        rejects.endRow();
    }

    // Every customer reference is resolved through the customer index inside this transaction,
    // so SQLite's per-row foreign-key look-up would only repeat it; `check` verifies them.
    const ForeignKeysOff foreignKeysOff(store);
    store::Transaction transaction(store);
    if (!transaction.active())
        return failed(
            summary, ImportFailure::Store,
            QStringLiteral("%1: cannot start the import: %2").arg(store.path(), transaction.error()));
    LocalClock clock(store.timeZone());
    store::CustomerIndex customers(store.handle());
    if (Status s = customers.load(); !s) return failed(summary, ImportFailure::Store, s.error());
    RowParser parser(*entity, mapping->fieldColumn, orders, clock);
    RowWriter writer(store.handle(), *entity, mapping.value(), customers, clock);
    QString prepareError;
    if (!writer.prepare(prepareError))
        return failed(summary, ImportFailure::Store,
                      QStringLiteral("%1: %2").arg(store.path(), prepareError));

    // Two threads: this one writes to the store (its connection stays on its thread), a second
    // reads and parses the file, a few batches ahead.
    BatchQueue queue;
    RowProducer producer(*entity, mapping.value(), options, header, reader, parser,
                         writeRejects ? &rejects : nullptr);
    std::thread reading([&producer, &queue] { producer.run(queue); });
    const auto stopReading = [&] {
        queue.stop();
        reading.join();
    };
    QString error;
    int64_t failedLine = 0;
    while (auto batch = queue.pop()) {
        bool stored = true;
        for (size_t i = 0; i < batch->rows() && stored; ++i) {
            stored = writer.write(batch->row(i), batch->rowKeys[i], error);
            failedLine = batch->lines[i];
        }
        // Rows held back for a multi-row insert point into this batch: store them before
        // the batch is reused.
        if (stored) stored = writer.flush(error);
        if (!stored) {
            stopReading();
            return failed(summary, ImportFailure::Store,
                          QStringLiteral("%1: cannot store the row: %2; nothing was imported")
                              .arg(location(options, failedLine, 0), error));
        }
        if (options.progress && !options.progress(batch->bytesRead, reader.totalBytes())) {
            stopReading();
            return failed(summary, ImportFailure::Cancelled,
                          QStringLiteral("import cancelled; the store is unchanged"));
        }
        queue.recycle(std::move(batch));
    }
    reading.join();

    const RowProducer::Result& read = producer.result();
    summary.read = read.read;
    summary.skipped = read.skipped;
    summary.rejected = read.rejected;
    if (!summary.rejected.empty() && options.onError == OnError::Stop) {
        const RejectedRow& r = summary.rejected.front();
        return failed(summary, ImportFailure::Data,
                      QStringLiteral("%1: %2; nothing was imported")
                          .arg(location(options, r.line, r.column), r.reason));
    }
    if (!read.readerError.isEmpty())
        return failed(summary, ImportFailure::Data,
                      read.readerError + QStringLiteral("; nothing was imported"));
    if (summary.read == 0)
        return failed(summary, ImportFailure::Data,
                      QStringLiteral("%1: the file has a header but no data rows; nothing was imported")
                          .arg(options.file));

    QString finishError;
    if (!writer.finish(finishError))
        return failed(summary, ImportFailure::Store,
                      QStringLiteral("%1: cannot store the rows: %2; nothing was imported")
                          .arg(options.file, finishError));
    summary.inserted = writer.counts().inserted;
    summary.updated = writer.counts().updated;
    summary.unchanged = writer.counts().unchanged;
    summary.customersCreated = writer.customersCreated();
    if (Status s = customers.storeInferredSignups(); !s)
        return failed(summary, ImportFailure::Store, s.error());
    if (!options.dryRun) {
        if (Status s = recordImport(store.handle(), summary); !s)
            return failed(summary, ImportFailure::Store, s.error());
        if (writeRejects && !rejects.close()) return failed(summary, ImportFailure::Usage, rejects.error());
        if (Status s = transaction.commit(); !s)
            return failed(summary, ImportFailure::Store,
                          QStringLiteral("%1: commit failed: %2").arg(store.path(), s.error()));
    } // else the transaction rolls back as it goes out of scope: the counts were exact
    if (options.progress) options.progress(reader.totalBytes(), reader.totalBytes());
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return summary;
}

} // namespace tenure::io
