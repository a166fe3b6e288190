#include "appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tenure {

void applyAppIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral(TENURE_ORGANIZATION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(TENURE_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(TENURE_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
}

QString appDisplayName() {
    return QStringLiteral(TENURE_DISPLAY_NAME);
}

QString appId() {
    return QStringLiteral(TENURE_APP_ID);
}

QString defaultStorePath() {
    const QString fromEnvironment = qEnvironmentVariable("TENURE_DB");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    // The application's folder in the generic data location rather than AppDataLocation: with
    // the organization set, that one is <data>/tenure/tenure, and stores stay where they were.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString folder = QDir(data).filePath(QStringLiteral(TENURE_APP_NAME));
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tenure.sqlite"));
}

} // namespace tenure
