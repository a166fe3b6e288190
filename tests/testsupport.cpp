#include "testsupport.h"

namespace tenure::test {

QString sharedData(const QString& relativePath) {
    return QStringLiteral(TENURE_SHARED_DATA "/") + relativePath;
}

} // namespace tenure::test

#include "store/statement.h"

#include <QFile>

namespace tenure::test {

TempStore::TempStore() {
    path = dir.filePath(QStringLiteral("store.sqlite"));
    auto opened = store::Store::open(path, {store::OpenMode::CreateIfMissing});
    if (opened) {
        store = std::move(opened.value());
        store->setSetting(QStringLiteral("time_zone"), QStringLiteral("UTC"));
    }
}

QString TempStore::writeFile(const QString& name, const std::string& content) const {
    const QString filePath = dir.filePath(name);
    QFile file(filePath);
    if (file.open(QIODevice::WriteOnly)) file.write(content.data(), static_cast<qint64>(content.size()));
    return filePath;
}

int64_t TempStore::scalar(const char* sql) const {
    store::Statement q(store->handle(), sql);
    return q.valid() && q.step() == SQLITE_ROW ? q.int64(0) : -1;
}

} // namespace tenure::test
