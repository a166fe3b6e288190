#pragma once

#include "demogenerator.h"

#include "model/expected.h"

#include <QString>

#include <functional>

namespace tenure::store {
class Store;
}

namespace tenure::demo {

// Fills a store with the demo company: the generator writes the canonical CSV files into a
// temporary folder and each is imported through the ordinary importer, so the demo exercises
// the same path as a user's files. `message` receives "importing events…" style updates.
Status fillDemoStore(store::Store& store, const DemoOptions& options,
                     const std::function<void(const QString& message, double fraction)>& progress = {});

// The order in which entity files are imported: customers first, their rows after.
const QStringList& demoImportOrder();

} // namespace tenure::demo
