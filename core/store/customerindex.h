#pragma once

#include "keytable.h"
#include "model/expected.h"
#include "statement.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tenure::store {

// The customer ids of a store mapped to their row ids, held in memory for the length of an
// import: every row of every entity names its customer, and a hash look-up per row is what
// keeps a ten-million-row import fast. Customers it has to create get only their id, and
// (for shops that import orders alone) their first order stands in for the signup date.
class CustomerIndex final {
public:
    explicit CustomerIndex(sqlite3* db);

    Status load();
    // The row id of a customer id, or 0 when it is not stored.
    int64_t find(std::string_view key) const;
    // The row id, creating the customer (id only) when it is missing.
    Expected<int64_t> findOrCreate(std::string_view key, bool& created);
    // Remembers a customer's new row id (after the importer inserted it).
    void add(std::string_view key, int64_t id) { m_ids.insert(key, id); }
    // A first activity day, for customers whose signup date is inferred.
    void noteActivityDay(int64_t id, int64_t day);
    // Writes the inferred signup dates that moved earlier.
    Status storeInferredSignups();

private:
    struct Inferred {
        int64_t day = 0;
        bool known = false;
        bool changed = false;
    };

    sqlite3* m_db;
    KeyTable m_ids;
    std::unordered_map<int64_t, Inferred> m_inferred;
    Statement m_insert;
};

} // namespace tenure::store
