// tenure: the desktop application. Sets its identity and language, parses the arguments, creates
// the demo store on first run, and shows the main window; everything else lives in tenure_ui
// and tenure_core.
#include "demo/demostore.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow.h"
#include "model/appidentity.h"
#include "model/dates.h"
#include "reports/healthreport.h"
#include "reports/playbookrun.h"
#include "store/store.h"
#include "translations.h"
#include "views/accountsview.h"
#include "views/dashboardview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <cstdlib>

namespace {

using Progress = std::function<void(const QString& message, double fraction)>;

// The name people read, the desktop file (Wayland's app id; the shell's icon and launcher) and
// the window icon, from the icons embedded in resources/tenure.qrc.
void applyDesktopIdentity() {
    QGuiApplication::setApplicationDisplayName(tenure::appDisplayName());
    QGuiApplication::setDesktopFileName(tenure::appId());
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(tenure::appId()));
    QApplication::setWindowIcon(icon);
}

// The store file from `tenure [--db FILE] [store]`, else the user's default store.
QString storePathFromArguments(const QApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tenure: a local-first retention dashboard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("main", "The store file to open."),
                                QCoreApplication::translate("main", "FILE"));
    parser.addOption(db);
    parser.addPositionalArgument(
        QStringLiteral("store"),
        QCoreApplication::translate("main", "The store file to open (a new one is filled with demo data)."),
        QCoreApplication::translate("main", "[store]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(db) && !positional.isEmpty())) {
        std::fprintf(stderr, "tenure: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "give one store file, either as an argument or with --db")));
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
    if (tenure::Status filled = tenure::demo::fillDemoStore(*opened.value(), options, progress); !filled)
        return filled;
    // The demo company's playbooks fire as after an import, so "My tasks" has its tasks.
    const auto run =
        tenure::reports::runPlaybooks(*opened.value(), {options.today, QDateTime::currentSecsSinceEpoch()});
    return run ? tenure::Status() : tenure::Status::failure(run.error());
}

// The dialog's words for the phase the core reports (in English, "importing orders" and the
// like): the kind being imported, with a fallback to the generic text for anything else.
QString demoPhaseText(const QString& message) {
    static const char* const kinds[] = {
        QT_TRANSLATE_NOOP("main", "customers"),    QT_TRANSLATE_NOOP("main", "subscriptions"),
        QT_TRANSLATE_NOOP("main", "orders"),       QT_TRANSLATE_NOOP("main", "events"),
        QT_TRANSLATE_NOOP("main", "tickets"),      QT_TRANSLATE_NOOP("main", "nps"),
        QT_TRANSLATE_NOOP("main", "feedback"),     QT_TRANSLATE_NOOP("main", "onboarding"),
        QT_TRANSLATE_NOOP("main", "interactions"), QT_TRANSLATE_NOOP("main", "loyalty")};
    const QString importing = QStringLiteral("importing ");
    if (message.startsWith(importing)) {
        const QString kind = message.mid(importing.size());
        for (const char* known : kinds) {
            if (kind == QLatin1String(known))
                return QCoreApplication::translate("main", "Creating a demo company: importing %1…")
                    .arg(QCoreApplication::translate("main", known));
        }
    }
    return QCoreApplication::translate("main", "Creating a demo company for your first look at Tenure…");
}

// Creates and fills a new store behind a progress dialog. On failure the partial file is removed
// (so that the next start tries again) and the message returned, for the window to show.
QString createDemoStoreWithProgress(const QString& path) {
    QProgressDialog dialog(demoPhaseText({}), QString(), 0, 1000);
    dialog.setWindowTitle(QCoreApplication::translate("main", "First run"));
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
                dialog.setLabelText(demoPhaseText(message));
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
    return QCoreApplication::translate("main", "The demo company could not be created (nothing was kept): %1")
        .arg(filled.error());
}

// TENURE_SCREENSHOT=file.png: grab the window 3 s after the data arrived, save it, and quit
// (for the documentation's screenshots and for looking at the window in CI).
// TENURE_SCREENSHOT_VIEW=N shows the sidebar's view N first (for the detail view, the account
// TENURE_SCREENSHOT_ACCOUNT names, else the first of the table); TENURE_SCREENSHOT_TASKS=1 shows
// the "My tasks" dock too.
void scheduleScreenshot(tenure::ui::MainWindow& window, const QString& file) {
    const auto grabLater = [&window, file] {
        if (qEnvironmentVariableIsSet("TENURE_SCREENSHOT_TASKS")) window.tasksDock()->show();
        bool numeric = false;
        const int view = qEnvironmentVariableIntValue("TENURE_SCREENSHOT_VIEW", &numeric);
        if (numeric && view == tenure::ui::MainWindow::Account) {
            // TENURE_SCREENSHOT_ACCOUNT=ID picks the account; else the table's first.
            const QModelIndex first = window.accountsView()->table()->model()->index(0, 0);
            const QString account = qEnvironmentVariable("TENURE_SCREENSHOT_ACCOUNT");
            if (!account.isEmpty())
                window.openAccount(account);
            else if (first.isValid())
                window.openAccount(first.data().toString());
        } else if (numeric && view >= 0 && view < tenure::ui::MainWindow::ViewCount) {
            window.showView(static_cast<tenure::ui::MainWindow::View>(view));
        }
        QTimer::singleShot(3000, &window, [&window, file] {
            if (!window.grab().save(file))
                std::fprintf(
                    stderr, "tenure: %s\n",
                    qPrintable(QCoreApplication::translate("main", "cannot save the screenshot to %1")
                                   .arg(QDir::toNativeSeparators(file))));
            QCoreApplication::quit();
        });
    };
    QObject::connect(&window, &tenure::ui::MainWindow::customersLoaded, &window, grabLater);
    QObject::connect(&window, &tenure::ui::MainWindow::loadFailed, &window, grabLater);
}

// TENURE_STARTUP_TIMES=1: print when the window showed its first dashboard cards, all of them,
// and the accounts list (milliseconds since main() began), then quit: the start-up benchmark
// (tests/bench/startup_workload.sh).
void reportStartupTimes(tenure::ui::MainWindow& window, const QElapsedTimer& sinceStart) {
    auto* dashboard = window.dashboardView();
    auto remaining = std::make_shared<int>(2);
    auto done = [remaining] {
        if (--*remaining == 0) QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    QObject::connect(dashboard, &tenure::ui::DashboardView::firstCardsShown, &window, [&sinceStart] {
        std::printf("first_cards_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
    });
    QObject::connect(dashboard, &tenure::ui::ScopedView::refreshed, &window, [&sinceStart, done] {
        std::printf("all_cards_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        done();
    });
    QObject::connect(&window, &tenure::ui::MainWindow::customersLoaded, &window,
                     [&sinceStart, done](int count) {
                         std::printf("accounts_ms %lld\naccounts %d\n",
                                     static_cast<long long>(sinceStart.elapsed()), count);
                         std::fflush(stdout);
                         done();
                     });
}

// A CSV file is data to import, not a store: it is never opened as one. The window opens the
// user's store (an empty one when there is none yet: their data should not land among the demo
// company's) and starts the import wizard on the file.
bool isCsvFile(const QString& path) {
    return QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
}

QString createEmptyStore(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = tenure::store::Store::open(path, {tenure::store::OpenMode::CreateIfMissing});
    return opened ? QString() : opened.error();
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    tenure::applyAppIdentity();
    tenure::reports::registerHealthSegmentFields(); // health_band, health_score, churn_risk
    applyDesktopIdentity();
    tenure::ui::SettingsDialog::applyTheme();
    tenure::ui::installTranslators();
    QString path = storePathFromArguments(app);
    QString csvToImport;
    if (isCsvFile(path)) {
        csvToImport = path;
        path = tenure::defaultStorePath();
    }

    QString problem;
    if (!QFileInfo::exists(path))
        problem = csvToImport.isEmpty() ? createDemoStoreWithProgress(path) : createEmptyStore(path);

    tenure::ui::MainWindow window;
    const QString screenshot = qEnvironmentVariable("TENURE_SCREENSHOT");
    if (!screenshot.isEmpty()) scheduleScreenshot(window, screenshot);
    if (qEnvironmentVariableIsSet("TENURE_STARTUP_TIMES")) reportStartupTimes(window, sinceStart);
    window.show();
    if (problem.isEmpty())
        window.openStore(path);
    else
        window.showProblem(problem);
    if (problem.isEmpty() && !csvToImport.isEmpty())
        QTimer::singleShot(0, &window, [&window, csvToImport] { window.startImport(csvToImport); });
    return app.exec();
}
