#pragma once

#include "model/expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <sqlite3.h>

#include <memory>
#include <utility>
#include <vector>

namespace tenure::store {

enum class OpenMode { CreateIfMissing, MustExist };

struct OpenOptions {
    OpenMode mode = OpenMode::MustExist;
    // Stop upgrading at this version (tests of migrations build stores at older versions).
    int schemaVersion = -1; // -1: the current version
};

// One SQLite store file on one named Qt Sql connection, owned by the thread that opened it.
// WAL journal, foreign keys on, and a busy timeout so that a second process waits its turn.
class Store final {
public:
    static Expected<std::unique_ptr<Store>> open(const QString& path, const OpenOptions& options = {});
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const QString& path() const { return m_path; }
    QSqlDatabase database() const;
    // The native handle, for prepared statements on bulk paths (see Statement).
    sqlite3* handle() const { return m_handle; }
    int schemaVersion() const;

    // Runs SQL text of ours (never user text) that returns no rows.
    Status exec(const char* sql);

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    Status removeSetting(const QString& key);
    // Every stored setting as (key, value), ordered by key.
    std::vector<std::pair<QString, QString>> settings() const;
    // The store's time zone: the `time_zone` setting, else the machine's zone.
    QTimeZone timeZone() const;

private:
    Store() = default;
    QString m_path;
    QString m_connectionName;
    sqlite3* m_handle = nullptr;
};

// Begins an immediate transaction; rolls it back unless commit() succeeded.
class Transaction final {
public:
    explicit Transaction(Store& store);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();

private:
    Store& m_store;
    bool m_active = false;
    QString m_error;
};

} // namespace tenure::store
