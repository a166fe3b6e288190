#pragma once

#include "reports/explain.h"

#include <QAbstractTableModel>

#include <vector>

namespace tenure::ui {

// The rows behind a figure (core's explain functions) as a table: customer, role, reason.
// Holds the rows as they came; a million denominator rows cost no QVariant until painted.
class ExplainModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Customer, Role, Reason, ColumnCount };

    explicit ExplainModel(QObject* parent = nullptr);
    void setRows(std::vector<reports::ExplainRow> rows);
    const std::vector<reports::ExplainRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The role's name as the user reads it (In the figure / Counted only / Left out).
    static QString roleText(metrics::Role role);

private:
    std::vector<reports::ExplainRow> m_rows;
};

} // namespace tenure::ui
