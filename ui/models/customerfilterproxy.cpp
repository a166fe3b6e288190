#include "customerfilterproxy.h"

#include "customertablemodel.h"

namespace tenure::ui {

namespace {

// QStringView::contains(needle, Qt::CaseInsensitive) with a fast path for an ASCII needle: it is
// lowered once and each text is scanned once; a text with other characters that did not match
// that way is asked again through Qt, so the answer is always Qt's.
class Needle final {
public:
    explicit Needle(const QString& text)
        : m_text(text) {
        for (QChar c : text) {
            if (c.unicode() >= 0x80) {
                m_ascii = false;
                return;
            }
            m_lower.push_back(lower(c.unicode()));
        }
    }

    bool foundIn(QStringView haystack) const {
        if (!m_ascii) return haystack.contains(m_text, Qt::CaseInsensitive);
        const char16_t* h = haystack.utf16();
        const qsizetype n = haystack.size();
        const auto m = static_cast<qsizetype>(m_lower.size());
        const char16_t first = m_lower[0];
        for (qsizetype i = 0; i + m <= n; ++i) {
            if (lower(h[i]) != first) continue;
            qsizetype j = 1;
            while (j < m && lower(h[i + j]) == m_lower[static_cast<size_t>(j)])
                ++j;
            if (j == m) return true;
        }
        for (qsizetype i = 0; i < n; ++i)
            if (h[i] >= 0x80) return haystack.contains(m_text, Qt::CaseInsensitive);
        return false;
    }

private:
    static char16_t lower(char16_t c) {
        return static_cast<char16_t>(c - u'A') < 26u ? static_cast<char16_t>(c + 32) : c;
    }

    QString m_text;
    std::u16string m_lower;
    bool m_ascii = true;
};

} // namespace

CustomerFilterProxy::CustomerFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CustomerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel* sourceModel) {
    if (m_customers) disconnect(m_customers, nullptr, this, nullptr);
    m_customers = qobject_cast<const CustomerTableModel*>(sourceModel);
    m_matchesValid = false;
    // Connected before the base class connects its own handlers, so that the flags are stale
    // before the base class asks filterAcceptsRow() about the new rows.
    if (m_customers)
        connect(m_customers, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_matchesValid = false; });
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void CustomerFilterProxy::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search) return;
    // A longer text that contains the previous one can only hide rows, never show new ones.
    const bool narrowing =
        m_matchesValid && !m_search.isEmpty() && trimmed.contains(m_search, Qt::CaseInsensitive);
    m_search = trimmed;
    if (!m_customers) {
        invalidateFilter();
        return;
    }
    markMatches(narrowing);
    // One rebuild of the mapping (filter flags, then sort): far cheaper at a million rows than
    // invalidateFilter(), which inserts and removes the changed rows interval by interval.
    invalidate();
}

void CustomerFilterProxy::markMatches(bool onlyShownRows) const {
    const store::CustomerList& c = m_customers->customers();
    const size_t rows = c.size();
    if (!onlyShownRows || m_matches.size() != rows) m_matches.assign(rows, 1);
    m_matchesValid = true;
    if (m_search.isEmpty()) return;
    const Needle needle(m_search);
    for (size_t row = 0; row < rows; ++row) {
        if (!m_matches[row]) continue;
        m_matches[row] = needle.foundIn(c.keys.at(row)) || needle.foundIn(c.names.at(row)) ||
                         needle.foundIn(c.companies.at(row)) || needle.foundIn(c.emails.at(row));
    }
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_customers) return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_search.isEmpty()) return true;
    if (!m_matchesValid || m_matches.size() != m_customers->customers().size()) markMatches(false);
    return m_matches[static_cast<size_t>(sourceRow)] != 0;
}

bool CustomerFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_customers || sortRole() != CustomerTableModel::SortRole || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return m_customers->lessThan(left.column(), static_cast<size_t>(left.row()),
                                 static_cast<size_t>(right.row()));
}

} // namespace tenure::ui
