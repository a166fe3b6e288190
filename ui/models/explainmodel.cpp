#include "explainmodel.h"

#include <QBrush>
#include <QColor>

namespace tenure::ui {

ExplainModel::ExplainModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ExplainModel::setRows(std::vector<reports::ExplainRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ExplainModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExplainModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExplainModel::roleText(metrics::Role role) {
    switch (role) {
    case metrics::Role::Numerator:
        return tr("Counted (numerator)");
    case metrics::Role::Denominator:
        return tr("Base only (denominator)");
    case metrics::Role::Excluded:
        break;
    }
    return tr("Left out");
}

QVariant ExplainModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const reports::ExplainRow& row = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Customer:
            return row.customer;
        case Role:
            return roleText(row.role);
        case Reason:
            return row.reason;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole) return static_cast<int>(row.role);
    if (role == Qt::ForegroundRole && index.column() == Role) {
        switch (row.role) {
        case metrics::Role::Numerator:
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        case metrics::Role::Excluded:
            return QBrush(QColor(0x80, 0x80, 0x80));
        case metrics::Role::Denominator:
            break;
        }
    }
    return {};
}

QVariant ExplainModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Role:
        return tr("In the figure");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace tenure::ui
