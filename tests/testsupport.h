#pragma once

#include <QString>

namespace tenure::test {

// Absolute path of a file under ../shared/data (the real public data sets).
QString sharedData(const QString& relativePath);

} // namespace tenure::test

#include "store/store.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace tenure::test {

// A fresh store in its own temporary folder, in UTC, for one test.
struct TempStore {
    TempStore();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Store> store;

    // Writes a file into the folder and returns its path.
    QString writeFile(const QString& name, const std::string& content) const;
    // A single integer from our own SQL.
    int64_t scalar(const char* sql) const;
};

} // namespace tenure::test
