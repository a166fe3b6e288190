#pragma once

#include "store/taskrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace tenure::ui {

// Tasks (core's loadTasks rows, in its order) as a table for the "My tasks" panel. The done
// column is a tick box: ticking it changes nothing here but asks for the edit
// (doneRequested), which the panel makes undoable and answers with a reload.
class TaskTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Done, Due, Title, Account, Owner, Source, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;        // raw values: due day, title, …
    static constexpr int CustomerKeyRole = Qt::UserRole + 2; // every column: the task's account
    static constexpr int TaskIdRole = Qt::UserRole + 3;

    explicit TaskTableModel(QObject* parent = nullptr);
    // `today` (a local day) decides which open tasks are overdue.
    void setTasks(std::vector<store::TaskRow> tasks, int64_t today);
    const std::vector<store::TaskRow>& tasks() const { return m_tasks; }
    static bool isOverdue(const store::TaskRow& task, int64_t today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    // The user ticked (done) or cleared the tick box of the task on `row`.
    void doneRequested(int row, bool done);

private:
    QVariant display(const store::TaskRow& task, int column) const;
    QVariant sortValue(const store::TaskRow& task, int column) const;

    std::vector<store::TaskRow> m_tasks;
    int64_t m_today = 0;
};

} // namespace tenure::ui
