#include "customerindex.h"

namespace tenure::store {

CustomerIndex::CustomerIndex(sqlite3* db)
    : m_db(db)
    , m_insert(db, "INSERT INTO customers(customer_key, signup_inferred) VALUES (?, 1)") {}

Status CustomerIndex::load() {
    Statement count(m_db, "SELECT max(id) FROM customers");
    if (count.valid() && count.step() == SQLITE_ROW)
        m_ids.reserve(static_cast<size_t>(count.int64(0)) + 1024);
    Statement all(m_db, "SELECT customer_key, id, signup_inferred, signup_date FROM customers");
    if (!all.valid()) return Status::failure(all.error());
    int rc = SQLITE_ROW;
    while ((rc = all.step()) == SQLITE_ROW) {
        const int64_t id = all.int64(1);
        m_ids.insert(all.text(0), id);
        if (all.int64(2) != 0)
            m_inferred.emplace(id, Inferred{all.isNull(3) ? 0 : all.int64(3), !all.isNull(3), false});
    }
    if (rc != SQLITE_DONE) return Status::failure(all.error());
    return {};
}

int64_t CustomerIndex::find(std::string_view key) const {
    return m_ids.find(key);
}

Expected<int64_t> CustomerIndex::findOrCreate(std::string_view key, bool& created) {
    created = false;
    if (const int64_t id = find(key)) return id;
    m_insert.bind(1, key);
    const int rc = m_insert.step();
    m_insert.reset();
    if (rc != SQLITE_DONE)
        return Expected<int64_t>::failure(QStringLiteral("cannot create customer: %1").arg(m_insert.error()));
    const int64_t id = sqlite3_last_insert_rowid(m_db);
    m_ids.insert(key, id);
    m_inferred.emplace(id, Inferred{});
    created = true;
    return id;
}

void CustomerIndex::noteActivityDay(int64_t id, int64_t day) {
    const auto it = m_inferred.find(id);
    if (it == m_inferred.end()) return;
    Inferred& inferred = it->second;
    if (!inferred.known || day < inferred.day) {
        inferred.day = day;
        inferred.known = true;
        inferred.changed = true;
    }
}

Status CustomerIndex::storeInferredSignups() {
    Statement update(m_db, "UPDATE customers SET signup_date = ? WHERE id = ? AND signup_inferred = 1");
    if (!update.valid()) return Status::failure(update.error());
    for (auto& [id, inferred] : m_inferred) {
        if (!inferred.changed) continue;
        update.bind(1, inferred.day);
        update.bind(2, id);
        const int rc = update.step();
        update.reset();
        if (rc != SQLITE_DONE) return Status::failure(update.error());
        inferred.changed = false;
    }
    return {};
}

} // namespace tenure::store
