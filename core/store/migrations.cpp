#include "migrations.h"

#include <QString>

namespace tenure::store {

namespace {

// Version 1: the entities of data-model.md. Dates are days since 1970-01-01 (columns named
// *_date), instants are epoch seconds (columns named *_at). Rows of entities without a natural
// key carry row_key, a 64-bit hash of the whole row; (customer, time, row_key) is their primary
// key in a WITHOUT ROWID table: re-importing a file finds its rows again, a row costs one
// B-tree insert instead of two, and a customer's rows lie together in time order for the
// account timeline. Their other required columns say so with CHECK (… IS NOT NULL): SQLite
// 3.40's integrity_check misreads NOT NULL on non-key columns of WITHOUT ROWID tables.
// Indexes serve per-account look-ups only (the keys above, tickets by customer): reports read
// whole tables in one sequential pass, where an index on a date or segment would only slow
// every import down.
constexpr const char* schemaV1 = R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE,
    name TEXT, email TEXT, company TEXT, segment TEXT, plan TEXT, owner TEXT, region TEXT,
    signup_date INTEGER,
    signup_inferred INTEGER NOT NULL DEFAULT 0,
    churn_date INTEGER,
    churned INTEGER,
    churn_reason TEXT,
    mrr REAL,
    renewal_date INTEGER,
    tags TEXT,
    tenure_months INTEGER
);

CREATE TABLE customer_attributes (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (customer, name)
) WITHOUT ROWID;

CREATE TABLE subscriptions (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL, ended_at INTEGER, plan TEXT, mrr REAL, billing_period TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, started_at, row_key)
) WITHOUT ROWID;

CREATE TABLE orders (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at INTEGER NOT NULL, order_id TEXT, amount REAL, quantity REAL, unit_price REAL,
    currency TEXT, channel TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, ordered_at, row_key)
) WITHOUT ROWID;

CREATE TABLE events (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL, kind TEXT CHECK (kind IS NOT NULL), feature TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, occurred_at, row_key)
) WITHOUT ROWID;

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    ticket_key TEXT NOT NULL UNIQUE,
    customer INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL, first_response_at INTEGER, resolved_at INTEGER,
    channel TEXT, priority TEXT, agent TEXT, contacts INTEGER, wait_seconds REAL,
    abandoned INTEGER, csat INTEGER CHECK (csat BETWEEN 1 AND 5), wow_note TEXT
);
CREATE INDEX tickets_customer ON tickets(customer);

CREATE TABLE nps (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    responded_at INTEGER NOT NULL, score INTEGER CHECK (score IS NOT NULL AND score BETWEEN 0 AND 10), comment TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, responded_at, row_key)
) WITHOUT ROWID;

CREATE TABLE feedback (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL, kind TEXT CHECK (kind IS NOT NULL), category TEXT, text TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, created_at, row_key)
) WITHOUT ROWID;

CREATE TABLE onboarding (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    milestone TEXT NOT NULL, due_date INTEGER, completed_at INTEGER,
    PRIMARY KEY (customer, milestone)
) WITHOUT ROWID;

CREATE TABLE interactions (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL, kind TEXT, note TEXT, owner TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, occurred_at, row_key)
) WITHOUT ROWID;

CREATE TABLE loyalty (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL, points INTEGER CHECK (points IS NOT NULL), reason TEXT,
    row_key INTEGER NOT NULL,
    PRIMARY KEY (customer, occurred_at, row_key)
) WITHOUT ROWID;

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL, file TEXT NOT NULL, finished_at INTEGER NOT NULL,
    read INTEGER NOT NULL, inserted INTEGER NOT NULL, updated INTEGER NOT NULL,
    skipped INTEGER NOT NULL, rejected INTEGER NOT NULL
);
)sql";

// Version 2: what people do with the data: settings, onboarding checklist templates, saved
// segments, tasks and notes. The default checklist is the one metrics.md describes.
constexpr const char* schemaV2 = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE checklist_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE checklist_milestones (
    id INTEGER PRIMARY KEY,
    template INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    offset_days INTEGER NOT NULL CHECK (offset_days >= 0),
    required INTEGER NOT NULL DEFAULT 1,
    UNIQUE (template, name)
);
INSERT INTO checklist_templates(id, name) VALUES (1, 'Standard onboarding');
INSERT INTO checklist_milestones(template, position, name, offset_days, required) VALUES
    (1, 1, 'Data migrated', 7, 1),
    (1, 2, 'Technical setup verified', 14, 1),
    (1, 3, 'First key feature used', 21, 1),
    (1, 4, 'Training completed', 30, 1);

CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    match TEXT NOT NULL DEFAULT 'all' CHECK (match IN ('all', 'any')),
    rules TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT,
    due_date INTEGER,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed')),
    source TEXT,
    created_at INTEGER NOT NULL,
    done_at INTEGER
);
CREATE INDEX tasks_customer ON tasks(customer);
CREATE INDEX tasks_owner_status ON tasks(owner, status);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX notes_customer ON notes(customer);
)sql";

// Version 3: each account's health score over time (metrics.md: "scores are kept over time"),
// one row per customer and day, written by `tenure-cli report health --snapshot-history`.
// Keyed like the entity tables, so an account's history lies together in day order; score and
// band say NOT NULL with CHECK, for the integrity_check reason given at version 1.
constexpr const char* schemaV3 = R"sql(
CREATE TABLE health_history (
    customer INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    score REAL CHECK (score IS NOT NULL AND score BETWEEN 0 AND 100),
    band TEXT CHECK (band IS NOT NULL AND band IN ('healthy', 'neutral', 'at_risk')),
    PRIMARY KEY (customer, day)
) WITHOUT ROWID;
)sql";

constexpr const char* steps[] = {schemaV1, schemaV2, schemaV3};
constexpr int stepCount = sizeof(steps) / sizeof(steps[0]);

Status execAll(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Status::failure(text);
    }
    return {};
}

} // namespace

int currentSchemaVersion() {
    return stepCount;
}

Status migrate(sqlite3* db, int fromVersion, int targetVersion) {
    for (int version = fromVersion + 1; version <= targetVersion && version <= stepCount; ++version) {
        if (Status s = execAll(db, "BEGIN IMMEDIATE"); !s) return s;
        Status step = execAll(db, steps[version - 1]);
        if (step) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
            step = execAll(db, setVersion.constData());
        }
        if (step) step = execAll(db, "COMMIT");
        if (!step) {
            execAll(db, "ROLLBACK");
            return Status::failure(QStringLiteral("upgrading the store to schema version %1 failed: %2")
                                       .arg(version)
                                       .arg(step.error()));
        }
    }
    return {};
}

} // namespace tenure::store
