#include "accountsview.h"

#include "models/customerfilterproxy.h"
#include "models/customertablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

namespace {

// Typing filters at once on small stores; on large ones a short pause keeps the keys responsive.
constexpr int largeStoreRows = 100'000;
constexpr int searchDelayMs = 150;

} // namespace

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this)) {
    m_proxy->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search accounts…"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("accountsSearch"));
    m_search->setMinimumWidth(280);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            Q_EMIT accountActivated(
                m_model->customers().keys.at(static_cast<size_t>(source.row())).toString());
    });
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &AccountsView::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_model->rowCount() >= largeStoreRows)
            m_searchDelay->start();
        else
            applySearch();
    });

    m_count->setObjectName(QStringLiteral("accountsCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("accountsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { color: #5f2120; background: #fdecea; "
                       "border: 1px solid #f5c2c0; border-radius: 4px; padding: 8px; }"));
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::CustomerId, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The last section follows the viewport; any other change not of ours is the user's.
        if (!m_sizingColumns && column != CustomerTableModel::Mrr) m_userSizedColumns = true;
    });
    sizeColumns();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountsView::updateCount);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addStretch(1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    updateCount();
}

void AccountsView::setCustomers(store::CustomerList customers) {
    showProblem({});
    m_model->setCustomers(std::move(customers));
    updateCount();
}

void AccountsView::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void AccountsView::applySearch() {
    m_searchDelay->stop();
    m_proxy->setSearchText(m_search->text());
    updateCount();
}

void AccountsView::updateCount() {
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(tr("%1 accounts").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 accounts").arg(locale.toString(shown), locale.toString(total)));
}

bool AccountsView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_userSizedColumns)
        sizeColumns();
    return QWidget::eventFilter(watched, event);
}

void AccountsView::sizeColumns() {
    // Widths from typical values, never narrower than the header with its sort arrow. When the
    // table is too narrow, Name and Company give up to a third of their width (longer texts are
    // elided); when there is room they take up to half as much again; MRR, the last section,
    // stretches over the rest.
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

    int total = 0;
    for (int width : widths)
        total += width;
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
