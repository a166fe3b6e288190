#pragma once

#include "model/expected.h"
#include "store/accountrepository.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

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
    enum Tab { Timeline, Onboarding, Tickets, Nps, Interactions, Notes, Tasks, Attributes, TabCount };

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

Q_SIGNALS:
    void loaded();
    void problem(const QString& message);

private:
    void loadFinished();
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

    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_facts;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    QTableWidget* m_tables[TabCount] = {};
    QPlainTextEdit* m_noteEdit;
};

} // namespace tenure::ui
