#include "customertablemodel.h"

#include "model/dates.h"

#include <QLocale>

#include <cmath>

namespace tenure::ui {

namespace {

const QString& none() {
    static const QString dash = QStringLiteral("—");
    return dash;
}

QVariant textOrNone(QStringView text) {
    return text.isEmpty() ? none() : text.toString();
}

QVariant dateOrNone(int64_t day) {
    return store::CustomerList::hasDate(day) ? formatDate(day) : none();
}

QVariant rightAligned() {
    return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
}

bool isNumeric(int column) {
    using C = CustomerTableModel;
    return column == C::Mrr || column == C::HealthScore || column == C::ChurnRisk;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CustomerTableModel::setCustomers(store::CustomerList customers) {
    beginResetModel();
    m_customers = std::move(customers);
    m_health = {}; // scores of the previous list; the window sets the new ones
    for (auto& sorted : m_sorted)
        sorted.reset();
    m_search.build(m_customers);
    // A filter on a value the new list does not have shows every row again.
    for (auto [filter, column] : {std::pair{&m_filters.segment, &m_customers.segments},
                                  {&m_filters.plan, &m_customers.plans},
                                  {&m_filters.owner, &m_customers.owners},
                                  {&m_filters.region, &m_customers.regions}})
        if (*filter && **filter >= column->values().size()) filter->reset();
    computeVisible();
    endResetModel();
}

const SortedRows& CustomerTableModel::sorted(int column) {
    std::optional<SortedRows>& cached = m_sorted[static_cast<size_t>(column)];
    if (cached) return *cached;
    const store::CustomerList& c = m_customers;
    switch (column) {
    case CustomerId:
        cached = sortByText(c.keys);
        break;
    case Name:
        cached = sortByText(c.names);
        break;
    case Company:
        cached = sortByText(c.companies);
        break;
    case Segment:
        cached = sortByRank(c.segments);
        break;
    case Plan:
        cached = sortByRank(c.plans);
        break;
    case Owner:
        cached = sortByRank(c.owners);
        break;
    case Region:
        cached = sortByRank(c.regions);
        break;
    case Signup:
        cached = sortByDay(c.signupDays);
        break;
    case Status:
        cached = sortByFlag(c.churned);
        break;
    case ChurnDate:
        cached = sortByDay(c.churnDays);
        break;
    case Mrr:
        cached = sortByMoney(c.mrr);
        break;
    case HealthScore:
        cached = sortByScore(m_health.scores, c.size());
        break;
    case HealthBand:
        cached = sortByCode(m_health.bands, c.size(), 3);
        break;
    case Stage:
        cached = sortByCode(m_health.stages, c.size(), 5);
        break;
    default:
        cached = sortByScore(m_health.churnRisks, c.size());
        break;
    }
    return *cached;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= Count) return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<uint32_t> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex& index : before)
        sourceRows.push_back(m_visible[static_cast<size_t>(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    computeVisible();

    if (!before.isEmpty()) {
        std::vector<int> position(m_customers.size(), -1);
        for (size_t row = 0; row < m_visible.size(); ++row)
            position[m_visible[row]] = static_cast<int>(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(createIndex(position[sourceRows[static_cast<size_t>(i)]], before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CustomerTableModel::setSearchText(const QString& text) {
    if (!m_search.setText(text)) return;
    resetVisible();
}

void CustomerTableModel::setFilters(const CustomerFilters& filters) {
    if (filters == m_filters) return;
    m_filters = filters;
    resetVisible();
}

void CustomerTableModel::setOwnerOf(const std::vector<uint32_t>& sourceRows, const QString& owner) {
    const uint32_t value = m_customers.owners.intern(owner.trimmed());
    for (const uint32_t row : sourceRows)
        if (row < m_customers.size()) m_customers.owners.setIndexAt(row, value);
    // A new owner changes every rank; the order by owner is computed again when asked.
    m_sorted[Owner].reset();
    if (m_sortColumn == Owner || m_filters.owner) {
        resetVisible();
    } else if (!m_visible.empty()) {
        Q_EMIT dataChanged(index(0, Owner), index(rowCount() - 1, Owner));
    }
}

bool CustomerTableModel::passes(size_t row) const {
    const store::CustomerList& c = m_customers;
    const CustomerFilters& f = m_filters;
    return m_search.matches(row) && (!f.segment || c.segments.indexAt(row) == *f.segment) &&
           (!f.plan || c.plans.indexAt(row) == *f.plan) && (!f.owner || c.owners.indexAt(row) == *f.owner) &&
           (!f.region || c.regions.indexAt(row) == *f.region) &&
           (f.status == CustomerFilters::Status::Any ||
            (c.churned[row] != 0) == (f.status == CustomerFilters::Status::Churned)) &&
           (!f.band || (row < m_health.bands.size() && m_health.bands[row] == *f.band)) &&
           (!f.stage || (row < m_health.stages.size() && m_health.stages[row] == *f.stage));
}

void CustomerTableModel::computeVisible() {
    const size_t rows = m_customers.size();
    if (m_sortColumn >= 0) {
        orderedRows(sorted(m_sortColumn), m_sortOrder, m_order);
    } else {
        m_order.resize(rows);
        for (size_t row = 0; row < rows; ++row)
            m_order[row] = static_cast<uint32_t>(row);
    }
    const bool everyRow = !m_search.active() && m_filters == CustomerFilters{};
    if (everyRow) {
        m_visible = m_order;
        return;
    }
    m_visible.clear();
    for (const uint32_t row : m_order)
        if (passes(row)) m_visible.push_back(row);
}

void CustomerTableModel::resetVisible() {
    beginResetModel();
    computeVisible();
    endResetModel();
}

QModelIndex CustomerTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || column < 0 || column >= Count ||
        static_cast<size_t>(row) >= m_visible.size())
        return {};
    return createIndex(row, column);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const size_t row = m_visible[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), row);
    case SortRole:
        return sortValue(index.column(), row);
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column())) return rightAligned();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name || index.column() == CustomerId) {
            const QStringView email = m_customers.emails.at(row);
            if (!email.isEmpty()) return email.toString();
        }
        return {};
    default:
        return {};
    }
}

QVariant CustomerTableModel::display(int column, size_t row) const {
    const store::CustomerList& c = m_customers;
    switch (column) {
    case CustomerId:
        return textOrNone(c.keys.at(row));
    case Name:
        return textOrNone(c.names.at(row));
    case Company:
        return textOrNone(c.companies.at(row));
    case Segment:
        return textOrNone(c.segments.at(row));
    case Plan:
        return textOrNone(c.plans.at(row));
    case Owner:
        return textOrNone(c.owners.at(row));
    case Region:
        return textOrNone(c.regions.at(row));
    case Signup:
        return dateOrNone(c.signupDays[row]);
    case Status:
        return c.churned[row] ? tr("Churned") : tr("Active");
    case ChurnDate:
        return dateOrNone(c.churnDays[row]);
    case Mrr:
        return std::isnan(c.mrr[row]) ? none() : QLocale().toString(c.mrr[row], 'f', 2);
    default:
        return healthDisplay(column, row);
    }
}

QVariant CustomerTableModel::sortValue(int column, size_t row) const {
    const store::CustomerList& c = m_customers;
    switch (column) {
    case CustomerId:
        return c.keys.at(row).toString();
    case Name:
        return c.names.at(row).toString();
    case Company:
        return c.companies.at(row).toString();
    case Segment:
        return c.segments.at(row);
    case Plan:
        return c.plans.at(row);
    case Owner:
        return c.owners.at(row);
    case Region:
        return c.regions.at(row);
    case Signup:
        return store::CustomerList::hasDate(c.signupDays[row]) ? QVariant::fromValue(c.signupDays[row])
                                                               : QVariant();
    case Status:
        return static_cast<int>(c.churned[row]);
    case ChurnDate:
        return store::CustomerList::hasDate(c.churnDays[row]) ? QVariant::fromValue(c.churnDays[row])
                                                              : QVariant();
    case Mrr:
        return std::isnan(c.mrr[row]) ? QVariant() : QVariant(c.mrr[row]);
    default:
        return healthSortValue(column, row);
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumeric(section)) return rightAligned();
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case CustomerId:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Segment:
        return tr("Segment");
    case Plan:
        return tr("Plan");
    case Owner:
        return tr("Owner");
    case Region:
        return tr("Region");
    case Signup:
        return tr("Signup");
    case Status:
        return tr("Status");
    case ChurnDate:
        return tr("Churn date");
    case Mrr:
        return tr("MRR");
    case HealthScore:
        return tr("Health");
    case HealthBand:
        return tr("Health band");
    case Stage:
        return tr("Stage");
    case ChurnRisk:
        return tr("Churn risk");
    default:
        return {};
    }
}

} // namespace tenure::ui
