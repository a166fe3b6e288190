// tenure: the desktop application. Parses the arguments, creates the demo store on first run,
// and shows the main window; everything else lives in tenure_ui and tenure_core.
#include "demo/demostore.h"
#include "mainwindow.h"
#include "model/appidentity.h"
#include "model/dates.h"
#include "store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <cstdlib>

namespace {

using Progress = std::function<void(const QString& message, double fraction)>;

// The store file from `tenure [--db FILE] [store]`, else the user's default store.
QString storePathFromArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenure: a local-first retention dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The store file to open."),
                                QStringLiteral("FILE"));
    parser.addOption(db);
    parser.addPositionalArgument(
        QStringLiteral("store"),
        QStringLiteral("The store file to open (a new one is filled with demo data)."),
        QStringLiteral("[store]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(db) && !positional.isEmpty())) {
        std::fprintf(stderr, "tenure: give one store file, either as an argument or with --db\n");
        std::exit(2);
    }
    if (parser.isSet(db)) return parser.value(db);
    if (!positional.isEmpty()) return positional.first();
    return tenure::defaultStorePath();
}

// Runs on a worker thread: the new store's connection is opened, used and closed there.
tenure::Status createDemoStore(const QString& path, const Progress& progress) {
    auto opened = tenure::store::Store::open(path, {tenure::store::OpenMode::CreateIfMissing});
    if (!opened) return tenure::Status::failure(opened.error());
    const QDate today = QDate::currentDate();
    tenure::demo::DemoOptions options;
    options.customers = 2000;
    options.seed = 42;
    options.today = tenure::daysFromCivil(today.year(), today.month(), today.day());
    return tenure::demo::fillDemoStore(*opened.value(), options, progress);
}

// Creates and fills a new store behind a progress dialog. On failure the partial file is removed
// (so that the next start tries again) and the message returned, for the window to show.
QString createDemoStoreWithProgress(const QString& path) {
    QProgressDialog dialog(QObject::tr("Creating a demo company for your first look at Tenure…"), QString(),
                           0, 1000);
    dialog.setWindowTitle(QObject::tr("Tenure — first run"));
    dialog.setMinimumDuration(0);
    dialog.setMinimumWidth(420);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    dialog.show();

    // Called on the worker: only changes cross to the GUI thread, as queued calls on the dialog.
    Progress progress = [&dialog, lastPermille = -1, lastMessage = QString()](const QString& message,
                                                                              double fraction) mutable {
        const int permille = qBound(0, static_cast<int>(fraction * 1000), 1000);
        if (permille == lastPermille && message == lastMessage) return;
        lastPermille = permille;
        lastMessage = message;
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, message, permille] {
                dialog.setLabelText(QObject::tr("Creating a demo company: %1…").arg(message));
                dialog.setValue(permille);
            },
            Qt::QueuedConnection);
    };
    QFutureWatcher<tenure::Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(createDemoStore, path, progress));
    loop.exec();
    watcher.waitForFinished(); // the loop also ends when the user quits early
    const tenure::Status filled = watcher.result();
    dialog.hide();
    if (filled) return {};
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return QObject::tr("The demo company could not be created (nothing was kept): %1").arg(filled.error());
}

// TENURE_SCREENSHOT=file.png: grab the window 3 s after the data arrived, save it, and quit
// (for the documentation's screenshots and for looking at the window in CI).
void scheduleScreenshot(tenure::ui::MainWindow& window, const QString& file) {
    const auto grabLater = [&window, file] {
        QTimer::singleShot(3000, &window, [&window, file] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "tenure: cannot save the screenshot to %s\n", qPrintable(file));
            QCoreApplication::quit();
        });
    };
    QObject::connect(&window, &tenure::ui::MainWindow::customersLoaded, &window, grabLater);
    QObject::connect(&window, &tenure::ui::MainWindow::loadFailed, &window, grabLater);
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    tenure::applyAppIdentity();
    const QString path = storePathFromArguments(app);

    const QString problem = QFileInfo::exists(path) ? QString() : createDemoStoreWithProgress(path);

    tenure::ui::MainWindow window;
    const QString screenshot = qEnvironmentVariable("TENURE_SCREENSHOT");
    if (!screenshot.isEmpty()) scheduleScreenshot(window, screenshot);
    window.show();
    if (problem.isEmpty())
        window.openStore(path);
    else
        window.showProblem(problem);
    return app.exec();
}
