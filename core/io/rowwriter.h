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
class RowWriter final {
public:
    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    RowWriter(sqlite3* db, const EntitySpec& entity, const ColumnMapping& mapping,
              store::CustomerIndex& customers, LocalClock& clock);
    bool prepare(QString& error);

    // cells are the record's raw cells (for custom attributes of customers).
    Outcome write(std::vector<FieldValue>& values, const std::vector<std::string_view>& cells,
                  QString& error);
    int64_t customersCreated() const { return m_customersCreated; }

private:
    struct Column {
        size_t field;     // index in EntitySpec::fields
        std::string name; // column in the table
    };
    int bindValues(store::Statement& stmt, int index, const std::vector<FieldValue>& values, bool mappedOnly);
    Outcome writeCustomer(std::vector<FieldValue>& values, const std::vector<std::string_view>& cells,
                          QString& error);
    Outcome stepOrFail(store::Statement& stmt, QString& error);
    bool storeAttributes(int64_t customerId, const std::vector<std::string_view>& cells, QString& error);

    sqlite3* m_db;
    const EntitySpec& m_entity;
    const ColumnMapping& m_mapping;
    store::CustomerIndex& m_customers;
    LocalClock& m_clock;
    std::vector<Column> m_columns;
    std::vector<bool> m_updated; // per field: written by an update
    int m_customerField = -1;
    int m_amountField = -1, m_quantityField = -1, m_priceField = -1;
    int m_churnDateField = -1, m_churnedField = -1, m_signupField = -1;
    int m_timeField = -1;
    std::unique_ptr<store::Statement> m_insert;
    std::unique_ptr<store::Statement> m_update;
    std::unique_ptr<store::Statement> m_attribute;
    std::vector<QByteArray> m_attributeNames;
    int64_t m_customersCreated = 0;
};

} // namespace tenure::io
