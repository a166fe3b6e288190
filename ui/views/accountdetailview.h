#pragma once

#include "model/expected.h"
#include "reports/healthreport.h"
#include "store/accountrepository.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace tenure::ui {

// Account detail: the header (who, plan, owner, stage, MRR, points), a timeline of everything
// that happened, the onboarding checklist with tick boxes and due dates, tickets, NPS answers,
// interactions, notes and tasks. Edits (tick a milestone, add or remove a note, change the
// owner, complete a task) go through the window's QUndoStack and are saved to the store at once.
class AccountDetailView final : public QWidget {
    Q_OBJECT
public:
    enum Tab { Health, Timeline, Onboarding, Tickets, Nps, Interactions, Notes, Tasks, Attributes, TabCount };

    AccountDetailView(QUndoStack* undo, QWidget* parent = nullptr);

    // Reads the account on a worker thread; loaded() follows.
    void showAccount(const QString& storePath, const QString& customerKey);
    void reload();
    bool hasAccount() const { return m_hasAccount; }
    const store::AccountDetail& account() const { return m_account; }
    // "Now" for completion times and notes; injected by tests.
    void setClock(std::function<int64_t()> now) { m_now = std::move(now); }

    // The edits, as the widgets call them (and tests).
    void setMilestoneDone(int row, bool done);
    void addNote(const QString& text);
    void removeNote(int row);
    void changeOwner(const QString& owner);
    void setTaskDone(int row, bool done);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* table(Tab tab) const { return m_tables[tab]; }
    QString headerText() const;
    // The account's health line ("Health 64 · neutral · …"), once the store's scores are in.
    QString healthText() const;
    // The health of every account is computed once per store on a worker thread (the scores
    // depend on the whole store's data and the churn-risk model on its history); forget it
    // when the data changed.
    void invalidateHealth();
    // The window's health pass over `storePath` (its report, or nullptr while it runs): the
    // view then computes none of its own for that store.
    void setHealthReport(const QString& storePath, std::shared_ptr<const reports::HealthReport> report);

Q_SIGNALS:
    void loaded();
    // The store's health scores arrived (tests wait for it).
    void healthLoaded();
    void problem(const QString& message);

private:
    void loadFinished();
    void healthFinished();
    void fillHealth();
    void fill();
    void fillHeader();
    void edit(const QString& text, std::function<Status(store::Store&)> apply,
              std::function<Status(store::Store&)> revert);
    void askOwner();
    QTableWidget* makeTable(const QStringList& headers);

    QUndoStack* m_undo;
    QString m_storePath;
    QString m_key;
    bool m_hasAccount = false;
    bool m_filling = false;
    store::AccountDetail m_account;
    std::function<int64_t()> m_now;
    QFutureWatcher<Expected<store::AccountDetail>> m_loader;
    QFutureWatcher<Expected<reports::HealthReport>> m_healthLoader;
    std::shared_ptr<const reports::HealthReport> m_health; // of m_healthPath
    QString m_healthPath;
    int m_healthGeneration = 0; // bumped by every new source of scores
    int m_loaderGeneration = 0; // the one m_healthLoader's computation belongs to

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_facts;
    QLabel* m_empty;
    QLabel* m_healthLine;
    QTabWidget* m_tabs;
    QTableWidget* m_tables[TabCount] = {};
    QPlainTextEdit* m_noteEdit;
};

} // namespace tenure::ui
