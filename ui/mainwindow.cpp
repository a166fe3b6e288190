#include "mainwindow.h"

#include "dialogs/importwizard.h"
#include "dialogs/settingsdialog.h"
#include "export/chartcontextmenu.h"
#include "export/dashboardpdf.h"
#include "export/exports.h"
#include "models/customertablemodel.h"
#include "reports/healthreport.h"
#include "store/maintenance.h"
#include "store/segmentrepository.h"
#include "store/store.h"
#include "storejob.h"
#include "views/accountdetailview.h"
#include "views/accountsview.h"
#include "views/churnview.h"
#include "views/dashboardview.h"
#include "views/feedbackview.h"
#include "views/loyaltyview.h"
#include "views/onboardingview.h"
#include "views/segmentsview.h"
#include "views/supportview.h"
#include "views/taskspanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

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
    , m_dashboard(new DashboardView(this))
    , m_accounts(new AccountsView(this))
    , m_undo(new QUndoStack(this))
    , m_detail(new AccountDetailView(m_undo, this))
    , m_tasks(new TasksPanel(m_undo, this))
    , m_tasksDock(new QDockWidget(tr("My tasks"), this))
    , m_periodPicker(new QComboBox(this))
    , m_segmentPicker(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_busy(new QProgressBar(this)) {
    // The title is the store's name; the platform adds the application's display name.
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(230);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget { padding-top: 6px; } "
                                            "QListWidget::item { padding: 6px 10px; }"));
    addView(Dashboard, tr("Dashboard"), m_dashboard);
    addView(Accounts, tr("Accounts"), m_accounts);
    addView(Account, tr("Account detail"), m_detail);
    connect(m_accounts, &AccountsView::accountActivated, this, &MainWindow::openAccount);
    // Owners and tags changed from the accounts table change segments' and views' figures.
    connect(m_accounts, &AccountsView::customersChanged, this, &MainWindow::invalidateViews);
    connect(m_detail, &AccountDetailView::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    auto* segments = new SegmentsView(this);
    addView(Segments, tr("Segments"), segments);
    connect(segments, &SegmentsView::savedSegmentsChanged, this, &MainWindow::reloadSavedSegments);
    connect(segments, &SegmentsView::segmentChosen, this, [this](const QString& name) {
        m_segmentPicker->setCurrentIndex(std::max(0, m_segmentPicker->findData(name)));
        showView(Dashboard);
    });
    addView(Churn, tr("Churn & retention"), new ChurnView(this));
    auto* onboarding = new OnboardingView(this);
    onboarding->setUndoStack(m_undo);
    addView(Onboarding, tr("Onboarding"), onboarding);
    addView(Support, tr("Support"), new SupportView(this));
    addView(Loyalty, tr("Loyalty"), new LoyaltyView(this));
    addView(Feedback, tr("Feedback"), new FeedbackView(this));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_dashboard, &DashboardView::kpiActivated, this, &MainWindow::openKpi);
    m_sidebar->setCurrentRow(Dashboard);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1100});
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

    // "My tasks" (product.md: playbooks create tasks for the account's owner, with a "my tasks"
    // list): a dock beside every view, shown from the View menu.
    m_tasksDock->setObjectName(QStringLiteral("tasksDock"));
    m_tasksDock->setWidget(m_tasks);
    m_tasksDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_tasksDock);
    m_tasksDock->hide();
    connect(m_tasks, &TasksPanel::accountRequested, this, &MainWindow::openAccount);
    connect(m_tasks, &TasksPanel::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_tasks, &TasksPanel::tasksChanged, this, [this] {
        if (m_detail->hasAccount()) m_detail->reload();
    });
    // A task ticked in the account detail (or any edit undone) shows in the list too.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_tasksDock->isVisible()) m_tasks->reload();
    });
    // Read only while shown: a million-account store has hundreds of thousands of tasks.
    connect(m_tasksDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible) return;
        m_tasks->setStore(m_storePath);
        // The first time, room for the tasks' titles (sizes set before it is shown do not hold).
        if (!m_tasksDockSized)
            QTimer::singleShot(0, this, [this] { resizeDocks({m_tasksDock}, {440}, Qt::Horizontal); });
        m_tasksDockSized = true;
    });

    createToolBar();
    createMenus();
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::loadFinished);
    // Right-click on any chart of any view: export it or copy it.
    qApp->installEventFilter(new ChartContextMenu(
        [this] { return m_sidebar->currentItem() ? m_sidebar->currentItem()->text() : QString(); }, this));
    setAcceptDrops(true);
    resize(1280, 800);
}

