#include "cli/cli.h"

#include "model/appidentity.h"
#include "reports/healthreport.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    tenure::applyAppIdentity();
    tenure::reports::registerHealthSegmentFields(); // health_band, health_score, churn_risk
    return tenure::cli::run(QCoreApplication::arguments());
}
