#include "store.h"

#include "migrations.h"
#include "statement.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tenure::store {

namespace {

std::atomic<int> connectionCounter{0};

sqlite3* nativeHandle(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

} // namespace

Expected<std::unique_ptr<Store>> Store::open(const QString& path, const OpenOptions& options) {
    using Result = Expected<std::unique_ptr<Store>>;
    const QFileInfo info(path);
    if (options.mode == OpenMode::MustExist && !info.exists())
        return Result::failure(
            QStringLiteral("%1: no such store (create it with `init` or `import`)").arg(path));
    if (info.exists() && info.isDir())
        return Result::failure(QStringLiteral("%1: is a folder, not a store file").arg(path));

    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_connectionName = QStringLiteral("tenure-store-%1").arg(connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Result::failure(QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()));
        store->m_handle = nativeHandle(db);
    }
    if (!store->m_handle)
        return Result::failure(QStringLiteral("%1: the Qt SQLite driver gave no native handle").arg(path));

    // Read the version before anything writes to the file: a newer store is left untouched.
    int version = 0;
    {
        Statement q(store->m_handle, "PRAGMA user_version");
        if (!q.valid() || q.step() != SQLITE_ROW)
            return Result::failure(QStringLiteral("%1: not a Tenure store (%2)").arg(path, q.error()));
        version = static_cast<int>(q.int64(0));
    }
    const int current = currentSchemaVersion();
    if (version > current)
        return Result::failure(QStringLiteral("%1: the store has schema version %2, newer than this Tenure "
                                              "understands (%3); it was not changed. Use a newer Tenure.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(current));
    // Version 0 with tables of its own is another application's database: upgrading it would
    // write our schema into someone else's file.
    if (version == 0) {
        Statement tables(store->m_handle, "SELECT count(*) FROM sqlite_schema");
        if (tables.valid() && tables.step() == SQLITE_ROW && tables.int64(0) > 0)
            return Result::failure(
                QStringLiteral("%1: not a Tenure store (it holds another application's tables); "
                               "it was not changed")
                    .arg(path));
    }

    for (const char* pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -131072"}) {
        if (Status s = store->exec(pragma); !s)
            return Result::failure(QStringLiteral("%1: %2").arg(path, s.error()));
    }
    const int target = options.schemaVersion < 0 ? current : options.schemaVersion;
    if (version < target) {
        if (Status s = migrate(store->m_handle, version, target); !s)
            return Result::failure(QStringLiteral("%1: %2").arg(path, s.error()));
    }
    return Result(std::move(store));
}

Store::~Store() {
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const {
    Statement q(m_handle, "PRAGMA user_version");
    return q.step() == SQLITE_ROW ? static_cast<int>(q.int64(0)) : -1;
}

Status Store::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle));
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

QString Store::setting(const QString& key, const QString& fallback) const {
    Statement q(m_handle, "SELECT value FROM settings WHERE key = ?");
    if (!q.valid()) return fallback;
    q.bindCopy(1, key);
    return q.step() == SQLITE_ROW && !q.isNull(0) ? q.qtext(0) : fallback;
}

Status Store::setSetting(const QString& key, const QString& value) {
    Statement q(m_handle, "INSERT INTO settings(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, key);
    q.bindCopy(2, value);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

Status Store::removeSetting(const QString& key) {
    Statement q(m_handle, "DELETE FROM settings WHERE key = ?");
    if (!q.valid()) return Status::failure(q.error());
    q.bindCopy(1, key);
    if (q.step() != SQLITE_DONE) return Status::failure(q.error());
    return {};
}

std::vector<std::pair<QString, QString>> Store::settings() const {
    Statement q(m_handle, "SELECT key, value FROM settings ORDER BY key");
    std::vector<std::pair<QString, QString>> out;
    if (!q.valid()) return out;
    while (q.step() == SQLITE_ROW)
        out.emplace_back(q.qtext(0), q.qtext(1));
    return out;
}

QTimeZone Store::timeZone() const {
    const QString id = setting(QStringLiteral("time_zone"));
    if (!id.isEmpty()) {
        QTimeZone zone(id.toUtf8());
        if (zone.isValid()) return zone;
    }
    return QTimeZone::systemTimeZone();
}

Transaction::Transaction(Store& store)
    : m_store(store) {
    const Status s = m_store.exec("BEGIN IMMEDIATE");
    m_active = s.ok();
    if (!s) m_error = s.error();
}

Transaction::~Transaction() {
    if (m_active) m_store.exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_active) return Status::failure(m_error.isEmpty() ? QStringLiteral("no transaction") : m_error);
    const Status s = m_store.exec("COMMIT");
    if (s) m_active = false;
    return s;
}

} // namespace tenure::store
