#pragma once

#include "model/expected.h"

#include <sqlite3.h>

namespace tenure::store {

// The schema version this build writes. PRAGMA user_version holds a store's version.
int currentSchemaVersion();

// Upgrades a store step by step to targetVersion; each step runs in its own transaction and
// rolls back whole on failure, so a store is always at a version it can name.
Status migrate(sqlite3* db, int fromVersion, int targetVersion);

} // namespace tenure::store
