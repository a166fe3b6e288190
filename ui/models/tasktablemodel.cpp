#include "tasktablemodel.h"

#include "model/dates.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace tenure::ui {

namespace {

// The red the other views use for what needs attention (at-risk health, counted rows).
const QColor attention(0xc0, 0x39, 0x2b);

} // namespace

TaskTableModel::TaskTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TaskTableModel::setTasks(std::vector<store::TaskRow> tasks, int64_t today) {
    beginResetModel();
    m_tasks = std::move(tasks);
    m_today = today;
    endResetModel();
}

bool TaskTableModel::isOverdue(const store::TaskRow& task, int64_t today) {
    return task.status == u"open" && task.dueDay && *task.dueDay < today;
}

int TaskTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::display(const store::TaskRow& task, int column) const {
    switch (column) {
    case Due:
        return task.dueDay ? formatDate(*task.dueDay) : QStringLiteral("—");
    case Title:
        return task.title;
    case Account:
        return task.customerName.isEmpty() ? task.customerKey
                                           : tr("%1 · %2").arg(task.customerKey, task.customerName);
    case Owner:
        return task.owner.isEmpty() ? tr("unassigned") : task.owner;
    case Source: {
        const QString playbook = store::playbookOfTaskSource(task.source);
        if (!playbook.isEmpty()) return playbook;
        return task.source.isEmpty() ? tr("by hand") : task.source;
    }
    default:
        return {};
    }
}

QVariant TaskTableModel::sortValue(const store::TaskRow& task, int column) const {
    switch (column) {
    case Done:
        return task.status == u"done";
    case Due:
        return task.dueDay ? QVariant(static_cast<qlonglong>(*task.dueDay)) : QVariant();
    case Account:
        return task.customerKey;
    case Owner:
        return task.owner;
    default:
        return display(task, column);
    }
}

QVariant TaskTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const store::TaskRow& task = m_tasks[static_cast<size_t>(index.row())];
    const int column = index.column();
    const bool overdue = isOverdue(task, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(task, column);
    case Qt::CheckStateRole:
        if (column == Done) return task.status == u"done" ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == Done)
            return task.status == u"done" ? tr("Done; clear to reopen") : tr("Tick when done");
        if (column == Due && overdue) {
            const auto days = static_cast<int>(m_today - *task.dueDay);
            return tr("Overdue by %n day(s) (due %1)", nullptr, days).arg(formatDate(*task.dueDay));
        }
        if (column == Source && !task.source.isEmpty()) return task.source;
        return display(task, column);
    case Qt::ForegroundRole:
        if (overdue && (column == Due || column == Title)) return QBrush(attention);
        if (task.status != u"open") return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case SortRole:
        return sortValue(task, column);
    case CustomerKeyRole:
        return task.customerKey;
    case TaskIdRole:
        return static_cast<qlonglong>(task.id);
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Done:
        return tr("Done");
    case Due:
        return tr("Due");
    case Title:
        return tr("Task");
    case Account:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Source:
        return tr("From");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Done) f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TaskTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != Done || role != Qt::CheckStateRole) return false;
    // The row keeps its state until the store says otherwise (the panel reloads after the edit).
    Q_EMIT doneRequested(index.row(), value.toInt() == Qt::Checked);
    return false;
}

} // namespace tenure::ui
