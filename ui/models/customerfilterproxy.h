#pragma once

#include <QSortFilterProxyModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace tenure::ui {

class CustomerTableModel;

// Search as you type over the customer id, name, company and e-mail (case-insensitive), and
// sorting on CustomerTableModel::SortRole. Over a CustomerTableModel both read its columns
// directly: a search marks the matching rows in one pass (only the rows still shown when the
// new text extends the old one) and then rebuilds the mapping once, instead of inserting and
// removing rows interval by interval. Over any other model the base class decides.
class CustomerFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CustomerFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    const QString& searchText() const { return m_search; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void markMatches(bool onlyShownRows) const;

    const CustomerTableModel* m_customers = nullptr;
    QString m_search;
    // One flag per source row; rebuilt when the source resets (the model only ever resets).
    mutable std::vector<uint8_t> m_matches;
    mutable bool m_matchesValid = false;
};

} // namespace tenure::ui
