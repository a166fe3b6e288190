#include "maintenance.h"

#include "migrations.h"
#include "statement.h"
#include "store.h"

#include "io/entities.h"

#include <QFileInfo>

#include <string>

namespace tenure::store {

Status backupStore(Store& store, const QString& destination) {
    if (QFileInfo::exists(destination))
        return Status::failure(
            QStringLiteral("%1: already exists; choose a new file for the backup").arg(destination));
    Statement vacuum(store.handle(), "VACUUM INTO ?");
    if (!vacuum.valid()) return Status::failure(vacuum.error());
    vacuum.bindCopy(1, destination);
    if (vacuum.step() != SQLITE_DONE)
        return Status::failure(QStringLiteral("%1: backup failed: %2").arg(destination, vacuum.error()));
    return {};
}

QStringList checkStore(Store& store) {
    QStringList problems;
    const int version = store.schemaVersion();
    if (version != currentSchemaVersion())
        problems << QStringLiteral("schema version %1, expected %2").arg(version).arg(currentSchemaVersion());

    Statement integrity(store.handle(), "PRAGMA integrity_check");
    while (integrity.step() == SQLITE_ROW) {
        const QString line = integrity.qtext(0);
        if (line != QStringLiteral("ok")) problems << QStringLiteral("integrity: %1").arg(line);
    }
    Statement foreignKeys(store.handle(), "PRAGMA foreign_key_check");
    while (foreignKeys.step() == SQLITE_ROW)
        problems << QStringLiteral("table %1, row %2: refers to a missing row of %3")
                        .arg(foreignKeys.qtext(0))
                        .arg(foreignKeys.int64(1))
                        .arg(foreignKeys.qtext(2));

    const char* tables[] = {"customers",
                            "customer_attributes",
                            "subscriptions",
                            "orders",
                            "events",
                            "tickets",
                            "nps",
                            "feedback",
                            "onboarding",
                            "interactions",
                            "loyalty",
                            "imports",
                            "settings",
                            "checklist_templates",
                            "checklist_milestones",
                            "segments",
                            "tasks",
                            "notes",
                            "health_history"};
    Statement table(store.handle(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    for (const char* name : tables) {
        table.bind(1, std::string_view(name));
        if (table.step() != SQLITE_ROW)
            problems << QStringLiteral("missing table %1").arg(QLatin1String(name));
        table.reset();
    }
    // Facts the schema cannot state: a churn before the signup is a broken record.
    Statement churnBeforeSignup(store.handle(),
                                "SELECT count(*) FROM customers WHERE churn_date < signup_date");
    if (churnBeforeSignup.step() == SQLITE_ROW && churnBeforeSignup.int64(0) > 0)
        problems
            << QStringLiteral("%1 customers churned before they signed up").arg(churnBeforeSignup.int64(0));
    return problems;
}

Expected<int64_t> countRows(Store& store, const QString& kind) {
    const io::EntitySpec* entity = io::findEntity(kind);
    if (!entity)
        return Expected<int64_t>::failure(QStringLiteral("unknown kind \"%1\"; it must be one of: %2")
                                              .arg(kind, io::entityNames().join(QStringLiteral(", "))));
    Statement count(store.handle(), "SELECT count(*) FROM " + std::string(entity->table));
    if (!count.valid() || count.step() != SQLITE_ROW) return Expected<int64_t>::failure(count.error());
    return count.int64(0);
}

} // namespace tenure::store
