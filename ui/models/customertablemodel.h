#pragma once

#include "customersearch.h"
#include "customersort.h"
#include "store/customerrepository.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>

namespace tenure::ui {

// Which rows the filters above the table let through: an interned index of the column
// (store::InternedColumn, 0 = none) or every row.
struct CustomerFilters {
    enum class Status { Any, Active, Churned };
    std::optional<uint32_t> segment, plan, owner, region;
    Status status = Status::Any;
    // Health band and journey stage codes (see CustomerTableModel::setHealth); 0: not scored.
    std::optional<uint8_t> band, stage;
    bool operator==(const CustomerFilters&) const = default;
};

// What the window's health pass gives each source row (MainWindow::loadAccountHealth): one
// compact array per column, never a QVariant per cell.
struct HealthColumns {
    std::vector<float> scores;   // 0–100; NaN: not scored (no component with data)
    std::vector<uint8_t> bands;  // 1 healthy, 2 neutral, 3 at risk, 0 not scored
    std::vector<uint8_t> stages; // 1 + metrics::JourneyStage, 0 unknown
    // The churn-risk model's probability (0–1), NaN for an account it gives none (churned
    // ones); empty when the model did not run, and then the column stays empty.
    std::vector<float> churnRisks;
};

// The accounts table over the compact columns of a CustomerList: cells are formatted when
// asked for, so a million rows cost the list and nothing per cell. The model sorts and
// filters itself: it shows a vector of source rows, the cached ascending order of the sort
// column (see customersort.h) walked in the asked direction and kept where the search
// (customersearch.h) and the filters let a row through. Every change of sort is one
// layoutChanged; every change of search or filters one reset.
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
        HealthScore,
        HealthBand,
        Stage,
        ChurnRisk,
        Count
    };
    // The raw value of a cell: text, days since 1970-01-01, the MRR, 0/1 for status, the
    // health score, band and stage codes, the churn probability (0–1). Unknown: invalid.
    static constexpr int SortRole = Qt::UserRole;

    explicit CustomerTableModel(QObject* parent = nullptr);

    void setCustomers(store::CustomerList customers);
    const store::CustomerList& customers() const { return m_customers; }
    // Every customer, shown or not.
    size_t totalCount() const { return m_customers.size(); }
    // The source row (index into customers()) shown in a row of the model.
    size_t sourceRow(int row) const { return m_visible[static_cast<size_t>(row)]; }
    const std::vector<uint32_t>& visibleRows() const { return m_visible; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSearchText(const QString& text);
    const QString& searchText() const { return m_search.text(); }
    void setFilters(const CustomerFilters& filters);
    const CustomerFilters& filters() const { return m_filters; }

    // Each source row's health, computed after the list on a worker. Until it arrives the
    // health cells are empty (not 0) and a band or stage filter lets no row through. Arrays
    // of another length than the list (scores of a list replaced since) are not taken.
    void setHealth(HealthColumns health);
    bool hasHealth() const { return !m_health.bands.empty(); }
    const HealthColumns& health() const { return m_health; }

    // After the store changed the owner of these source rows: updates them in place.
    void setOwnerOf(const std::vector<uint32_t>& sourceRows, const QString& owner);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int column, size_t row) const;
    QVariant sortValue(int column, size_t row) const;
    QVariant healthDisplay(int column, size_t row) const;
    QVariant healthSortValue(int column, size_t row) const;
    const SortedRows& sorted(int column);
    bool passes(size_t row) const;
    // The shown rows from the sort order, the search and the filters.
    void computeVisible();
    void resetVisible();

    store::CustomerList m_customers;
    std::array<std::optional<SortedRows>, Count> m_sorted;
    CustomerSearch m_search;
    CustomerFilters m_filters;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<uint32_t> m_order;   // every source row in the sort order
    std::vector<uint32_t> m_visible; // the shown ones
    HealthColumns m_health;          // per source row, empty until setHealth()
};

} // namespace tenure::ui
