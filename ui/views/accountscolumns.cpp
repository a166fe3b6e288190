// The Accounts table's column chooser: a right-click on the header shows or hides columns,
// remembered in the settings. Fifteen columns do not fit at 1280 pixels; the two a customer
// success manager reads least (region, churn date: the status says churned) start hidden.
#include "accountsview.h"

#include "models/customertablemodel.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace tenure::ui {

namespace {

const QLatin1String hiddenColumnsKey("accounts/hiddenColumns");

// Column numbers as stored: the model's Column enum (new columns are appended to it).
QList<int> hiddenColumns() {
    QSettings settings;
    if (!settings.contains(hiddenColumnsKey))
        return {CustomerTableModel::Region, CustomerTableModel::ChurnDate};
    QList<int> out;
    for (const QVariant& v : settings.value(hiddenColumnsKey).toList())
        if (const int column = v.toInt(); column > 0 && column < CustomerTableModel::Count)
            out.append(column);
    return out;
}

void saveHiddenColumns(const QHeaderView& header) {
    QVariantList hidden;
    for (int column = 0; column < CustomerTableModel::Count; ++column)
        if (header.isSectionHidden(column)) hidden.append(column);
    QSettings().setValue(hiddenColumnsKey, hidden);
}

} // namespace

void AccountsView::restoreColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    const QList<int> hidden = hiddenColumns();
    for (int column = 0; column < CustomerTableModel::Count; ++column)
        header->setSectionHidden(column, hidden.contains(column));
}

void AccountsView::chooseColumns(const QPoint& at) {
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("accountsColumns"));
    // The customer id stays: it is what a row is.
    for (int column = 1; column < CustomerTableModel::Count; ++column) {
        QAction* toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHiddenColumns(*header);
            m_userSizedColumns = false; // fit the columns that are shown again
            sizeColumns();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace tenure::ui
