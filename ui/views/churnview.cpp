#include "churnview.h"

#include "charts/cohortheatmap.h"
#include "charts/timeserieschart.h"
#include "figureformat.h"
#include "reports/explain.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tenure::ui {

namespace {

// One palette for the view, so a figure keeps its colour from chart to chart.
const QColor churnColor(0xc0, 0x39, 0x2b);
const QColor retentionColor(0x27, 0x6f, 0xbf);
const QColor gainedColor(0x2e, 0x8b, 0x57);
const QColor neutralColor(0x8e, 0x8e, 0x8e);
const QColor expansionColor(0x5b, 0x9b, 0xd5);
const QColor contractionColor(0xe6, 0x9a, 0x28);
const QColor physicalColor(0x7f, 0x5a, 0x83);
const QColor digitalColor(0x9e, 0x9e, 0x9e);

QString moneyText(double v) {
    return QLocale().toString(v, 'f', 0);
}

std::optional<double> count(int64_t v) {
    return static_cast<double>(v);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setMinimumHeight(160);
    return table;
}

// A cell with its text for people and its number for sorting and tests.
void setCell(QTableWidget* table, int row, int column, const QString& text, const QVariant& raw) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, raw);
    item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QVariant rawRatio(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant();
}

QLabel* makeNote(QWidget* parent) {
    auto* note = new QLabel(parent);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    return note;
}

// The first period still in progress, or -1.
template <typename Row> int firstPartial(const std::vector<Row>& rows) {
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].partial) return static_cast<int>(i);
    return -1;
}

} // namespace

ChurnView::ChurnView(QWidget* parent)
    : ScopedView(parent)
    , m_tabs(new QTabWidget(this)) {
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildChurnTab(), tr("Churn && retention"));
    m_tabs->addTab(buildFlowTab(), tr("Gained && lost"));
    m_tabs->addTab(buildRevenueTab(), tr("MRR movements"));
    m_tabs->addTab(buildReasonsTab(), tr("Churn reasons"));
    m_tabs->addTab(buildCohortTab(), tr("Cohorts"));
    contentLayout()->addWidget(m_tabs);
    setMinimumSize(660, 560);
}

QWidget* ChurnView::buildChurnTab() {
    auto* page = new QWidget(this);
    m_churnChart = new TimeSeriesChart(page);
    m_churnChart->setObjectName(QStringLiteral("churnChart"));
    m_churnChart->setTitle(tr("Customer churn"));
    m_churnChart->setValueFormat(1, QStringLiteral(" %"));
    m_retentionChart = new TimeSeriesChart(page);
    m_retentionChart->setObjectName(QStringLiteral("retentionChart"));
    m_retentionChart->setTitle(tr("Customer retention"));
    m_retentionChart->setValueFormat(1, QStringLiteral(" %"));
    for (TimeSeriesChart* chart : {m_churnChart, m_retentionChart})
        connect(chart, &TimeSeriesChart::periodClicked, this, &ChurnView::explainPeriod);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_churnChart);
    split->addWidget(m_retentionChart);
    split->setChildrenCollapsible(false);
    m_churnNote = makeNote(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addWidget(m_churnNote);
    return page;
}

