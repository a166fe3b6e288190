#include "feedbackview.h"

#include "charts/periodbarchart.h"
#include "figureformat.h"

#include "model/dates.h"
#include "reports/explainnps.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

const QColor promoterColor(0x2c, 0xa0, 0x2c);
const QColor passiveColor(0xb8, 0xb8, 0xb8);
const QColor detractorColor(0xd6, 0x27, 0x28);

QTableView* figureTable(QAbstractItemModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QString categoryText(metrics::NpsCategory category) {
    switch (category) {
    case metrics::NpsCategory::Promoter:
        return FeedbackView::tr("Promoter");
    case metrics::NpsCategory::Passive:
        return FeedbackView::tr("Passive");
    case metrics::NpsCategory::Detractor:
        break;
    }
    return FeedbackView::tr("Detractor");
}

} // namespace

FeedbackView::FeedbackView(QWidget* parent)
    : ScopedView(parent)
    , m_headline(new QLabel(this))
    , m_npsChart(new PeriodBarChart(this))
    , m_csatChart(new PeriodBarChart(this))
    , m_latestModel(new QStandardItemModel(this)) {
    m_headline->setObjectName(QStringLiteral("feedbackHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_npsChart->setObjectName(QStringLiteral("feedbackNpsChart"));
    m_npsChart->setChartTitle(tr("NPS answers per period (click a period for the answers behind it)"));
    m_npsChart->setMode(PeriodBarChart::Mode::Stacked);
    m_npsChart->setAxisTitles(tr("Period (* in progress)"), tr("Answers"), tr("NPS"));
    m_npsChart->setLineRange(-100, 100);
    m_npsChart->setValueFormatter({}, [](double v) { return FigureFormat::score(v); });
    connect(m_npsChart, &PeriodBarChart::periodClicked, this, &FeedbackView::explainNpsPeriod);
    m_csatChart->setObjectName(QStringLiteral("feedbackCsatChart"));
    m_csatChart->setChartTitle(tr("Ticket satisfaction ratings per period (CSAT: 4 or 5 of 5)"));
    m_csatChart->setMode(PeriodBarChart::Mode::Grouped);
    m_csatChart->setAxisTitles(tr("Period (* in progress)"), tr("Ratings"), tr("CSAT %"));
    m_csatChart->setLineRange(0, 100);
    m_csatChart->setValueFormatter({}, [](double v) { return FigureFormat::percent(v); });

    auto* charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("feedbackCharts"));
    charts->addTab(m_npsChart, tr("NPS"));
    charts->addTab(m_csatChart, tr("CSAT"));

    m_latestModel->setSortRole(FigureFormat::SortRole);
    auto* latestTable = figureTable(m_latestModel, this);
    latestTable->setObjectName(QStringLiteral("feedbackLatestTable"));
    latestTable->setToolTip(tr("Double-click an answer to open its account."));
    connect(latestTable, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT accountRequested(index.sibling(index.row(), Customer).data().toString());
    });
    fillLatest();

    auto* tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("feedbackTables"));
    tables->addTab(latestTable, tr("Latest answer per customer"));
    tables->addTab(groupPage(m_features), tr("Feature requests"));
    tables->addTab(groupPage(m_exits), tr("Exit surveys"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 280});
    split->setChildrenCollapsible(false);
    contentLayout()->addWidget(m_headline);
    contentLayout()->addWidget(split, 1);
}

