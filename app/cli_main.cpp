#include "cli/cli.h"

#include "model/appidentity.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    tenure::applyAppIdentity();
    return tenure::cli::run(QCoreApplication::arguments());
}
