#include "explaindialog.h"

#include "models/explainmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

ExplainDialog::ExplainDialog(const QString& title, const QString& summary,
                             std::vector<reports::ExplainRow> rows, QWidget* parent)
    : QDialog(parent)
    , m_model(new ExplainModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_roles(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    setWindowTitle(title);
    m_model->setRows(std::move(rows));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(ExplainModel::Role);

    auto* heading = new QLabel(summary, this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    m_roles->addItem(tr("All rows"), -1);
    for (metrics::Role role : {metrics::Role::Numerator, metrics::Role::Denominator, metrics::Role::Excluded})
        m_roles->addItem(ExplainModel::roleText(role), static_cast<int>(role));
    connect(m_roles, &QComboBox::currentIndexChanged, this, &ExplainDialog::applyRoleFilter);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ExplainModel::Customer, 140);
    m_table->setColumnWidth(ExplainModel::Role, 190);
    connect(m_table, &QAbstractItemView::activated, this, &ExplainDialog::openCurrent);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_roles);
    filterRow->addStretch(1);
    filterRow->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("Open account"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, &ExplainDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    applyRoleFilter();
    resize(720, 520);
}

void ExplainDialog::applyRoleFilter() {
    const int role = m_roles->currentData().toInt();
    m_proxy->setFilterFixedString(role < 0 ? QString() : QString::number(role));
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(shown)));
}

void ExplainDialog::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return;
    const QModelIndex source = m_proxy->mapToSource(current);
    Q_EMIT accountRequested(m_model->rows()[static_cast<size_t>(source.row())].customer);
}

} // namespace tenure::ui
