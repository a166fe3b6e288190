#include "accountsview.h"

#include "accountsfilterbar.h"
#include "models/customertablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerTableModel(this))
    , m_search(new QLineEdit(this))
    , m_filters(new AccountsFilterBar(this))
    , m_count(new QLabel(this))
    , m_selected(new QLabel(this))
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_assignOwner(new QAction(tr("Assign owner…"), this))
    , m_addTag(new QAction(tr("Add tag…"), this))
    , m_export(new QAction(tr("Export selected to CSV…"), this)) {
    m_search->setPlaceholderText(tr("Search accounts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("accountsSearch"));
    m_search->setMinimumWidth(220);
    m_search->setToolTip(tr("Searches the customer ID, name, company and e-mail"));
    // No delay: the search scans one prepared buffer, well within a keystroke at a million rows.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setSearchText(text);
        updateCount();
    });
    connect(m_filters, &AccountsFilterBar::filtersChanged, this, [this] {
        m_model->setFilters(m_filters->filters());
        updateCount();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT accountActivated(m_model->customers().keys.at(m_model->sourceRow(index.row())).toString());
    });

    m_count->setObjectName(QStringLiteral("accountsCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selected->setObjectName(QStringLiteral("accountsSelected"));
    m_note->setObjectName(QStringLiteral("accountsNote"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_problem->setObjectName(QStringLiteral("accountsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: #5f2120; background: #fdecea; "
                       "border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px; }"));
    m_problem->hide();

    m_assignOwner->setObjectName(QStringLiteral("assignOwnerAction"));
    m_assignOwner->setToolTip(tr("Give the selected accounts an owner"));
    m_addTag->setObjectName(QStringLiteral("addTagAction"));
    m_addTag->setToolTip(tr("Add a tag to the selected accounts"));
    m_export->setObjectName(QStringLiteral("exportSelectedAction"));
    m_export->setToolTip(tr("Write the selected accounts, every column, to a CSV file"));
    connect(m_assignOwner, &QAction::triggered, this, &AccountsView::askOwner);
    connect(m_addTag, &QAction::triggered, this, &AccountsView::askTag);
    connect(m_export, &QAction::triggered, this, &AccountsView::askExportPath);
    auto* actions = new QToolBar(this);
    actions->setObjectName(QStringLiteral("accountsActions"));
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->addWidget(m_selected);
    actions->addSeparator();
    actions->addAction(m_assignOwner);
    actions->addAction(m_addTag);
    actions->addAction(m_export);

    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::CustomerId, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(m_assignOwner);
        menu.addAction(m_addTag);
        menu.addSeparator();
        menu.addAction(m_export);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The last section follows the viewport; any other change not of ours is the user's.
        if (!m_sizingColumns && column != CustomerTableModel::Count - 1) m_userSizedColumns = true;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsView::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsView::updateSelection);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose the columns."));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &AccountsView::chooseColumns);
    restoreColumns();
    sizeColumns();

    // Search and the selection's actions on top, the seven filters on a row of their own (one
    // row for all of them clipped their texts at 1280 pixels).
    auto* top = new QHBoxLayout;
    m_search->setMaximumWidth(420);
    top->addWidget(m_search, 1);
    top->addSpacing(8);
    top->addWidget(actions);
    top->addStretch(1);
    top->addWidget(m_note);
    top->addSpacing(8);
    top->addWidget(m_count);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filters);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    updateCount();
    updateSelection();
}

void AccountsView::setHealth(HealthColumns health) {
    m_model->setHealth(std::move(health));
    m_filters->setHealthAvailable(m_model->hasHealth());
    updateCount();
}

void AccountsView::setCustomers(store::CustomerList customers) {
    m_filters->setHealthAvailable(false);
    showProblem({});
    m_note->clear();
    m_model->setCustomers(std::move(customers));
    // Choices of the new list; a chosen value it lacks falls back to "All".
    m_filters->setCustomers(m_model->customers());
    m_model->setFilters(m_filters->filters());
    updateCount();
}

void AccountsView::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void AccountsView::updateCount() {
    const QLocale locale;
    const auto total = static_cast<qlonglong>(m_model->totalCount());
    const int shown = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%1 accounts").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 accounts").arg(locale.toString(shown), locale.toString(total)));
}

void AccountsView::updateSelection() {
    qsizetype rows = 0;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        rows += range.height();
    m_selected->setText(rows == 0 ? tr("No account selected")
                                  : tr("%1 selected").arg(QLocale().toString(static_cast<qlonglong>(rows))));
    for (QAction* action : {m_assignOwner, m_addTag, m_export})
        action->setEnabled(rows > 0);
}

void AccountsView::showNote(const QString& text) {
    m_note->setText(text);
}

bool AccountsView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_userSizedColumns)
        sizeColumns();
    return QWidget::eventFilter(watched, event);
}

void AccountsView::sizeColumns() {
    // Widths from typical values, never narrower than the header with its sort arrow. When the
    // table is too narrow, Name and Company give up to a third of their width (longer texts are
    // elided); when there is room they take up to half as much again; the last section (churn
    // risk) stretches over the rest.
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics header = m_table->horizontalHeader()->fontMetrics();
    const auto fit = [&](int column, const char16_t* sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(cell.horizontalAdvance(QString::fromUtf16(sample)),
                        header.horizontalAdvance(title) + 14) +
               12;
    };
    using C = CustomerTableModel;
    int widths[C::Count] = {};
    widths[C::CustomerId] = fit(C::CustomerId, u"C0000000");
    widths[C::Name] = fit(C::Name, u"Agnieszka Jansen");
    widths[C::Company] = fit(C::Company, u"Watanabe Manufacturing Pty");
    widths[C::Segment] = fit(C::Segment, u"Mid-Market");
    widths[C::Plan] = fit(C::Plan, u"Enterprise");
    widths[C::Owner] = fit(C::Owner, u"James Whitfield");
    widths[C::Region] = fit(C::Region, u"EMEA");
    widths[C::Signup] = fit(C::Signup, u"0000-00-00");
    widths[C::Status] = fit(C::Status, u"Churned");
    widths[C::ChurnDate] = fit(C::ChurnDate, u"0000-00-00");
    widths[C::Mrr] = fit(C::Mrr, u"000,000.00");
    widths[C::HealthScore] = fit(C::HealthScore, u"100");
    widths[C::HealthBand] = fit(C::HealthBand, u"At risk");
    widths[C::Stage] = fit(C::Stage, u"Expansion candidate");
    widths[C::ChurnRisk] = fit(C::ChurnRisk, u"100 %");

    int total = 0;
    for (int column = 0; column < C::Count; ++column)
        if (!m_table->horizontalHeader()->isSectionHidden(column)) total += widths[column];
    const int elastic = widths[C::Name] + widths[C::Company];
    const int room = m_table->viewport()->width() - total;
    const double scale = room < 0 ? std::max(2.0 / 3, 1.0 + static_cast<double>(room) / elastic)
                                  : std::min(1.5, 1.0 + static_cast<double>(room) / elastic);
    widths[C::Name] = static_cast<int>(widths[C::Name] * scale);
    widths[C::Company] = static_cast<int>(widths[C::Company] * scale);

    m_sizingColumns = true;
    // The last section's own width is the least it stretches to.
    for (int column = 0; column < C::Count; ++column)
        m_table->setColumnWidth(column, widths[column]);
    m_sizingColumns = false;
}

} // namespace tenure::ui