void MainWindow::addView(View view, const QString& title, QWidget* widget) {
    // Views are kept in the enum's order whatever order they are added in; each sidebar item
    // knows its view.
    int position = 0;
    while (position < m_sidebar->count() && m_sidebar->item(position)->data(Qt::UserRole).toInt() < view)
        ++position;
    auto* entry = new QListWidgetItem(title);
    entry->setData(Qt::UserRole, static_cast<int>(view));
    m_sidebar->insertItem(position, entry);
    m_stack->insertWidget(position, widget);
    // Ctrl+1 … Ctrl+9 reach every view from anywhere in the window.
    auto* go = new QAction(QString(title).replace(u'&', QStringLiteral("&&")), this);
    go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(view))));
    connect(go, &QAction::triggered, this, [this, view] { showView(view); });
    addAction(go);
    m_viewActions.push_back(go);
    entry->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
    if (auto* scoped = qobject_cast<ScopedView*>(widget)) {
        m_scopedViews.push_back(scoped);
        connect(scoped, &ScopedView::accountRequested, this, &MainWindow::openAccount);
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Scope"));
    bar->setObjectName(QStringLiteral("scopeBar"));
    bar->setMovable(false);
    m_periodPicker->setObjectName(QStringLiteral("periodPicker"));
    m_periodPicker->addItem(tr("Month"), static_cast<int>(PeriodUnit::Month));
    m_periodPicker->addItem(tr("Quarter"), static_cast<int>(PeriodUnit::Quarter));
    m_periodPicker->addItem(tr("Year"), static_cast<int>(PeriodUnit::Year));
    m_periodPicker->addItem(tr("Week"), static_cast<int>(PeriodUnit::Week));
    m_segmentPicker->setObjectName(QStringLiteral("segmentPicker"));
    m_segmentPicker->setMinimumContentsLength(14);
    m_segmentPicker->addItem(tr("All customers"), QString());
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodPicker);
    auto* segmentLabel = new QLabel(tr("&Segment:"), this);
    segmentLabel->setBuddy(m_segmentPicker);
    bar->addWidget(periodLabel);
    bar->addWidget(m_periodPicker);
    bar->addSeparator();
    bar->addWidget(segmentLabel);
    bar->addWidget(m_segmentPicker);
    connect(m_periodPicker, &QComboBox::currentIndexChanged, this, &MainWindow::pickersChanged);
    connect(m_segmentPicker, &QComboBox::currentIndexChanged, this, &MainWindow::pickersChanged);
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    QAction* import = file->addAction(tr("&Import CSV…"), this, [this] { startImport(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    fillRecentMenu();
    file->addAction(tr("&Back up now…"), this, &MainWindow::backUp);
    file->addSeparator();
    QAction* table = file->addAction(tr("Export &table as CSV…"), this, &MainWindow::exportTable);
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* chart = file->addAction(tr("Export &chart as image…"), this, &MainWindow::exportChart);
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* pdf = file->addAction(tr("Export &dashboard as PDF…"), this, &MainWindow::exportDashboardPdf);
    pdf->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createMenus() {
    createFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find account…"), this, [this] {
        showView(Accounts);
        m_accounts->searchField()->setFocus();
        m_accounts->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    std::vector<QAction*> inOrder = m_viewActions;
    std::sort(inOrder.begin(), inOrder.end(),
              [](QAction* a, QAction* b) { return a->shortcut().toString() < b->shortcut().toString(); });
    for (QAction* action : inOrder)
        view->addAction(action);
    view->addSeparator();
    QAction* tasks = m_tasksDock->toggleViewAction();
    tasks->setText(tr("My &tasks"));
    tasks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(tasks);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tenure"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showView(View view) {
    for (int row = 0; row < m_sidebar->count(); ++row)
        if (m_sidebar->item(row)->data(Qt::UserRole).toInt() == view) m_sidebar->setCurrentRow(row);
}

MainWindow::View MainWindow::currentView() const {
    const QListWidgetItem* current = m_sidebar->currentItem();
    return current ? static_cast<View>(current->data(Qt::UserRole).toInt()) : Dashboard;
}

void MainWindow::setScope(const ReportScope& scope) {
    m_scope = scope;
    for (ScopedView* view : m_scopedViews)
        view->setScope(scope);
}

void MainWindow::pickersChanged() {
    ReportScope scope = m_scope;
    scope.unit = static_cast<PeriodUnit>(m_periodPicker->currentData().toInt());
    scope.segment = m_segmentPicker->currentData().toString();
    setScope(scope);
}

void MainWindow::fillSegmentPicker(const store::InternedColumn& segments) {
    m_segmentValues.clear();
    for (const QString& name : segments.values())
        if (!name.isEmpty()) m_segmentValues.push_back(name);
    std::sort(m_segmentValues.begin(), m_segmentValues.end(),
              [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    rebuildSegmentPicker();
}

void MainWindow::reloadSavedSegments() {
    m_savedSegments.clear();
    // A small table read over a short-lived connection of the GUI thread.
    if (auto opened = store::Store::open(m_storePath, {store::OpenMode::MustExist}))
        if (auto names = store::savedSegmentNames(*opened.value()))
            m_savedSegments = std::move(names.value());
    rebuildSegmentPicker();
}

void MainWindow::rebuildSegmentPicker() {
    const QSignalBlocker blocker(m_segmentPicker);
    const QString current = m_segmentPicker->currentData().toString();
    while (m_segmentPicker->count() > 1)
        m_segmentPicker->removeItem(1);
    for (const QString& name : m_savedSegments) {
        m_segmentPicker->addItem(tr("%1 (saved)").arg(name), name);
        m_segmentPicker->setItemData(m_segmentPicker->count() - 1,
                                     tr("A saved segment (rules in the Segments view)"), Qt::ToolTipRole);
    }
    if (!m_savedSegments.empty() && !m_segmentValues.empty())
        m_segmentPicker->insertSeparator(m_segmentPicker->count());
    for (const QString& name : m_segmentValues)
        if (std::find(m_savedSegments.begin(), m_savedSegments.end(), name) == m_savedSegments.end())
            m_segmentPicker->addItem(name, name);
    m_segmentPicker->setCurrentIndex(std::max(0, m_segmentPicker->findData(current)));
}

void MainWindow::openStore(const QString& path) {
    // Each edit on the stack names the store it was made in: undoing one after another store is
    // open would change a file the window no longer shows.
    m_undo->clear();
    m_storePath = path;
    setWindowTitle(QFileInfo(path).fileName());
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_countLabel->setText(tr("Loading customers…"));
    m_busy->show();
    rememberRecent(path);
    m_accounts->setStorePath(path);
    if (m_tasksDock->isVisible()) m_tasks->setStore(path);
    reloadSavedSegments();
    ReportScope scope = m_scope;
    scope.storePath = path;
    setScope(scope);
    // The accounts list (the largest read) waits until the dashboard's first cards are up when
    // the dashboard is what the user sees, so the two do not share the cores at start.
    if (m_dashboard->isVisible() && m_dashboard->isBusy()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        auto started = std::make_shared<bool>(false);
        auto load = [this, path, once, started] {
            QObject::disconnect(*once);
            if (*started || path != m_storePath) return;
            *started = true;
            m_loader.setFuture(QtConcurrent::run(readCustomers, path));
        };
        *once = connect(m_dashboard, &DashboardView::firstCardsShown, this, load);
        connect(m_dashboard, &ScopedView::refreshed, this, load, Qt::SingleShotConnection);
    } else {
        m_loader.setFuture(QtConcurrent::run(readCustomers, path));
    }
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
    fillSegmentPicker(result->segments);
    m_accounts->setCustomers(std::move(result.value()));
    loadAccountHealth();
    m_countLabel->setText(count == 1 ? tr("1 customer") : tr("%1 customers").arg(QLocale().toString(count)));
    Q_EMIT customersLoaded(count);
}

namespace {

// One health pass serves the accounts table (score, band, stage and churn risk per list row,
// in compact arrays) and the account detail (the report itself), so the store is scored once,
// not once per view.
struct AccountHealth {
    std::shared_ptr<const reports::HealthReport> report;
    HealthColumns columns;
};

// Scores every account (churned ones too, for their stage) and the columns per row of the
// list whose row ids are `ids` (ascending, as loaded). A row the report lacks stays unscored.
Expected<AccountHealth> scoreAccounts(store::Store& store, const std::vector<int64_t>& ids) {
    reports::HealthOptions options;
    options.includeChurned = true;
    auto report = reports::computeHealth(store, options);
    if (!report) return Expected<AccountHealth>::failure(report.error());
    // Keep the day's scores as history (once per data day): the at-risk card's earlier periods
    // and the playbooks' "band since" read it. A store that cannot be written still shows them.
    (void)reports::recordHealthOnce(store, report.value());
    constexpr float missing = std::numeric_limits<float>::quiet_NaN();
    AccountHealth health{std::make_shared<const reports::HealthReport>(std::move(report.value())),
                         {std::vector<float>(ids.size(), missing), std::vector<uint8_t>(ids.size(), 0),
                          std::vector<uint8_t>(ids.size(), 0), std::vector<float>(ids.size(), missing)}};
    HealthColumns& c = health.columns;
    bool anyChurnRisk = false;
    // Both in row-id order: one merge.
    size_t i = 0;
    for (const reports::HealthRow& row : health.report->rows) {
        while (i < ids.size() && ids[i] < row.customer)
            ++i;
        if (i == ids.size()) break;
        if (ids[i] != row.customer) continue;
        if (row.health.health.score) c.scores[i] = static_cast<float>(*row.health.health.score);
        if (row.health.health.band)
            c.bands[i] = static_cast<uint8_t>(1 + static_cast<int>(*row.health.health.band));
        c.stages[i] = static_cast<uint8_t>(1 + static_cast<int>(row.health.stage));
        if (row.churnProbability) {
            c.churnRisks[i] = static_cast<float>(*row.churnProbability);
            anyChurnRisk = true;
        }
    }
    // The risk model did not run (no history to learn from): the column stays empty.
    if (!anyChurnRisk) c.churnRisks = {};
    return health;
}

} // namespace

void MainWindow::loadAccountHealth() {
    const std::vector<int64_t> ids = m_accounts->model()->customers().ids;
    const QString path = m_storePath;
    const int generation = ++m_healthGeneration;
    m_detail->setHealthReport(path, nullptr); // on its way: the detail view waits for it
    auto* watcher = new QFutureWatcher<Expected<AccountHealth>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        Expected<AccountHealth> health = watcher->future().takeResult();
        // A pass started since (another store, an import, new settings) brings its own scores.
        if (generation != m_healthGeneration || path != m_storePath) return;
        if (!health) { // the detail view scores on its own and shows why it cannot
            m_detail->setHealthReport(QString(), nullptr);
            if (m_detail->hasAccount()) m_detail->reload();
            return;
        }
        m_detail->setHealthReport(path, health->report);
        if (m_accounts->model()->customers().size() == health->columns.bands.size())
            m_accounts->setHealth(std::move(health->columns));
    });
    watcher->setFuture(
        runOnStore<AccountHealth>(path, [ids](store::Store& store) { return scoreAccounts(store, ids); }));
}

void MainWindow::showProblem(const QString& message) {
    m_busy->hide();
    m_countLabel->setText(tr("No customers loaded"));
    m_accounts->setCustomers({});
    m_accounts->showProblem(message % u'\n' % tr("Use File → Open store… to choose a store file."));
    showView(Accounts);
    Q_EMIT loadFailed(message);
}

void MainWindow::openKpi(const QString& kpi) {
    if (kpi == u"active_customers") showView(Accounts);
    if (kpi == u"churn_pct" || kpi == u"retention_pct" || kpi == u"mrr" || kpi == u"nrr_pct") showView(Churn);
    if (kpi == u"nps") showView(Feedback);
    if (kpi == u"frt_median_s" || kpi == u"resp24_pct") showView(Support);
    if (kpi.startsWith(u"onboarding")) showView(Onboarding);
    if (kpi == u"active_loyalty_members") showView(Loyalty);
}

void MainWindow::openAccount(const QString& customerKey) {
    m_detail->showAccount(m_storePath, customerKey);
    showView(Account);
}

void MainWindow::startImport(const QString& file) {
    if (m_storePath.isEmpty()) return;
    auto* wizard = new ImportWizard(m_storePath, file, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // New rows change every figure and the accounts list: reload both once the import landed.
    // openStore() reloads the list, which scores the accounts again, and the tasks.
    connect(wizard, &ImportWizard::imported, this, [this] {
        openStore(m_storePath);
        invalidateFigures();
    });
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        urls.first().toLocalFile().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty()) return;
    event->acceptProposedAction();
    startImport(urls.first().toLocalFile());
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentStores")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentStores"), recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentStores")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStore(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::backUp() {
    const QString suggested = QFileInfo(m_storePath).completeBaseName() + QStringLiteral("-backup-") +
                              QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back up the store"), QDir(QFileInfo(m_storePath).absolutePath()).filePath(suggested),
        tr("Tenure stores (*.sqlite)"));
    if (path.isEmpty()) return;
    // A consistent copy while the app runs (VACUUM INTO reads one snapshot); small enough for
    // the GUI thread to wait on the busy indicator only for very large stores.
    m_busy->show();
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_busy->hide();
        const Status status = watcher->result();
        if (status)
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
        else
            QMessageBox::warning(this, tr("Back up"), status.error());
    });
    watcher->setFuture(QtConcurrent::run([store = m_storePath, path]() -> Status {
        auto opened = store::Store::open(store, {store::OpenMode::MustExist});
        if (!opened) return Status::failure(opened.error());
        return store::backupStore(*opened.value(), path);
    }));
}

