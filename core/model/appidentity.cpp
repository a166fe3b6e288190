#include "appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tenure {

void applyAppIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("tenure"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
}

QString defaultStorePath() {
    const QString fromEnvironment = qEnvironmentVariable("TENURE_DB");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tenure.sqlite"));
}

} // namespace tenure
