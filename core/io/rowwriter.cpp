#include "rowwriter.h"

#include <QStringList>

#include <cstring>

namespace tenure::io {

namespace {
bool isCustomers(const EntitySpec& e) {
    return e.key == KeyKind::CustomerId;
}
} // namespace

RowWriter::RowWriter(sqlite3* db, const EntitySpec& entity, const ColumnMapping& mapping,
                     store::CustomerIndex& customers, LocalClock& clock)
    : m_db(db)
    , m_entity(entity)
    , m_mapping(mapping)
    , m_customers(customers)
    , m_clock(clock) {
    for (size_t i = 0; i < entity.fields.size(); ++i) {
        const char* name = entity.fields[i].name;
        if (std::strcmp(name, "customer_id") == 0) {
            m_customerField = static_cast<int>(i);
            continue;
        }
        m_columns.push_back(
            {i, std::strcmp(name, "ticket_id") == 0 ? std::string("ticket_key") : std::string(name)});
    }
    m_amountField = entity.fieldIndex("amount");
    m_quantityField = entity.fieldIndex("quantity");
    m_priceField = entity.fieldIndex("unit_price");
    m_timeField = entity.fieldIndex(entity.timeField);
    if (isCustomers(entity)) {
        m_churnDateField = entity.fieldIndex("churn_date");
        m_churnedField = entity.fieldIndex("churned");
        m_signupField = entity.fieldIndex("signup_date");
    }
    // The columns an update writes: those the file maps, but not the natural key itself; and
    // the churned flag when it is derived from a mapped churn date.
    m_updated.assign(entity.fields.size(), false);
    for (const Column& c : m_columns)
        m_updated[c.field] =
            mapping.has(static_cast<int>(c.field)) && c.name != "ticket_key" && c.name != "milestone";
    if (m_churnedField >= 0 && mapping.has(m_churnDateField))
        m_updated[static_cast<size_t>(m_churnedField)] = true;
}

bool RowWriter::prepare(QString& error) {
    const std::string table = m_entity.table;
    const bool wholeRow = m_entity.key == KeyKind::WholeRow;
    std::string insertSql = "INSERT INTO " + table + " (";
    std::string placeholders;
    insertSql += isCustomers(m_entity) ? "customer_key" : "customer";
    placeholders = "?";
    for (const Column& c : m_columns) {
        insertSql += ", " + c.name;
        placeholders += ", ?";
    }
    if (wholeRow) {
        insertSql += ", row_key";
        placeholders += ", ?";
    }
    insertSql += ") VALUES (" + placeholders + ")";
    if (!isCustomers(m_entity)) insertSql += " ON CONFLICT DO NOTHING";
    m_insert = std::make_unique<store::Statement>(m_db, insertSql);
    if (!m_insert->valid()) {
        error = m_insert->error();
        return false;
    }
    if (wholeRow) return true;

    // The update of a row found again by its natural key: mapped columns only.
    std::string updateSql = "UPDATE " + table + " SET ";
    bool first = true;
    const auto addSet = [&](const std::string& expression) {
        if (!first) updateSql.append(", ");
        updateSql.append(expression);
        first = false;
    };
    if (m_entity.key == KeyKind::TicketId && m_mapping.has(m_customerField)) addSet("customer = ?");
    for (const Column& c : m_columns)
        if (m_updated[c.field]) addSet(c.name + " = ?");
    if (isCustomers(m_entity) && m_mapping.has(m_signupField)) addSet("signup_inferred = 0");
    if (first) addSet(isCustomers(m_entity) ? "customer_key = customer_key" : "id = id");
    if (isCustomers(m_entity))
        updateSql += " WHERE id = ?";
    else if (m_entity.key == KeyKind::TicketId)
        updateSql += " WHERE ticket_key = ?";
    else
        updateSql += " WHERE customer = ? AND milestone = ?";
    m_update = std::make_unique<store::Statement>(m_db, updateSql);
    if (!m_update->valid()) {
        error = m_update->error();
        return false;
    }
    if (isCustomers(m_entity) && !m_mapping.unmappedColumns.empty()) {
        m_attribute = std::make_unique<store::Statement>(
            m_db, "INSERT INTO customer_attributes(customer, name, value) VALUES (?, ?, ?) "
                  "ON CONFLICT(customer, name) DO UPDATE SET value = excluded.value");
        if (!m_attribute->valid()) {
            error = m_attribute->error();
            return false;
        }
        for (int column : m_mapping.unmappedColumns)
            m_attributeNames.push_back(m_mapping.header[column].trimmed().toUtf8());
    }
    return true;
}

int RowWriter::bindValues(store::Statement& stmt, int index, const std::vector<FieldValue>& values,
                          bool mappedOnly) {
    for (const Column& c : m_columns) {
        if (mappedOnly && !m_updated[c.field]) continue;
        const FieldValue& v = values[c.field];
        if (!v.present) {
            stmt.bindNull(index++);
            continue;
        }
        switch (m_entity.fields[c.field].type) {
        case FieldType::Text:
            stmt.bind(index++, v.text);
            break;
        case FieldType::Real:
            stmt.bind(index++, v.real);
            break;
        default:
            stmt.bind(index++, v.integer);
            break;
        }
    }
    return index;
}

RowWriter::Outcome RowWriter::stepOrFail(store::Statement& stmt, QString& error) {
    const int rc = stmt.step();
    if (rc != SQLITE_DONE) {
        error = stmt.error();
        stmt.reset();
        return Outcome::Failed;
    }
    stmt.reset();
    return sqlite3_changes(m_db) > 0 ? Outcome::Inserted : Outcome::Unchanged;
}

RowWriter::Outcome RowWriter::write(std::vector<FieldValue>& values,
                                    const std::vector<std::string_view>& cells, QString& error) {
    if (isCustomers(m_entity)) return writeCustomer(values, cells, error);

    // Orders: an amount, or quantity × unit price (cancellations carry a negative quantity).
    if (m_amountField >= 0 && !values[static_cast<size_t>(m_amountField)].present &&
        values[static_cast<size_t>(m_quantityField)].present &&
        values[static_cast<size_t>(m_priceField)].present) {
        FieldValue& amount = values[static_cast<size_t>(m_amountField)];
        amount.present = true;
        amount.real = values[static_cast<size_t>(m_quantityField)].real *
                      values[static_cast<size_t>(m_priceField)].real;
    }

    int64_t customer = 0;
    const FieldValue& key = values[static_cast<size_t>(m_customerField)];
    if (key.present) {
        bool created = false;
        const auto id = m_customers.findOrCreate(key.text, created);
        if (!id) {
            error = id.error();
            return Outcome::Failed;
        }
        customer = id.value();
        m_customersCreated += created ? 1 : 0;
        if (m_entity.key == KeyKind::WholeRow && std::strcmp(m_entity.name, "orders") == 0)
            m_customers.noteActivityDay(customer,
                                        m_clock.localDay(values[static_cast<size_t>(m_timeField)].integer));
    }

    store::Statement& insert = *m_insert;
    if (customer)
        insert.bind(1, customer);
    else
        insert.bindNull(1);
    int next = bindValues(insert, 2, values, false);
    if (m_entity.key == KeyKind::WholeRow)
        insert.bind(next, rowHash(values, cells, m_mapping.unmappedColumns));
    const Outcome inserted = stepOrFail(insert, error);
    if (inserted != Outcome::Unchanged || m_entity.key == KeyKind::WholeRow) return inserted;

    // Found again by its natural key: update the mapped columns.
    store::Statement& update = *m_update;
    int index = 1;
    if (m_entity.key == KeyKind::TicketId && m_mapping.has(m_customerField)) {
        if (customer)
            update.bind(index++, customer);
        else
            update.bindNull(index++);
    }
    index = bindValues(update, index, values, true);
    if (m_entity.key == KeyKind::TicketId) {
        update.bind(index, values[static_cast<size_t>(m_entity.fieldIndex("ticket_id"))].text);
    } else {
        update.bind(index++, customer);
        update.bind(index, values[static_cast<size_t>(m_entity.fieldIndex("milestone"))].text);
    }
    const Outcome updated = stepOrFail(update, error);
    return updated == Outcome::Failed ? updated : Outcome::Updated;
}

RowWriter::Outcome RowWriter::writeCustomer(std::vector<FieldValue>& values,
                                            const std::vector<std::string_view>& cells, QString& error) {
    const std::string_view key = values[static_cast<size_t>(m_customerField)].text;
    // A churn date means churned, unless the file says otherwise in its own column.
    if (!m_mapping.has(m_churnedField) && m_mapping.has(m_churnDateField)) {
        FieldValue& churned = values[static_cast<size_t>(m_churnedField)];
        churned.present = true;
        churned.integer = values[static_cast<size_t>(m_churnDateField)].present ? 1 : 0;
    }
    int64_t id = m_customers.find(key);
    Outcome outcome = Outcome::Updated;
    if (id == 0) {
        m_insert->bind(1, key);
        bindValues(*m_insert, 2, values, false);
        if (stepOrFail(*m_insert, error) == Outcome::Failed) return Outcome::Failed;
        id = sqlite3_last_insert_rowid(m_db);
        m_customers.add(key, id);
        outcome = Outcome::Inserted;
    } else {
        const int index = bindValues(*m_update, 1, values, true);
        m_update->bind(index, id);
        if (stepOrFail(*m_update, error) == Outcome::Failed) return Outcome::Failed;
    }
    if (!storeAttributes(id, cells, error)) return Outcome::Failed;
    return outcome;
}

bool RowWriter::storeAttributes(int64_t customerId, const std::vector<std::string_view>& cells,
                                QString& error) {
    if (!m_attribute) return true;
    for (size_t i = 0; i < m_mapping.unmappedColumns.size(); ++i) {
        const std::string_view value = trimmed(cells[static_cast<size_t>(m_mapping.unmappedColumns[i])]);
        const QByteArray& name = m_attributeNames[i];
        m_attribute->bind(1, customerId);
        m_attribute->bind(2, std::string_view(name.constData(), static_cast<size_t>(name.size())));
        if (value.empty())
            m_attribute->bindNull(3);
        else
            m_attribute->bind(3, value);
        if (stepOrFail(*m_attribute, error) == Outcome::Failed) return false;
    }
    return true;
}

} // namespace tenure::io