QWidget* FeedbackView::groupPage(Group& group) {
    auto* page = new QSplitter(Qt::Horizontal, this);
    group.categories = new QStandardItemModel(this);
    group.categories->setSortRole(FigureFormat::SortRole);
    group.entries = new QStandardItemModel(this);
    group.entries->setSortRole(FigureFormat::SortRole);
    group.shown = new QSortFilterProxyModel(this);
    group.shown->setSourceModel(group.entries);
    group.shown->setSortRole(FigureFormat::SortRole);
    group.shown->setFilterKeyColumn(EntryCategory);
    group.shown->setFilterRole(FigureFormat::SortRole);

    auto* categories = figureTable(group.categories, page);
    auto* left = new QWidget(page);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    group.caption = new QLabel(left);
    group.caption->setWordWrap(true);
    leftLayout->addWidget(group.caption);
    leftLayout->addWidget(categories, 1);
    auto* entries = figureTable(group.shown, page);
    connect(entries, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT accountRequested(index.sibling(index.row(), EntryCustomer).data().toString());
    });
    // Choosing a category narrows the rows to it; choosing nothing shows them all.
    QSortFilterProxyModel* shown = group.shown;
    connect(categories->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [shown](const QModelIndex& current) {
                const QString category =
                    current.isValid()
                        ? current.sibling(current.row(), 0).data(FigureFormat::SortRole).toString()
                        : QString();
                shown->setFilterRegularExpression(
                    current.isValid()
                        ? QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(category)))
                        : QRegularExpression());
            });
    page->addWidget(left);
    page->addWidget(entries);
    page->setStretchFactor(0, 1);
    page->setStretchFactor(1, 3);
    page->setChildrenCollapsible(false);
    return page;
}

void FeedbackView::refresh() {
    reports::FeedbackOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    options.lastPeriods = chartPeriods;
    compute<reports::FeedbackReport>(
        [options](store::Store& store) { return reports::computeFeedback(store, options); },
        [this](reports::FeedbackReport& report) { showReport(report); });
}

void FeedbackView::showReport(reports::FeedbackReport& report) {
    m_report = std::move(report);
    const PeriodUnit unit = scope().unit;
    const auto labelsOf = [unit](const std::vector<Period>& periods, bool partial) {
        QStringList labels;
        for (const Period& p : periods)
            labels.append(periodLabel(p, unit));
        if (partial && !labels.isEmpty()) labels.back() += QStringLiteral("*");
        return labels;
    };

    PeriodBarChart::Bars promoters{tr("Promoters (9–10)"), {}, promoterColor};
    PeriodBarChart::Bars passives{tr("Passives (7–8)"), {}, passiveColor};
    PeriodBarChart::Bars detractors{tr("Detractors (0–6)"), {}, detractorColor};
    PeriodBarChart::Line nps{tr("NPS"), {}, QColor(0x1f, 0x3b, 0x73)};
    for (const metrics::NpsRow& row : m_report.nps.rows) {
        promoters.values.push_back(static_cast<double>(row.promoters));
        passives.values.push_back(static_cast<double>(row.passives));
        detractors.values.push_back(static_cast<double>(row.detractors));
        nps.values.push_back(row.nps);
    }
    m_npsChart->setData(labelsOf(m_report.nps.periods, m_report.nps.latestPartial),
                        {promoters, passives, detractors}, {nps});

    PeriodBarChart::Bars ratings{tr("Ratings"), {}, QColor(0x9e, 0xc9, 0xe8)};
    PeriodBarChart::Line csat{tr("CSAT %"), {}, QColor(0x1f, 0x77, 0xb4)};
    for (const metrics::CsatRow& row : m_report.csat.rows) {
        ratings.values.push_back(static_cast<double>(row.ratings));
        csat.values.push_back(row.csatPct);
    }
    m_csatChart->setData(labelsOf(m_report.csat.periods, m_report.csat.latestPartial), {ratings}, {csat});

    QStringList headline;
    if (!m_report.nps.rows.empty()) {
        const metrics::NpsRow& last = m_report.nps.rows.back();
        headline << tr("<b>NPS %1</b> in %2 (answers %3: promoters %4, passives %5, detractors %6)")
                        .arg(FigureFormat::score(last.nps),
                             periodLabel(last.period, unit) +
                                 (m_report.nps.latestPartial ? tr(" (in progress)") : QString()),
                             FigureFormat::count(last.responses), FigureFormat::count(last.promoters),
                             FigureFormat::count(last.passives), FigureFormat::count(last.detractors));
    }
    if (!m_report.csat.rows.empty()) {
        const metrics::CsatRow& last = m_report.csat.rows.back();
        headline << tr("<b>CSAT %1</b> (%2 ratings)")
                        .arg(FigureFormat::percent(last.csatPct), FigureFormat::count(last.ratings));
    }
    m_headline->setText(headline.isEmpty() ? tr("No survey answers or ratings in this store yet.")
                                           : headline.join(QStringLiteral(" · ")));
    fillLatest();
    fillGroup(m_features, m_report.featureRequests, tr("No feature requests yet."));
    fillGroup(m_exits, m_report.exitSurveys, tr("No exit-survey answers yet."));
}

