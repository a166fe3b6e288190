// The Accounts view's actions on the selected rows (see accountsview.h).
#include "accountsfilterbar.h"
#include "accountsview.h"
#include "io/customerlistcsv.h"
#include "models/customertablemodel.h"
#include "store/bulkedits.h"
#include "store/store.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>

#include <algorithm>

namespace tenure::ui {

namespace {

// A wait cursor while an edit holds the GUI thread.
struct BusyCursor {
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
};

} // namespace

std::vector<uint32_t> AccountsView::selectedSourceRows() const {
    std::vector<int> rows;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<uint32_t> out;
    out.reserve(rows.size());
    for (const int row : rows)
        if (row < m_model->rowCount()) out.push_back(static_cast<uint32_t>(m_model->sourceRow(row)));
    return out;
}

std::vector<int64_t> AccountsView::idsOf(const std::vector<uint32_t>& sourceRows) const {
    std::vector<int64_t> ids;
    ids.reserve(sourceRows.size());
    for (const uint32_t row : sourceRows)
        ids.push_back(m_model->customers().ids[row]);
    return ids;
}

bool AccountsView::assignOwnerToSelection(const QString& owner) {
    const std::vector<uint32_t> rows = selectedSourceRows();
    if (rows.empty()) return false;
    BusyCursor busy;
    auto store = store::Store::open(m_storePath);
    Status saved =
        store ? store::setOwnerOf(*store.value(), idsOf(rows), owner) : Status::failure(store.error());
    if (!saved) {
        showProblem(tr("The owner could not be saved: %1").arg(saved.error()));
        return false;
    }
    showProblem({});
    m_model->setOwnerOf(rows, owner);
    m_filters->updateOwners(m_model->customers());
    updateCount();
    showNote(owner.trimmed().isEmpty()
                 ? tr("Cleared the owner of %1 accounts")
                       .arg(QLocale().toString(static_cast<qlonglong>(rows.size())))
                 : tr("Assigned %1 accounts to %2")
                       .arg(QLocale().toString(static_cast<qlonglong>(rows.size())), owner.trimmed()));
    Q_EMIT customersChanged();
    return true;
}

bool AccountsView::addTagToSelection(const QString& tag) {
    const std::vector<uint32_t> rows = selectedSourceRows();
    if (rows.empty()) return false;
    BusyCursor busy;
    auto store = store::Store::open(m_storePath);
    Status saved = store ? store::addTagTo(*store.value(), idsOf(rows), tag) : Status::failure(store.error());
    if (!saved) {
        showProblem(tr("The tag could not be added: %1").arg(saved.error()));
        return false;
    }
    showProblem({});
    showNote(tr("Tagged %1 accounts “%2”")
                 .arg(QLocale().toString(static_cast<qlonglong>(rows.size())), tag.trimmed()));
    Q_EMIT customersChanged();
    return true;
}

bool AccountsView::exportSelection(const QString& path) {
    const std::vector<uint32_t> rows = selectedSourceRows();
    if (rows.empty()) return false;
    BusyCursor busy;
    if (Status s = io::writeCustomerRowsCsv(m_model->customers(), rows, path); !s) {
        showProblem(tr("The accounts could not be exported: %1").arg(s.error()));
        return false;
    }
    showProblem({});
    showNote(
        tr("Exported %1 accounts to %2")
            .arg(QLocale().toString(static_cast<qlonglong>(rows.size())), QDir::toNativeSeparators(path)));
    return true;
}

void AccountsView::askOwner() {
    const size_t count = selectedSourceRows().size();
    if (count == 0) return;
    const store::InternedColumn& owners = m_model->customers().owners;
    std::vector<uint32_t> order(owners.values().size());
    for (uint32_t index = 0; index < order.size(); ++index)
        order[owners.ranks()[index]] = index;
    QStringList names;
    for (const uint32_t index : order)
        if (index != 0) names.append(owners.values()[index]);
    bool ok = false;
    const QString owner =
        QInputDialog::getItem(this, tr("Assign owner"),
                              tr("Owner of the %1 selected accounts (leave empty to clear):")
                                  .arg(QLocale().toString(static_cast<qlonglong>(count))),
                              names, 0, true, &ok);
    if (ok) assignOwnerToSelection(owner);
}

void AccountsView::askTag() {
    const size_t count = selectedSourceRows().size();
    if (count == 0) return;
    bool ok = false;
    const QString tag = QInputDialog::getText(
        this, tr("Add tag"),
        tr("Tag to add to the %1 selected accounts:").arg(QLocale().toString(static_cast<qlonglong>(count))),
        QLineEdit::Normal, {}, &ok);
    if (ok && !tag.trimmed().isEmpty()) addTagToSelection(tag);
}

void AccountsView::askExportPath() {
    if (!m_table->selectionModel()->hasSelection()) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export selected accounts"),
                                                      QDir::home().filePath(QStringLiteral("accounts.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportSelection(path);
}

} // namespace tenure::ui
