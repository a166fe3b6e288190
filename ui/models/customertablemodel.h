#pragma once

#include "store/customerrepository.h"

#include <QAbstractTableModel>

namespace tenure::ui {

// The accounts table over the compact columns of a CustomerList: cells are formatted when
// asked for, so a million rows cost the list and nothing per cell.
class CustomerTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CustomerId,
        Name,
        Company,
        Segment,
        Plan,
        Owner,
        Region,
        Signup,
        Status,
        ChurnDate,
        Mrr,
        Count
    };
    // The raw value of a cell for sorting: text, days since 1970-01-01, the MRR, 0/1 for status.
    static constexpr int SortRole = Qt::UserRole;

    explicit CustomerTableModel(QObject* parent = nullptr);

    void setCustomers(store::CustomerList customers);
    const store::CustomerList& customers() const { return m_customers; }

    // Without the virtual rowCount()/columnCount() calls of the base class: the proxy asks for
    // two indexes per comparison while sorting.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Orders two source rows by a column as SortRole does, without building QVariants.
    bool lessThan(int column, size_t left, size_t right) const;

private:
    QVariant display(int column, size_t row) const;
    QVariant sortValue(int column, size_t row) const;

    store::CustomerList m_customers;
};

} // namespace tenure::ui
