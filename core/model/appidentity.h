#pragma once

#include <QString>

namespace tenure {

// Sets the application name and version (from CMake) that --version, the About box, QSettings
// and QStandardPaths use. Call once, right after the Q*Application is created.
void applyAppIdentity();

// The user's default store: $TENURE_DB, else tenure.sqlite in the application data folder.
QString defaultStorePath();

} // namespace tenure
