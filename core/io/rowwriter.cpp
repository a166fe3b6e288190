#include "rowwriter.h"

#include <cstring>

namespace tenure::io {

namespace {

// Rows per multi-row INSERT; far below SQLite's parameter limit for every entity.
constexpr size_t pendingCapacity = 64;

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
    m_timeField = entity.fieldIndex(entity.timeField);
    m_signupField = entity.fieldIndex("signup_date");
    m_isOrders = std::strcmp(entity.name, "orders") == 0;
    // Written when a row is found again: the columns the file maps, but not the natural key
    // itself, and the churned flag when it is derived from a mapped churn date.
    m_updated.assign(entity.fields.size(), false);
    for (const Column& c : m_columns)
        m_updated[c.field] =
            mapping.has(static_cast<int>(c.field)) && c.name != "ticket_key" && c.name != "milestone";
    const int churned = entity.fieldIndex("churned");
    if (isCustomers(entity) && mapping.has(entity.fieldIndex("churn_date")))
        m_updated[static_cast<size_t>(churned)] = true;
}

bool RowWriter::prepare(QString& error) {
    return isCustomers(m_entity) ? prepareCustomerStatements(error) : prepareRowStatements(error);
}

bool RowWriter::prepareRowStatements(QString& error) {
    const bool wholeRow = m_entity.key == KeyKind::WholeRow;
    std::string columns = "customer";
    std::string placeholders = "(?";
    for (const Column& c : m_columns) {
        columns += ", " + c.name;
        placeholders += ", ?";
    }
    if (wholeRow) {
        columns += ", row_key";
        placeholders += ", ?";
    }
    placeholders += ")";

    std::string conflict = " ON CONFLICT DO NOTHING";
    if (!wholeRow) {
        std::string sets;
        const auto addSet = [&sets](const std::string& column) {
            if (!sets.empty()) sets += ", ";
            sets += column + " = excluded." + column;
        };
        if (m_entity.key == KeyKind::TicketId && m_mapping.has(m_customerField)) addSet("customer");
        for (const Column& c : m_columns)
            if (m_updated[c.field]) addSet(c.name);
        const std::string target =
            m_entity.key == KeyKind::TicketId ? "(ticket_key)" : "(customer, milestone)";
        conflict =
            sets.empty() ? " ON CONFLICT DO NOTHING" : " ON CONFLICT" + target + " DO UPDATE SET " + sets;
    }
    const std::string head = "INSERT INTO " + std::string(m_entity.table) + " (" + columns + ") VALUES ";
    std::string many = head;
    for (size_t i = 0; i < pendingCapacity; ++i)
        many += (i ? ", " : "") + placeholders;
    m_insert = std::make_unique<store::Statement>(m_db, head + placeholders + conflict);
    m_insertMany = std::make_unique<store::Statement>(m_db, many + conflict);
    for (const auto* stmt : {m_insert.get(), m_insertMany.get()}) {
        if (!stmt->valid()) {
            error = stmt->error();
            return false;
        }
    }
    m_pending.reserve(pendingCapacity);
    if (!wholeRow) {
        m_rowsBefore = rowCount(error);
        if (m_rowsBefore < 0) return false;
    }
    return true;
}

bool RowWriter::prepareCustomerStatements(QString& error) {
    std::string columns = "customer_key";
    std::string placeholders = "?";
    std::string sets;
    for (const Column& c : m_columns) {
        columns += ", " + c.name;
        placeholders += ", ?";
        if (m_updated[c.field]) sets += (sets.empty() ? "" : ", ") + c.name + " = ?";
    }
    // A signup date from a customers file replaces one inferred from a first order.
    if (m_mapping.has(m_signupField)) sets += std::string(sets.empty() ? "" : ", ") + "signup_inferred = 0";
    if (sets.empty()) sets = "customer_key = customer_key";
    m_insert = std::make_unique<store::Statement>(m_db, "INSERT INTO customers (" + columns + ") VALUES (" +
                                                            placeholders + ")");
    m_updateCustomer =
        std::make_unique<store::Statement>(m_db, "UPDATE customers SET " + sets + " WHERE id = ?");
    for (const auto* stmt : {m_insert.get(), m_updateCustomer.get()}) {
        if (!stmt->valid()) {
            error = stmt->error();
            return false;
        }
    }
    if (!m_mapping.unmappedColumns.empty()) {
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

int RowWriter::bindValues(store::Statement& stmt, int index, const FieldValue* values, bool updatedOnly) {
    for (const Column& c : m_columns) {
        if (updatedOnly && !m_updated[c.field]) continue;
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

bool RowWriter::step(store::Statement& stmt, QString& error) {
    const int rc = stmt.step();
    stmt.reset();
    if (rc != SQLITE_DONE) {
        error = stmt.error();
        return false;
    }
    return true;
}

int64_t RowWriter::resolveCustomer(const FieldValue* values, QString& error) {
    const FieldValue& key = values[m_customerField];
    if (!key.present) return 0;
    if (m_lastCustomer != 0 && key.text == m_lastCustomerKey) return m_lastCustomer;
    bool created = false;
    const auto id = m_customers.findOrCreate(key.text, created);
    if (!id) {
        error = id.error();
        return -1;
    }
    m_customersCreated += created ? 1 : 0;
    m_lastCustomer = id.value();
    m_lastCustomerKey.assign(key.text);
    return m_lastCustomer;
}

bool RowWriter::write(const FieldValue* values, int64_t rowKey, QString& error) {
    if (isCustomers(m_entity)) return writeCustomer(values, error);
    const int64_t customer = resolveCustomer(values, error);
    if (customer < 0) return false;
    if (customer > 0 && m_isOrders)
        m_customers.noteActivityDay(customer, m_clock.localDay(values[m_timeField].integer));
    m_pending.push_back({values, customer, rowKey});
    return m_pending.size() < pendingCapacity || flush(error);
}

bool RowWriter::storeRows(store::Statement& stmt, size_t from, size_t to, QString& error) {
    int index = 1;
    for (size_t i = from; i < to; ++i) {
        const PendingRow& row = m_pending[i];
        if (row.customer)
            stmt.bind(index++, row.customer);
        else
            stmt.bindNull(index++);
        index = bindValues(stmt, index, row.values, false);
        if (m_entity.key == KeyKind::WholeRow) stmt.bind(index++, row.rowKey);
    }
    if (!step(stmt, error)) return false;
    const auto rows = static_cast<int64_t>(to - from);
    if (m_entity.key == KeyKind::WholeRow) {
        const auto inserted = static_cast<int64_t>(sqlite3_changes(m_db));
        m_counts.inserted += inserted;
        m_counts.unchanged += rows - inserted;
    }
    m_written += rows;
    return true;
}

bool RowWriter::flush(QString& error) {
    bool ok = true;
    if (m_pending.size() == pendingCapacity)
        ok = storeRows(*m_insertMany, 0, m_pending.size(), error);
    else
        for (size_t i = 0; i < m_pending.size() && ok; ++i)
            ok = storeRows(*m_insert, i, i + 1, error);
    m_pending.clear();
    return ok;
}

bool RowWriter::finish(QString& error) {
    if (!flush(error)) return false;
    if (isCustomers(m_entity) || m_entity.key == KeyKind::WholeRow) return true;
    // An upsert's changes() counts inserts and updates alike; the table's growth tells them apart.
    const int64_t rowsAfter = rowCount(error);
    if (rowsAfter < 0) return false;
    m_counts.inserted = rowsAfter - m_rowsBefore;
    m_counts.updated = m_written - m_counts.inserted;
    return true;
}

int64_t RowWriter::rowCount(QString& error) const {
    store::Statement count(m_db, "SELECT count(*) FROM " + std::string(m_entity.table));
    if (!count.valid() || count.step() != SQLITE_ROW) {
        error = count.error();
        return -1;
    }
    return count.int64(0);
}

bool RowWriter::writeCustomer(const FieldValue* values, QString& error) {
    const std::string_view key = values[m_customerField].text;
    int64_t id = m_customers.find(key);
    if (id == 0) {
        m_insert->bind(1, key);
        bindValues(*m_insert, 2, values, false);
        if (!step(*m_insert, error)) return false;
        id = sqlite3_last_insert_rowid(m_db);
        m_customers.add(key, id);
        ++m_counts.inserted;
    } else {
        const int index = bindValues(*m_updateCustomer, 1, values, true);
        m_updateCustomer->bind(index, id);
        if (!step(*m_updateCustomer, error)) return false;
        ++m_counts.updated;
    }
    return storeAttributes(id, values + m_entity.fields.size(), error);
}

bool RowWriter::storeAttributes(int64_t customerId, const FieldValue* attributes, QString& error) {
    if (!m_attribute) return true;
    for (size_t i = 0; i < m_attributeNames.size(); ++i) {
        const QByteArray& name = m_attributeNames[i];
        m_attribute->bind(1, customerId);
        m_attribute->bind(2, std::string_view(name.constData(), static_cast<size_t>(name.size())));
        if (attributes[i].present)
            m_attribute->bind(3, attributes[i].text);
        else
            m_attribute->bindNull(3);
        if (!step(*m_attribute, error)) return false;
    }
    return true;
}

} // namespace tenure::io
