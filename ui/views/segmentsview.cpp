#include "segmentsview.h"

#include "dialogs/segmenteditor.h"
#include "format.h"
#include "store/segmentrepository.h"
#include "store/store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tenure::ui {

namespace {

QTableWidgetItem* cell(const QString& text, double sortValue, bool number = true) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setData(Qt::UserRole, sortValue);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SegmentsView::SegmentsView(QWidget* parent)
    : ScopedView(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_chart(new QChartView(this))
    , m_new(new QPushButton(tr("&New segment\u2026"), this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this)) {
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Computing the segments…"));
    m_table->setHorizontalHeaderLabels({tr("Segment"), tr("Customers"), tr("Churn"), tr("Retention"),
                                        tr("Revenue"), tr("Cost to serve"), tr("Margin"), tr("CLV"),
                                        tr("Kind")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a segment to show every view for it alone."));
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && static_cast<size_t>(row) < m_rows.size())
            Q_EMIT segmentChosen(m_rows[static_cast<size_t>(row)].segment);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SegmentsView::updateButtons);
    m_new->setToolTip(tr("Build a segment from rules over customer fields, custom attributes and metrics"));
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedSavedSegment(); !name.isEmpty()) openEditor(name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = selectedSavedSegment();
        if (name.isEmpty()) return;
        if (QMessageBox::question(
                this, tr("Delete segment"),
                tr("Delete the saved segment \"%1\"? Its customers are not changed.").arg(name)) ==
            QMessageBox::Yes)
            deleteSegment(name);
    });
    updateButtons();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(m_heading);
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(splitter, 1);
}

QString SegmentsView::selectedSavedSegment() const {
    const int row = m_table->currentRow();
    if (row < 0 || static_cast<size_t>(row) >= m_rows.size() || !m_table->item(row, Segment)) return {};
    // The row's index into m_rows travels with the item, since the table may be sorted.
    const auto index = m_table->item(row, Segment)->data(Qt::UserRole + 1).toULongLong();
    if (index >= m_rows.size() || m_rows[index].kind != reports::SegmentKind::Saved) return {};
    return m_rows[index].segment;
}

void SegmentsView::openEditor(const QString& name) {
    auto* editor = new SegmentEditor(scope().storePath, name, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &SegmentEditor::saved, this, [this] {
        Q_EMIT savedSegmentsChanged();
        invalidate();
    });
    editor->open();
}

bool SegmentsView::deleteSegment(const QString& name) {
    auto opened = store::Store::open(scope().storePath, {store::OpenMode::MustExist});
    const Status deleted =
        opened ? store::deleteSavedSegment(*opened.value(), name) : Status::failure(opened.error());
    if (!deleted) {
        showProblem(deleted.error());
        return false;
    }
    Q_EMIT savedSegmentsChanged();
    invalidate();
    return true;
}

void SegmentsView::updateButtons() {
    const bool saved = !selectedSavedSegment().isEmpty();
    m_edit->setEnabled(saved);
    m_delete->setEnabled(saved);
}

void SegmentsView::refresh() {
    compute<std::vector<reports::SegmentRow>>(
        [](store::Store& store) {
            return reports::computeSegments(store, std::nullopt, reports::segmentCostsFromSettings(store));
        },
        [this](std::vector<reports::SegmentRow>& rows) { showRows(rows); });
}

void SegmentsView::showRows(std::vector<reports::SegmentRow>& rows) {
    m_rows = std::move(rows);
    m_heading->setText(
        m_rows.empty()
            ? tr("No segments yet: build one from rules with New segment\u2026, or give customers a "
                 "segment in the customers file.")
            : tr("The last twelve complete months by segment. Cost to serve: tickets × cost per "
                 "ticket + a fixed cost per customer-month (Settings)."));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const reports::SegmentRow& s = m_rows[static_cast<size_t>(r)];
        m_table->setItem(r, Segment, cell(s.segment.isEmpty() ? tr("(none)") : s.segment, 0, false));
        m_table->item(r, Segment)->setData(Qt::UserRole + 1, static_cast<qulonglong>(r));
        m_table->setItem(
            r, Kind,
            cell(s.kind == reports::SegmentKind::Saved ? tr("Saved segment") : tr("Segment field"),
                 s.kind == reports::SegmentKind::Saved ? 0 : 1, false));
        m_table->setItem(
            r, Customers,
            cell(formatCount(static_cast<double>(s.customers)), static_cast<double>(s.customers)));
        m_table->setItem(r, Churn, cell(formatPercent(s.churnPct), s.churnPct.value_or(-1)));
        m_table->setItem(r, Retention, cell(formatPercent(s.retentionPct), s.retentionPct.value_or(-1)));
        m_table->setItem(r, Revenue, cell(formatMoney(s.revenue), s.revenue));
        m_table->setItem(r, Cost, cell(formatMoney(s.costToServe), s.costToServe));
        m_table->setItem(r, Margin, cell(formatMoney(s.margin), s.margin));
        m_table->setItem(r, Clv, cell(formatMoney(s.clv), s.clv.value_or(-1)));
    }
    fillChart();
    updateButtons();
}

void SegmentsView::fillChart() {
    // Two charts in one: churn and retention (percent) on the left axis, CLV on the right, so
    // that a segment's churn is read next to what one of its customers is worth.
    auto* chart = new QChart;
    chart->setTitle(tr("Churn and retention by segment, against the lifetime value of a customer"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* churn = new QBarSet(tr("Churn %"));
    auto* retention = new QBarSet(tr("Retention %"));
    auto* clv = new QBarSet(tr("CLV"));
    QStringList names;
    double highClv = 0;
    for (const reports::SegmentRow& s : m_rows) {
        names << (s.segment.isEmpty() ? tr("(none)") : s.segment);
        *churn << s.churnPct.value_or(0);
        *retention << s.retentionPct.value_or(0);
        highClv = std::max(highClv, s.clv.value_or(0));
    }
    auto* rates = new QBarSeries;
    rates->append({churn, retention});
    // CLV bars sit in their own series on the right axis; the rate series leaves their slots empty.
    auto* values = new QBarSeries;
    auto* gap = new QBarSet(QString());
    for (const reports::SegmentRow& s : m_rows) {
        *clv << s.clv.value_or(0);
        *gap << 0;
    }
    values->append({gap, clv});
    chart->addSeries(rates);
    chart->addSeries(values);
    chart->legend()->markers(values).first()->setVisible(false);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f %%"));
    percent->setTitleText(tr("Churn and retention over twelve months"));
    auto* money = new QValueAxis;
    money->setRange(0, highClv > 0 ? highClv * 1.1 : 1);
    money->applyNiceNumbers();
    money->setLabelFormat(QStringLiteral("%.0f"));
    money->setTitleText(tr("CLV per customer"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(money, Qt::AlignRight);
    rates->attachAxis(x);
    rates->attachAxis(percent);
    values->attachAxis(x);
    values->attachAxis(money);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace tenure::ui
