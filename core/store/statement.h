#pragma once

#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <string_view>

namespace tenure::store {

// A prepared statement on the native handle of a store's connection, for the paths where
// per-row QVariant binding would cost more than the work itself (import, columnar reads).
// SQL text is always a literal of ours; values only ever go in through bind().
class Statement final {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    bool valid() const { return m_stmt != nullptr; }
    QString error() const;

    // Parameters are 1-based, as in SQLite.
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    void bind(int index, int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    // The text must outlive step(): it is bound without a copy.
    void bind(int index, std::string_view utf8) {
        sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    }
    void bindCopy(int index, const QString& text);

    // SQLITE_ROW, SQLITE_DONE or an error code; reset() before the next execution.
    int step() { return sqlite3_step(m_stmt); }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    std::string_view text(int column) const;
    QString qtext(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tenure::store
