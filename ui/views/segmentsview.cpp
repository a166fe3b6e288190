#include "segmentsview.h"

#include "format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
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
    , m_chart(new QChartView(this)) {
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Computing the segments…"));
    m_table->setHorizontalHeaderLabels({tr("Segment"), tr("Customers"), tr("Churn"), tr("Retention"),
                                        tr("Revenue"), tr("Cost to serve"), tr("Margin"), tr("CLV")});
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
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(m_heading);
    contentLayout()->addWidget(splitter, 1);
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
        m_rows.empty() ? tr("No segments: give customers a segment in the customers file to compare them.")
                       : tr("The last twelve complete months by segment. Cost to serve: tickets × cost per "
                            "ticket + a fixed cost per customer-month (Settings)."));
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const reports::SegmentRow& s = m_rows[static_cast<size_t>(r)];
        m_table->setItem(r, Segment, cell(s.segment.isEmpty() ? tr("(none)") : s.segment, 0, false));
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
