#include "mainwindow.h"

#include "store/store.h"
#include "views/accountsview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace tenure::ui {

namespace {

// Runs on a worker thread: the connection is opened, used and closed there (one per thread).
Expected<store::CustomerList> readCustomers(const QString& path) {
    auto opened = store::Store::open(path, {store::OpenMode::MustExist});
    if (!opened) return Expected<store::CustomerList>::failure(opened.error());
    return store::loadCustomerList(*opened.value());
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_accounts(new AccountsView(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_busy(new QProgressBar(this)) {
    // The title is the store's name; the platform adds the application's display name.

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addItem(tr("Accounts"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(140);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { padding-top: 6px; } "
                                            "QListWidget::item { padding: 6px 10px; }"));
    m_stack->addWidget(m_accounts);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 1100});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_pathLabel->setObjectName(QStringLiteral("storePath"));
    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_countLabel);

    createMenus();
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::loadFinished);
    resize(1280, 800);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tenure"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openStore(const QString& path) {
    m_storePath = path;
    setWindowTitle(QFileInfo(path).fileName());
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_countLabel->setText(tr("Loading customers…"));
    m_busy->show();
    m_loader.setFuture(QtConcurrent::run(readCustomers, path));
}

void MainWindow::loadFinished() {
    m_busy->hide();
    if (!m_loader.future().isValid() || m_loader.future().resultCount() == 0) return;
    Expected<store::CustomerList> result = m_loader.future().takeResult();
    if (!result) {
        showProblem(tr("The store could not be read: %1").arg(result.error()));
        return;
    }
    const int count = static_cast<int>(result->size());
    m_accounts->setCustomers(std::move(result.value()));
    m_countLabel->setText(count == 1 ? tr("1 customer") : tr("%1 customers").arg(QLocale().toString(count)));
    Q_EMIT customersLoaded(count);
}

void MainWindow::showProblem(const QString& message) {
    m_busy->hide();
    m_countLabel->setText(tr("No customers loaded"));
    m_accounts->setCustomers({});
    m_accounts->showProblem(message % u'\n' % tr("Use File → Open store… to choose a store file."));
    Q_EMIT loadFailed(message);
}

void MainWindow::chooseStore() {
    const QString start = m_storePath.isEmpty() ? QString() : QFileInfo(m_storePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), start,
                                                      tr("Tenure stores (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openStore(path);
}

void MainWindow::showAbout() {
    const QString name = QGuiApplication::applicationDisplayName();
    QMessageBox::about(
        this, tr("About %1").arg(name),
        tr("<h3>%1 %2</h3><p>A local-first retention dashboard: your customers, churn and "
           "retention in one file on your own machine.</p>")
            .arg(name.toHtmlEscaped(), QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace tenure::ui
