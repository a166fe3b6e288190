#pragma once

#include "model/expected.h"
#include "reportscope.h"
#include "store/customerrepository.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <vector>

class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QUndoStack;

namespace tenure::ui {

class AccountDetailView;
class AccountsView;
class DashboardView;
class ScopedView;
class TasksPanel;

// The main window: a sidebar of views, the views in a stack, a toolbar with the period and
// segment pickers every view obeys, and a status bar with the store's path and size. The
// customer list is read on a worker thread over its own store connection; a load still running
// when the window closes finishes on its thread and its result is dropped.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The sidebar's views, in order (Ctrl+1 … Ctrl+9).
    enum View {
        Dashboard,
        Accounts,
        Account,
        Segments,
        Churn,
        Onboarding,
        Support,
        Loyalty,
        Feedback,
        ViewCount
    };

    explicit MainWindow(QWidget* parent = nullptr);

    // Loads the store in the background; the views fill in when the list arrives.
    void openStore(const QString& path);
    // Shows why there is no store to show, in place of the accounts, with what to do next.
    void showProblem(const QString& message);
    const QString& storePath() const { return m_storePath; }
    bool isLoading() const { return m_loader.isRunning(); }
    const ReportScope& scope() const { return m_scope; }
    void setScope(const ReportScope& scope);
    void showView(View view);
    View currentView() const;

    AccountsView* accountsView() const { return m_accounts; }
    AccountDetailView* accountDetailView() const { return m_detail; }
    QUndoStack* undoStack() const { return m_undo; }
    TasksPanel* tasksPanel() const { return m_tasks; }
    QDockWidget* tasksDock() const { return m_tasksDock; }
    // The import wizard, on a file when one is given (dropped on the window, or passed to tenure).
    void startImport(const QString& file = {});
    // Opens one customer's detail (from the accounts table or the rows behind a figure).
    void openAccount(const QString& customerKey);
    DashboardView* dashboardView() const { return m_dashboard; }
    QComboBox* periodPicker() const { return m_periodPicker; }
    QComboBox* segmentPicker() const { return m_segmentPicker; }

Q_SIGNALS:
    void customersLoaded(int count);
    // There is no list to show (the store could not be read, or showProblem() was called).
    void loadFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addView(View view, const QString& title, QWidget* widget);
    void createToolBar();
    void createMenus();
    void createFileMenu();
    void chooseStore();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void backUp();
    void exportTable();
    void exportChart();
    void exportDashboardPdf();
    void editSettings();
    // Every view recomputes (the data or the settings changed).
    // The views' figures and the open account (the data or settings changed).
    void invalidateFigures();
    void invalidateViews();
    void showAbout();
    void loadFinished();
    // Every account's health band and stage for the accounts filters, on a worker.
    void loadAccountHealth();
    void pickersChanged();
    void fillSegmentPicker(const store::InternedColumn& segments);
    // Saved segments first, then the segment column's values; keeps the current choice.
    void rebuildSegmentPicker();
    void reloadSavedSegments();
    void openKpi(const QString& kpi);

    QMenu* m_recentMenu = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    DashboardView* m_dashboard;
    AccountsView* m_accounts;
    QUndoStack* m_undo;
    AccountDetailView* m_detail;
    TasksPanel* m_tasks;
    QDockWidget* m_tasksDock;
    bool m_tasksDockSized = false;
    std::vector<ScopedView*> m_scopedViews;
    std::vector<QAction*> m_viewActions;
    QComboBox* m_periodPicker;
    QComboBox* m_segmentPicker;
    QLabel* m_pathLabel;
    QLabel* m_countLabel;
    QProgressBar* m_busy;
    QFutureWatcher<Expected<store::CustomerList>> m_loader;
    QString m_storePath;
    ReportScope m_scope;
    int m_healthGeneration = 0;           // the latest health pass
    std::vector<QString> m_segmentValues; // of the customers' segment column
    std::vector<QString> m_savedSegments;
};

} // namespace tenure::ui
