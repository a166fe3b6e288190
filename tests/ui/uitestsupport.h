#pragma once

#include <QApplication>
#include <QThreadPool>

#include <gtest/gtest.h>

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

// The application is never deleted (GoogleTest owns main), so nothing would wait for views'
// background computations still running when the last test ends: they would finish while the
// program's statics (Qt Sql's connection list among them) are being destroyed. The suite's
// tear-down waits for them first.
class WaitForBackgroundWork final : public ::testing::Environment {
public:
    void TearDown() override { QThreadPool::globalInstance()->waitForDone(); }
};
inline ::testing::Environment* const waitForBackgroundWork =
    ::testing::AddGlobalTestEnvironment(new WaitForBackgroundWork);

} // namespace tenure::test
