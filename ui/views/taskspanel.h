#pragma once

#include "taskownerpicker.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QTableView;
class QUndoStack;

namespace tenure::ui {

class TaskTableModel;

// "My tasks" (product.md, "Doing, not only seeing"): the open tasks playbooks and people made,
// for the user or any owner, by due day, overdue ones in red. Ticking a task completes it
// through the window's QUndoStack (undo opens it again); activating a row asks for its account.
// Tasks are read on a worker thread; a load that a newer one overtook is dropped.
class TasksPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TasksPanel(QUndoStack* undo, QWidget* parent = nullptr);

    // Lists the tasks of the store at `path` (empty: none).
    void setStore(const QString& path);
    // Reads the tasks again (after edits elsewhere, e.g. a playbook run); loaded() follows.
    void reload();

    void setShowDone(bool show);
    // Completes (done) or reopens the task on `row` as an undoable edit, as ticking its box does.
    void setTaskDone(int row, bool done);
    // "Now" for completion times and "today" for overdue tasks; injected by tests.
    void setClock(std::function<int64_t()> now) { m_now = std::move(now); }
    void setToday(std::optional<int64_t> day) { m_today = day; }

    TaskOwnerPicker* ownerPicker() const { return m_picker; }
    TaskTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString summaryText() const;
    QString emptyText() const; // the empty state's text, when it is shown

Q_SIGNALS:
    // The user activated (double-click or Enter) a task: open its account.
    void accountRequested(const QString& customerKey);
    // A task was completed or reopened here (also by undo and redo): other views may refresh.
    void tasksChanged();
    // A load finished and the table shows it (tests wait for it).
    void loaded();
    void problem(const QString& message);

private:
    struct Loaded;
    void showLoaded(Loaded load);
    void showEmpty(const QString& text);
    QString noTasksText() const;
    int64_t today() const;

    QUndoStack* m_undo;
    QString m_storePath;
    std::function<int64_t()> m_now;
    std::optional<int64_t> m_today;
    int m_generation = 0; // of the newest load; older results are dropped

    TaskOwnerPicker* m_picker;
    QCheckBox* m_showDone;
    QLabel* m_summary;
    QLabel* m_empty;
    TaskTableModel* m_model;
    QTableView* m_table;
};

} // namespace tenure::ui
