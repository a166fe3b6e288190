#pragma once

#include "model/expected.h"
#include "store/customerrepository.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace tenure::ui {

class AccountsView;

// The main window: a sidebar of views, the views in a stack, and a status bar with the store's
// path and size. The customer list is read on a worker thread over its own store connection;
// a load still running when the window closes finishes on its thread and its result is dropped.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads the store in the background; the views fill in when the list arrives.
    void openStore(const QString& path);
    // Shows why there is no store to show, in place of the accounts, with what to do next.
    void showProblem(const QString& message);
    const QString& storePath() const { return m_storePath; }
    bool isLoading() const { return m_loader.isRunning(); }
    AccountsView* accountsView() const { return m_accounts; }

Q_SIGNALS:
    void customersLoaded(int count);
    // There is no list to show (the store could not be read, or showProblem() was called).
    void loadFailed(const QString& message);

private:
    void createMenus();
    void chooseStore();
    void showAbout();
    void loadFinished();

    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    AccountsView* m_accounts;
    QLabel* m_pathLabel;
    QLabel* m_countLabel;
    QProgressBar* m_busy;
    QFutureWatcher<Expected<store::CustomerList>> m_loader;
    QString m_storePath;
};

} // namespace tenure::ui
