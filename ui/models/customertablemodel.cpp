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

int compareText(QStringView left, QStringView right) {
    return left.compare(right, Qt::CaseInsensitive);
}

// Unknown values (no date, no MRR) sort after every known one, as an invalid QVariant does.
template <typename T> bool lessKnown(bool leftKnown, T left, bool rightKnown, T right) {
    if (leftKnown != rightKnown) return leftKnown;
    return leftKnown && left < right;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CustomerTableModel::setCustomers(store::CustomerList customers) {
    beginResetModel();
    m_customers = std::move(customers);
    endResetModel();
}

QModelIndex CustomerTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || column < 0 || column >= Count ||
        static_cast<size_t>(row) >= m_customers.size())
        return {};
    return createIndex(row, column);
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto row = static_cast<size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), row);
    case SortRole:
        return sortValue(index.column(), row);
    case Qt::TextAlignmentRole:
        if (index.column() == Mrr) return rightAligned();
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
        return {};
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
        return {};
    }
}

bool CustomerTableModel::lessThan(int column, size_t left, size_t right) const {
    const store::CustomerList& c = m_customers;
    const auto byRank = [](const store::InternedColumn& col, size_t l, size_t r) {
        return col.ranks()[col.indexAt(l)] < col.ranks()[col.indexAt(r)];
    };
    switch (column) {
    case CustomerId:
        return compareText(c.keys.at(left), c.keys.at(right)) < 0;
    case Name:
        return compareText(c.names.at(left), c.names.at(right)) < 0;
    case Company:
        return compareText(c.companies.at(left), c.companies.at(right)) < 0;
    case Segment:
        return byRank(c.segments, left, right);
    case Plan:
        return byRank(c.plans, left, right);
    case Owner:
        return byRank(c.owners, left, right);
    case Region:
        return byRank(c.regions, left, right);
    case Signup:
        return lessKnown(store::CustomerList::hasDate(c.signupDays[left]), c.signupDays[left],
                         store::CustomerList::hasDate(c.signupDays[right]), c.signupDays[right]);
    case Status:
        return c.churned[left] < c.churned[right];
    case ChurnDate:
        return lessKnown(store::CustomerList::hasDate(c.churnDays[left]), c.churnDays[left],
                         store::CustomerList::hasDate(c.churnDays[right]), c.churnDays[right]);
    case Mrr:
        return lessKnown(!std::isnan(c.mrr[left]), c.mrr[left], !std::isnan(c.mrr[right]), c.mrr[right]);
    default:
        return false;
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Mrr) return rightAligned();
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
    default:
        return {};
    }
}

} // namespace tenure::ui