void MainWindow::exportTable() {
    // The table the user is in, else the first one the view shows.
    QWidget* view = m_stack->currentWidget();
    QAbstractItemView* table = qobject_cast<QAbstractItemView*>(QApplication::focusWidget());
    if (!table || !view->isAncestorOf(table)) {
        table = nullptr;
        for (QAbstractItemView* candidate : view->findChildren<QAbstractItemView*>())
            if (candidate->isVisible() && candidate->model() && candidate->model()->columnCount() > 1) {
                table = candidate;
                break;
            }
    }
    if (!table) {
        statusBar()->showMessage(tr("This view has no table to export."), 8000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export table"), m_sidebar->currentItem()->text() + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (Status s = exportModelCsv(*table->model(), path); !s)
        QMessageBox::warning(this, tr("Export table"), s.error());
    else
        statusBar()->showMessage(
            tr("Exported %1 rows to %2").arg(table->model()->rowCount()).arg(QDir::toNativeSeparators(path)),
            10000);
}

void MainWindow::exportChart() {
    QWidget* chart = nullptr;
    for (QWidget* candidate : m_stack->currentWidget()->findChildren<QWidget*>()) {
        if (!candidate->isVisible()) continue;
        if (qobject_cast<QChartView*>(candidate) || candidate->inherits("QCustomPlot")) {
            chart = candidate;
            break;
        }
    }
    if (!chart) {
        statusBar()->showMessage(tr("This view has no chart to export."), 8000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), m_sidebar->currentItem()->text() + QStringLiteral(".png"),
        tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty()) return;
    if (Status s = exportWidgetImage(*chart, path); !s)
        QMessageBox::warning(this, tr("Export chart"), s.error());
}

void MainWindow::exportDashboardPdf() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard"), tr("dashboard.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return;
    if (Status s = ui::exportDashboardPdf(*m_dashboard, path, QFileInfo(m_storePath).fileName()); !s)
        QMessageBox::warning(this, tr("Export dashboard"), s.error());
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::editSettings() {
    SettingsDialog dialog(m_storePath, this);
    if (dialog.exec() == QDialog::Accepted) invalidateViews();
}

void MainWindow::invalidateFigures() {
    for (ScopedView* view : m_scopedViews)
        view->invalidate();
    if (m_detail->hasAccount()) m_detail->reload();
}

void MainWindow::invalidateViews() {
    invalidateFigures();
    // Scores depend on the data and the settings (health weights): score again.
    if (m_accounts->model()->totalCount() > 0) loadAccountHealth();
    if (m_tasksDock->isVisible()) m_tasks->reload(); // an import's playbooks create tasks
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
