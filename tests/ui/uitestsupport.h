#pragma once

#include <QApplication>

namespace tenure::test {

// The one QApplication of the ui_tests process, created by the first suite that needs it
// (GoogleTest's main owns the process, so no test can create it in main()).
inline void ensureApplication() {
    if (QApplication::instance()) return;
    static int argc = 1;
    static char name[] = "ui_tests";
    static char* argv[] = {name, nullptr};
    new QApplication(argc, argv);
}

} // namespace tenure::test