void FeedbackView::fillLatest() {
    m_latestModel->clear();
    m_latestModel->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Answered"), tr("Score"), tr("Category"), tr("Comment")});
    for (const reports::LatestNpsAnswer& a : m_report.latest) {
        auto* category = FigureFormat::cell(categoryText(a.category), static_cast<int>(a.category));
        category->setForeground(a.category == metrics::NpsCategory::Promoter    ? promoterColor.darker(130)
                                : a.category == metrics::NpsCategory::Detractor ? detractorColor
                                                                                : QColor(Qt::darkGray));
        m_latestModel->appendRow({FigureFormat::cell(a.customerKey),
                                  FigureFormat::cell(formatDate(a.day), static_cast<qlonglong>(a.day)),
                                  FigureFormat::numberCell(FigureFormat::count(a.score), a.score), category,
                                  FigureFormat::cell(a.comment)});
    }
    if (auto* table = findChild<QTableView*>(QStringLiteral("feedbackLatestTable"))) {
        table->resizeColumnsToContents();
        table->setColumnWidth(Comment, 200);
    }
}

void FeedbackView::fillGroup(Group& group, const reports::FeedbackGroup& data, const QString& noneText) {
    group.shown->setFilterRegularExpression(QRegularExpression());
    group.categories->clear();
    group.categories->setHorizontalHeaderLabels({tr("Category"), tr("Answers")});
    for (const reports::CategoryCount& c : data.categories)
        group.categories->appendRow(
            {FigureFormat::cell(c.category.isEmpty() ? tr("(none)") : c.category, c.category),
             FigureFormat::numberCell(FigureFormat::count(c.count), static_cast<double>(c.count))});
    group.entries->clear();
    group.entries->setHorizontalHeaderLabels({tr("Date"), tr("Customer"), tr("Category"), tr("Text")});
    for (const store::FeedbackEntry& e : data.entries)
        group.entries->appendRow(
            {FigureFormat::cell(formatDate(e.day), static_cast<qlonglong>(e.day)),
             FigureFormat::cell(e.customerKey),
             FigureFormat::cell(e.category.isEmpty() ? tr("(none)") : e.category, e.category),
             FigureFormat::cell(e.text)});
    group.caption->setText(
        data.entries.empty()
            ? noneText
            : tr("%1 answers up to the last period shown; choose a category to see its rows.")
                  .arg(FigureFormat::count(static_cast<int64_t>(data.entries.size()))));
    for (QTableView* table : findChildren<QTableView*>())
        if (table->model() == group.categories || table->model() == group.shown)
            table->resizeColumnsToContents();
}

void FeedbackView::explainNpsPeriod(int index) {
    if (index < 0 || static_cast<size_t>(index) >= m_report.nps.rows.size()) return;
    const metrics::NpsRow row = m_report.nps.rows[static_cast<size_t>(index)];
    const store::CustomerFilter filter{scope().segment};
    const QString label = periodLabel(row.period, scope().unit);
    const QString title = tr("NPS %1").arg(label);
    const QString summary =
        tr("NPS %1 in %2 from %3 answers. Promoters %4: the numerator rows. Passives %5 and detractors %6: "
           "in the denominator only, detractors subtracted; NPS = (promoters − detractors) / answers × 100.")
            .arg(FigureFormat::score(row.nps), label, FigureFormat::count(row.responses),
                 FigureFormat::count(row.promoters), FigureFormat::count(row.passives),
                 FigureFormat::count(row.detractors));
    ExplainRows rows = [filter, period = row.period](store::Store& store) {
        return reports::explainNpsCell(store, filter, period);
    };
    explain(title, summary, std::move(rows));
}

} // namespace tenure::ui