QWidget* ChurnView::buildFlowTab() {
    auto* page = new QWidget(this);
    m_flowChart = new TimeSeriesChart(page);
    m_flowChart->setObjectName(QStringLiteral("flowChart"));
    m_flowChart->setTitle(tr("Customers gained and lost"));
    m_flowChart->setValueFormat(0, QString());
    connect(m_flowChart, &TimeSeriesChart::periodClicked, this, &ChurnView::explainPeriod);
    m_flowTable = makeTable({tr("Period"), tr("At start"), tr("Gained"), tr("Lost"), tr("New and lost"),
                             tr("At end"), tr("Churn"), tr("Retention")},
                            page);
    m_flowTable->setObjectName(QStringLiteral("flowTable"));
    m_flowTable->setToolTip(tr("Double-click a period to see the customers behind it."));
    connect(m_flowTable, &QTableWidget::cellActivated, this, [this](int row, int) { explainPeriod(row); });
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_flowChart);
    split->addWidget(m_flowTable);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget* ChurnView::buildRevenueTab() {
    auto* page = new QWidget(this);
    m_mrrChart = new TimeSeriesChart(page);
    m_mrrChart->setObjectName(QStringLiteral("mrrChart"));
    m_mrrChart->setTitle(tr("MRR movements"));
    m_mrrChart->setValueFormat(0, QString());
    m_mrrTable = makeTable({tr("Period"), tr("MRR at start"), tr("New"), tr("Expansion"), tr("Contraction"),
                            tr("Churned"), tr("Reactivation"), tr("MRR at end"), tr("NRR"), tr("GRR"),
                            tr("ARPA"), tr("CLV")},
                           page);
    m_mrrTable->setObjectName(QStringLiteral("mrrTable"));
    m_mrrTable->setToolTip(tr("Double-click a period to see the customers behind its movements."));
    connect(m_mrrChart, &TimeSeriesChart::periodClicked, this, &ChurnView::explainRevenuePeriod);
    connect(m_mrrTable, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column == ArpaColumn || column == ClvColumn)
            explainArpaOrClv(row, column == ClvColumn);
        else
            explainRevenuePeriod(row);
    });
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_mrrChart);
    split->addWidget(m_mrrTable);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget* ChurnView::buildReasonsTab() {
    auto* page = new QWidget(this);
    m_reasonsChart = new QChart;
    m_reasonsChart->setTheme(QChart::ChartThemeLight);
    m_reasonsChart->setTitle(tr("Why customers left (exit surveys)"));
    m_reasonsChart->legend()->hide();
    m_reasonsChart->setLocalizeNumbers(true);
    auto* view = new QChartView(m_reasonsChart, page);
    view->setObjectName(QStringLiteral("reasonsChart"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    m_reasonsNote = makeNote(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(view, 1);
    layout->addWidget(m_reasonsNote);
    return page;
}

QWidget* ChurnView::buildCohortTab() {
    auto* page = new QWidget(this);
    m_heatmap = new CohortHeatmap(page);
    m_heatmap->setObjectName(QStringLiteral("cohortHeatmap"));
    m_byCustomers = new QRadioButton(tr("Customers"), page);
    m_byRevenue = new QRadioButton(tr("Revenue"), page);
    m_byCustomers->setChecked(true);
    auto* group = new QButtonGroup(page);
    group->addButton(m_byCustomers);
    group->addButton(m_byRevenue);
    connect(m_byRevenue, &QAbstractButton::toggled, this, &ChurnView::showCohorts);
    connect(m_heatmap, &CohortHeatmap::cellClicked, this, &ChurnView::explainCohortCell);
    m_cohortNote = makeNote(page);
    m_cohortBasis = new QComboBox(page);
    m_cohortBasis->setObjectName(QStringLiteral("cohortBasis"));
    m_cohortBasis->addItem(tr("Signup"), static_cast<int>(store::CohortBasis::Signup));
    m_cohortBasis->addItem(tr("First order"), static_cast<int>(store::CohortBasis::FirstOrder));
    m_cohortActivity = new QComboBox(page);
    m_cohortActivity->setObjectName(QStringLiteral("cohortActivity"));
    m_cohortActivity->addItem(tr("Still subscribed"), static_cast<int>(reports::CohortSource::Subscription));
    m_cohortActivity->addItem(tr("Used the product"), static_cast<int>(reports::CohortSource::Events));
    m_cohortActivity->addItem(tr("Ordered"), static_cast<int>(reports::CohortSource::Orders));
    connect(m_cohortBasis, &QComboBox::currentIndexChanged, this, &ChurnView::recomputeCohorts);
    connect(m_cohortActivity, &QComboBox::currentIndexChanged, this, &ChurnView::recomputeCohorts);
    auto* toggle = new QHBoxLayout;
    auto* basisLabel = new QLabel(tr("Cohorts by:"), page);
    basisLabel->setBuddy(m_cohortBasis);
    auto* activityLabel = new QLabel(tr("Active when:"), page);
    activityLabel->setBuddy(m_cohortActivity);
    toggle->addWidget(basisLabel);
    toggle->addWidget(m_cohortBasis);
    toggle->addSpacing(12);
    toggle->addWidget(activityLabel);
    toggle->addWidget(m_cohortActivity);
    toggle->addSpacing(12);
    toggle->addWidget(new QLabel(tr("Retention of:"), page));
    toggle->addWidget(m_byCustomers);
    toggle->addWidget(m_byRevenue);
    toggle->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(toggle);
    layout->addWidget(m_heatmap, 1);
    layout->addWidget(m_cohortNote);
    return page;
}

reports::ChurnReportOptions ChurnView::reportOptions() const {
    reports::ChurnReportOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    return options;
}

void ChurnView::refresh() {
    const reports::ChurnReportOptions options = reportOptions();
    const reports::CohortOptions cohorts = cohortOptions();
    ++m_cohortGeneration; // the report brings the heatmap of the chosen basis and activity
    compute<reports::ChurnReport>(
        [options, cohorts](store::Store& store) {
            return reports::computeChurnReport(store, options, cohorts);
        },
        [this](reports::ChurnReport& report) { showReport(report); });
}

void ChurnView::showReport(reports::ChurnReport& report) {
    m_report = std::move(report);
    showChurn();
    showFlow();
    showRevenue();
    showReasons();
    showCohorts();
}

reports::CohortOptions ChurnView::cohortOptions() const {
    reports::CohortOptions options;
    options.basis = static_cast<store::CohortBasis>(m_cohortBasis->currentData().toInt());
    options.activity = static_cast<reports::CohortSource>(m_cohortActivity->currentData().toInt());
    options.revenue = true;
    return options;
}

void ChurnView::recomputeCohorts() {
    const reports::ChurnReportOptions options = reportOptions();
    const reports::CohortOptions cohorts = cohortOptions();
    if (scope().storePath.isEmpty()) return;
    // Two quick changes (basis, then activity) start two computations: only the last one shows.
    const int generation = ++m_cohortGeneration;
    compute<reports::CohortReport>(
        [options, cohorts](store::Store& store) { return reports::computeCohorts(store, options, cohorts); },
        [this, generation](reports::CohortReport& report) {
            if (generation != m_cohortGeneration) return;
            m_report.cohorts = std::move(report.cells);
            m_report.cohortRevenue = std::any_of(m_report.cohorts.begin(), m_report.cohorts.end(),
                                                 [](const metrics::CohortCell& c) { return c.revenue != 0; });
            showCohorts();
        });
}

QString ChurnView::offsetTitle(PeriodUnit unit) {
    switch (unit) {
    case PeriodUnit::Day:
        return tr("Days since signup");
    case PeriodUnit::Week:
        return tr("Weeks since signup");
    case PeriodUnit::Month:
        break;
    case PeriodUnit::Quarter:
        return tr("Quarters since signup");
    case PeriodUnit::Year:
        return tr("Years since signup");
    }
    return tr("Months since signup");
}

QString ChurnView::periodName(const Period& period) const {
    return periodLabel(period, m_report.unit);
}

void ChurnView::showChurn() {
    const auto& rows = m_report.churn;
    QStringList labels;
    std::vector<std::optional<double>> churn, retention;
    for (const metrics::ChurnRow& r : rows) {
        labels.append(periodName(r.period));
        churn.push_back(r.churnPct);
        retention.push_back(r.retentionPct);
    }
    const int partial = firstPartial(rows);
    const QString periodTitle = tr("Period");
    m_churnChart->setPeriods(labels, partial);
    m_churnChart->setAxisTitles(periodTitle, tr("Churn (%)"));
    m_churnChart->addSeries(tr("Churn"), churn, churnColor);
    for (const reports::ReferenceLine& line : m_report.referenceLines) {
        const bool physical = line.benchmark == reports::ChurnBenchmark::PhysicalGoods;
        m_churnChart->addReferenceLine(physical ? tr("Average, physical goods") : tr("Average, digital"),
                                       line.pct, physical ? physicalColor : digitalColor);
    }
    m_retentionChart->setPeriods(labels, partial);
    m_retentionChart->setAxisTitles(periodTitle, tr("Retention (%)"));
    m_retentionChart->addSeries(tr("Retention"), retention, retentionColor);

    QString note =
        tr("Click a period to see the customers behind its figures. Dashed lines: average quarterly "
           "churn of subscription services (Recurly: physical goods 10.6 %, digital 8.2 %)");
    if (m_report.unit != PeriodUnit::Quarter) note += tr(", restated per period of this chart");
    note += QLatin1Char('.');
    if (partial >= 0)
        note += QLatin1Char(' ') +
                tr("%1 is still in progress (the larger, paler point): its figures are partial.")
                    .arg(labels[partial]);
    if (m_report.undatedChurned > 0 && !m_report.snapshot.empty()) {
        // Snapshot data cannot be charted over time; its churn is a single figure per group.
        QStringList groups;
        for (size_t i = 1; i < m_report.snapshot.size(); ++i)
            groups << tr("%1 %2").arg(m_report.snapshot[i].group.isEmpty() ? tr("(no segment)")
                                                                           : m_report.snapshot[i].group,
                                      FigureFormat::percent(m_report.snapshot[i].churnPct));
        note =
            tr("%1 customers are flagged churned without a churn date (snapshot data), so they are "
               "left out of the charts. Snapshot churn: %2 of %3 customers")
                .arg(FigureFormat::count(m_report.undatedChurned),
                     FigureFormat::percent(m_report.snapshot.front().churnPct),
                     FigureFormat::count(m_report.snapshot.front().customers)) +
            (groups.isEmpty() ? QString() : tr("; by segment: %1").arg(groups.join(QStringLiteral(", ")))) +
            QStringLiteral(". ") + note;
    }
    m_churnNote->setText(note);
}

void ChurnView::showFlow() {
    const auto& rows = m_report.churn;
    QStringList labels;
    std::vector<std::optional<double>> gained, lost, newAndLost;
    m_flowTable->setRowCount(static_cast<int>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const metrics::ChurnRow& r = rows[i];
        const int row = static_cast<int>(i);
        labels.append(periodName(r.period));
        gained.push_back(count(r.newCustomers));
        lost.push_back(count(r.lost));
        newAndLost.push_back(count(r.newAndLost));
        const QString label = r.partial ? tr("%1 (partial)").arg(labels.back()) : labels.back();
        setCell(m_flowTable, row, 0, label, labels.back());
        setCell(m_flowTable, row, 1, FigureFormat::count(r.customersAtStart), qlonglong(r.customersAtStart));
        setCell(m_flowTable, row, 2, FigureFormat::count(r.newCustomers), qlonglong(r.newCustomers));
        setCell(m_flowTable, row, 3, FigureFormat::count(r.lost), qlonglong(r.lost));
        setCell(m_flowTable, row, 4, FigureFormat::count(r.newAndLost), qlonglong(r.newAndLost));
        setCell(m_flowTable, row, 5, FigureFormat::count(r.customersAtEnd), qlonglong(r.customersAtEnd));
        setCell(m_flowTable, row, 6, FigureFormat::percent(r.churnPct), rawRatio(r.churnPct));
        setCell(m_flowTable, row, 7, FigureFormat::percent(r.retentionPct), rawRatio(r.retentionPct));
    }
    m_flowChart->setPeriods(labels, firstPartial(rows));
    m_flowChart->setAxisTitles(tr("Period"), tr("Customers"));
    m_flowChart->addSeries(tr("Gained"), gained, gainedColor);
    m_flowChart->addSeries(tr("Lost"), lost, churnColor);
    m_flowChart->addSeries(tr("New and lost in the period"), newAndLost, neutralColor);
    if (!rows.empty()) m_flowTable->scrollToBottom();
}

void ChurnView::showRevenue() {
    const auto& rows = m_report.revenue;
    QStringList labels;
    std::vector<std::optional<double>> added, expansion, contraction, churned, reactivation;
    m_mrrTable->setRowCount(static_cast<int>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const metrics::RevenueRow& r = rows[i];
        const int row = static_cast<int>(i);
        labels.append(periodName(r.period));
        added.push_back(r.newMrr);
        expansion.push_back(r.expansion);
        contraction.push_back(r.contraction);
        churned.push_back(r.churned);
        reactivation.push_back(r.reactivation);
        setCell(m_mrrTable, row, 0, r.partial ? tr("%1 (partial)").arg(labels.back()) : labels.back(),
                labels.back());
        const double money[] = {r.mrrStart, r.newMrr,       r.expansion, r.contraction,
                                r.churned,  r.reactivation, r.mrrEnd};
        for (int c = 0; c < 7; ++c)
            setCell(m_mrrTable, row, c + 1, moneyText(money[c]), money[c]);
        setCell(m_mrrTable, row, 8, FigureFormat::percent(r.nrrPct), rawRatio(r.nrrPct));
        setCell(m_mrrTable, row, 9, FigureFormat::percent(r.grrPct), rawRatio(r.grrPct));
        setCell(m_mrrTable, row, ArpaColumn, r.arpa ? moneyText(*r.arpa) : QStringLiteral("—"),
                rawRatio(r.arpa));
        setCell(m_mrrTable, row, ClvColumn, r.clv ? moneyText(*r.clv) : QStringLiteral("—"), rawRatio(r.clv));
    }
    m_mrrChart->setPeriods(labels, firstPartial(rows));
    m_mrrChart->setAxisTitles(tr("Period"), tr("MRR moved"));
    m_mrrChart->addSeries(tr("New"), added, gainedColor);
    m_mrrChart->addSeries(tr("Expansion"), expansion, expansionColor);
    m_mrrChart->addSeries(tr("Contraction"), contraction, contractionColor);
    m_mrrChart->addSeries(tr("Churned"), churned, churnColor);
    m_mrrChart->addSeries(tr("Reactivation"), reactivation, neutralColor);
    if (!rows.empty()) m_mrrTable->scrollToBottom();
}

void ChurnView::showReasons() {
    m_reasonsChart->removeAllSeries();
    for (QAbstractAxis* axis : m_reasonsChart->axes())
        m_reasonsChart->removeAxis(axis);
    m_reasonBars = nullptr;
    if (m_report.reasons.empty()) {
        m_reasonsNote->setText(
            tr("No exit surveys in these periods. Import feedback rows of kind exit_survey "
               "to see why customers leave."));
        return;
    }
    auto* series = new QHorizontalBarSeries;
    m_reasonBars = new QBarSet(tr("Exit surveys"));
    m_reasonBars->setColor(churnColor);
    QStringList categories;
    // The bars are drawn bottom-up: add the least frequent first so the top reason is on top.
    for (auto it = m_report.reasons.rbegin(); it != m_report.reasons.rend(); ++it) {
        categories.append(it->reason.isEmpty() ? tr("No reason given") : it->reason);
        m_reasonBars->append(static_cast<double>(it->surveys));
    }
    series->append(m_reasonBars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    series->setBarWidth(0.6);
    m_reasonBars->setLabelColor(QColor(0x33, 0x33, 0x33));
    m_reasonsChart->addSeries(series);
    auto* reasons = new QBarCategoryAxis;
    reasons->append(categories);
    m_reasonsChart->addAxis(reasons, Qt::AlignLeft);
    series->attachAxis(reasons);
    auto* surveys = new QValueAxis;
    surveys->setTitleText(tr("Exit surveys"));
    surveys->setLabelFormat(QStringLiteral("%.0f"));
    surveys->setMin(0);
    // Room at the right for the count printed after the longest bar.
    surveys->setMax(static_cast<double>(m_report.reasons.front().surveys) * 1.12 + 1);
    surveys->applyNiceNumbers();
    m_reasonsChart->addAxis(surveys, Qt::AlignBottom);
    series->attachAxis(surveys);
    const reports::ChurnReasonCount& top = m_report.reasons.front();
    m_reasonsNote->setText(
        tr("%1 exit surveys answered in these periods; the most given reason, %2, accounts "
           "for %3 of them.")
            .arg(FigureFormat::count(m_report.surveys),
                 top.reason.isEmpty() ? tr("no reason given") : top.reason,
                 FigureFormat::percent(top.sharePct)));
}

void ChurnView::showCohorts() {
    const bool revenue = m_byRevenue->isChecked() && m_report.cohortRevenue;
    m_byRevenue->setEnabled(m_report.cohortRevenue);
    m_byRevenue->setToolTip(m_report.cohortRevenue
                                ? tr("Revenue in each period as a share of the cohort's first")
                                : tr("Revenue retention needs orders in the store."));
    QStringList labels;
    m_cohortPeriods.clear();
    std::vector<CohortHeatmap::Cell> cells;
    int offsets = 0;
    double high = 100;
    for (const metrics::CohortCell& c : m_report.cohorts) {
        const QString label = periodName(c.cohort);
        if (labels.isEmpty() || labels.back() != label) {
            labels.append(label);
            m_cohortPeriods.push_back(c.cohort);
        }
        offsets = std::max(offsets, c.offset + 1);
        CohortHeatmap::Cell cell;
        cell.cohort = static_cast<int>(labels.size()) - 1;
        cell.offset = c.offset;
        cell.value = revenue ? c.revenueRetentionPct : c.retentionPct;
        if (revenue && cell.value) high = std::max(high, std::min(*cell.value, 200.0));
        QString text = tr("<b>Cohort %1</b>, period %2 after joining").arg(label).arg(c.offset);
        if (c.partial) text += QLatin1Char(' ') + tr("(in progress)");
        text += QStringLiteral("<br>");
        text += revenue ? tr("Revenue %1, %2 of offset 0")
                              .arg(moneyText(c.revenue), FigureFormat::percent(cell.value))
                        : tr("%1 of %2 customers active: %3")
                              .arg(FigureFormat::count(c.active), FigureFormat::count(c.size),
                                   FigureFormat::percent(cell.value));
        cell.tooltip = text;
        cells.push_back(std::move(cell));
    }
    m_heatmap->setAxisTitles(offsetTitle(m_report.unit),
                             m_cohortBasis->currentIndex() == 0 ? tr("Signup cohort")
                                                                : tr("First-order cohort"),
                             revenue ? tr("Revenue retention (%)") : tr("Customer retention (%)"));
    m_heatmap->setCells(labels, offsets, cells, 0, high);
    m_cohortNote->setText(
        revenue ? tr("Each cell: the cohort's order revenue in that period as a share of its "
                     "revenue in its first period (may exceed 100 %). Hover a cell for its "
                     "figures; click it for the customers behind them.")
        : m_cohortActivity->currentIndex() != 0
            ? tr("Each cell: the share of the cohort's customers with at least one order or "
                 "usage event (as chosen) in that period. Empty cells are in the future. "
                 "Hover a cell for its figures; click it for the customers behind them.")
            : tr("Each cell: the share of the cohort's customers still subscribed at the "
                 "end of that period. Empty cells are in the future. Hover a cell for its "
                 "figures; click it for the customers behind them."));
}

void ChurnView::explainPeriod(int index) {
    if (index < 0 || index >= static_cast<int>(m_report.churn.size())) return;
    const metrics::ChurnRow row = m_report.churn[static_cast<size_t>(index)];
    const store::CustomerFilter filter{scope().segment};
    const Period period = row.period;
    const QString label = periodName(row.period);
    const QString summary =
        tr("%1: %2 of the %3 customers at the start were lost (churn %4); %5 were gained, %6 signed up and "
           "left within the period. Retention %7.")
            .arg(label, FigureFormat::count(row.lost), FigureFormat::count(row.customersAtStart),
                 FigureFormat::percent(row.churnPct), FigureFormat::count(row.newCustomers),
                 FigureFormat::count(row.newAndLost), FigureFormat::percent(row.retentionPct));
    explain(tr("Churn in %1").arg(label), summary, [filter, period](store::Store& store) {
        return reports::explainChurnCell(store, filter, period);
    });
}

void ChurnView::explainRevenuePeriod(int index) {
    if (index < 0 || index >= static_cast<int>(m_report.revenue.size())) return;
    const metrics::RevenueRow row = m_report.revenue[static_cast<size_t>(index)];
    const store::CustomerFilter filter{scope().segment};
    const Period period = row.period;
    const QString label = periodName(row.period);
    const QString summary =
        tr("%1: MRR %2 at the start, %3 at the end. New %4, expansion %5, contraction %6, churned %7, "
           "reactivation %8; each customer below with their movement. NRR %9, GRR %10.")
            .arg(label, moneyText(row.mrrStart), moneyText(row.mrrEnd), moneyText(row.newMrr),
                 moneyText(row.expansion), moneyText(row.contraction), moneyText(row.churned),
                 moneyText(row.reactivation), FigureFormat::percent(row.nrrPct))
            .arg(FigureFormat::percent(row.grrPct));
    explain(tr("MRR movements in %1").arg(label), summary, [filter, period](store::Store& store) {
        return reports::explainRevenueCell(store, filter, period);
    });
}

void ChurnView::explainArpaOrClv(int index, bool clv) {
    if (index < 0 || index >= static_cast<int>(m_report.revenue.size())) return;
    const metrics::RevenueRow row = m_report.revenue[static_cast<size_t>(index)];
    const QString label = periodName(row.period);
    reports::ChurnReportOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    const Period period = row.period;
    if (!clv) {
        explain(tr("ARPA in %1").arg(label),
                tr("ARPA %1 at the end of %2: the MRR of each paying customer (the numerator rows) over the "
                   "number of paying customers.")
                    .arg(row.arpa ? moneyText(*row.arpa) : FigureFormat::undefined(), label),
                [options, period](store::Store& store) {
                    return reports::explainArpaCell(store, options.filter, period);
                });
        return;
    }
    // CLV's rows are its terms, not customers: ARPA and the gross margin, then the churn rate of
    // each of the six months it averages.
    explain(tr("CLV in %1").arg(label),
            tr("CLV %1 = ARPA × gross margin ÷ the average monthly churn of the six full months before "
               "the current one (undefined when that average is 0 or fewer than three months have a "
               "rate). The rows below are those terms.")
                .arg(row.clv ? moneyText(*row.clv) : FigureFormat::undefined()),
            [options, period](store::Store& store) -> Expected<std::vector<reports::ExplainRow>> {
                auto terms = reports::explainClvCell(store, options, period);
                if (!terms) return Expected<std::vector<reports::ExplainRow>>::failure(terms.error());
                std::vector<reports::ExplainRow> rows;
                for (const metrics::ExplainedTerm& t : terms.value())
                    rows.push_back({t.term, t.role, t.reason, {}});
                return rows;
            });
}

void ChurnView::explainCohortCell(int cohortRow, int offset) {
    const auto cell =
        std::find_if(m_report.cohorts.begin(), m_report.cohorts.end(), [&](const metrics::CohortCell& c) {
            return cohortRow >= 0 && cohortRow < static_cast<int>(m_cohortPeriods.size()) &&
                   c.cohort == m_cohortPeriods[static_cast<size_t>(cohortRow)] && c.offset == offset;
        });
    if (cell == m_report.cohorts.end()) return;
    const store::CustomerFilter filter{scope().segment};
    const PeriodUnit unit = m_report.unit;
    const Period cohort = cell->cohort;
    const QString label = periodName(cohort);
    const QString summary =
        tr("Cohort %1, %2 period(s) after signup: %3 of its %4 customers were still subscribed "
           "at the end of the period (%5). The others are listed with the day they left and "
           "their exit-survey reason.")
            .arg(label)
            .arg(offset)
            .arg(FigureFormat::count(cell->active), FigureFormat::count(cell->size),
                 FigureFormat::percent(cell->retentionPct));
    const reports::CohortOptions options = cohortOptions();
    const bool byOrders = options.activity == reports::CohortSource::Orders;
    const bool byEvents = options.activity == reports::CohortSource::Events;
    const QString activitySummary =
        tr("Cohort %1, %2 period(s) after joining: %3 of its %4 customers were active in the period (%5). "
           "The others are listed with their last activity before it.")
            .arg(label)
            .arg(offset)
            .arg(FigureFormat::count(cell->active), FigureFormat::count(cell->size),
                 FigureFormat::percent(cell->retentionPct));
    explain(tr("Cohort %1, offset %2").arg(label).arg(offset),
            byOrders || byEvents ? activitySummary : summary,
            [filter, unit, cohort, offset, options, byOrders, byEvents](store::Store& store) {
                return reports::explainCohortCell(store, filter, unit, cohort, offset, options.basis,
                                                  byOrders, byEvents);
            });
}

} // namespace tenure::ui
