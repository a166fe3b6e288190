#pragma once

#include <QString>

namespace tenure {

// The application's identity comes from CMake (the top-level CMakeLists.txt sets it once) and is
// used by --version, the About box, QSettings, QStandardPaths, the desktop file and the package.

// Sets the organization, the application name and the version that --version, the About box,
// QSettings (~/.config/tenure/tenure.conf) and QStandardPaths use. Call once, right after the
// Q*Application is created.
void applyAppIdentity();

// The name people read: "Tenure" (the application name, "tenure", names files and folders).
QString appDisplayName();

// The reverse-DNS id: the desktop file's name without ".desktop", the AppStream id, the icon name.
QString appId();

// The user's default store: $TENURE_DB, else tenure.sqlite in the application's data folder
// (~/.local/share/tenure/tenure.sqlite on Linux).
QString defaultStorePath();

} // namespace tenure
