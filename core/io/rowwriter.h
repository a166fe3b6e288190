#pragma once

#include "columnmapping.h"
#include "entities.h"
#include "rowvalues.h"

#include "store/customerindex.h"
#include "store/statement.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace tenure::io {

// Stores the parsed rows of one entity: inserts new rows, updates rows found again by their
// natural key (customer_id, ticket_id, customer + milestone), and leaves whole-row duplicates
// alone. Only the columns the file maps are updated, so a file of churn dates does not erase
// names imported earlier. The SQL is assembled from our canonical column names only.
//
// Rows other than customers are held back and stored 64 to a statement (an upsert for the
// keyed entities): a bulk import pays a statement's fixed cost millions of times otherwise.
class RowWriter final {
public:
    struct Counts {
        int64_t inserted = 0;
        int64_t updated = 0;   // found again by the natural key
        int64_t unchanged = 0; // whole-row duplicates of stored rows
    };

    RowWriter(sqlite3* db, const EntitySpec& entity, const ColumnMapping& mapping,
              store::CustomerIndex& customers, LocalClock& clock);
    bool prepare(QString& error);

    // values: one per field of the entity; after them, for customers, one text value per
    // column kept as a custom attribute. rowKey: the whole-row hash (WholeRow entities).
    // The values must stay valid until flush().
    bool write(const FieldValue* values, int64_t rowKey, QString& error);
    bool flush(QString& error);
    // Flushes and settles the counts; call once, after the last row.
    bool finish(QString& error);
    const Counts& counts() const { return m_counts; }
    int64_t customersCreated() const { return m_customersCreated; }

private:
    struct Column {
        size_t field;     // index in EntitySpec::fields
        std::string name; // column in the table
    };
    struct PendingRow {
        const FieldValue* values;
        int64_t customer;
        int64_t rowKey;
    };

    bool prepareRowStatements(QString& error);
    bool prepareCustomerStatements(QString& error);
    int bindValues(store::Statement& stmt, int index, const FieldValue* values, bool updatedOnly);
    bool step(store::Statement& stmt, QString& error);
    int64_t resolveCustomer(const FieldValue* values, QString& error);
    bool storeRows(store::Statement& stmt, size_t from, size_t to, QString& error);
    bool writeCustomer(const FieldValue* values, QString& error);
    bool storeAttributes(int64_t customerId, const FieldValue* attributes, QString& error);
    int64_t rowCount(QString& error) const;

    sqlite3* m_db;
    const EntitySpec& m_entity;
    const ColumnMapping& m_mapping;
    store::CustomerIndex& m_customers;
    LocalClock& m_clock;
    std::vector<Column> m_columns;
    std::vector<bool> m_updated; // per field: written when a row is found again
    int m_customerField = -1;
    int m_signupField = -1;
    int m_timeField = -1;
    bool m_isOrders = false;

    std::unique_ptr<store::Statement> m_insert;     // one row
    std::unique_ptr<store::Statement> m_insertMany; // a full batch of pending rows
    std::vector<PendingRow> m_pending;
    int64_t m_rowsBefore = 0; // keyed entities: inserted = rows after − rows before
    int64_t m_written = 0;

    std::unique_ptr<store::Statement> m_updateCustomer;
    std::unique_ptr<store::Statement> m_attribute;
    std::vector<QByteArray> m_attributeNames;

    Counts m_counts;
    int64_t m_customersCreated = 0;
    int64_t m_lastCustomer = 0; // consecutive rows of one customer skip the look-up
    std::string m_lastCustomerKey;
};

} // namespace tenure::io
