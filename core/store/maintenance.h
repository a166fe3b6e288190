#pragma once

#include "model/expected.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace tenure::store {

class Store;

// A consistent copy of the store (VACUUM INTO, which reads one snapshot while other
// connections keep writing). The destination must not exist yet.
Status backupStore(Store& store, const QString& destination);

// Integrity and schema problems, one message each; empty when the store is sound.
QStringList checkStore(Store& store);

// Rows of an entity (customers, orders, …).
Expected<int64_t> countRows(Store& store, const QString& kind);

} // namespace tenure::store
