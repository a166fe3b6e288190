#pragma once

#include <QStringList>

namespace tenure::cli {

// Runs `tenure-cli ARGS…` and returns the exit code (0 ok, 1 a problem found, 2 usage).
int run(const QStringList& arguments);

} // namespace tenure::cli
