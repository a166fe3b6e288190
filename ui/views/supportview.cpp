#include "supportview.h"

#include "charts/periodbarchart.h"
#include "figureformat.h"

#include "model/dates.h"
#include "reports/explainsupport.h"
#include "supportkpitexts.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

QTableView* figureTable(QStandardItemModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    model->setSortRole(FigureFormat::SortRole);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

std::optional<double> hours(std::optional<double> seconds) {
    if (!seconds) return std::nullopt;
    return *seconds / 3600.0;
}

template <typename F>
std::vector<std::optional<double>> seriesOf(const std::vector<metrics::SupportRow>& rows, F value) {
    std::vector<std::optional<double>> out;
    out.reserve(rows.size());
    for (const metrics::SupportRow& r : rows)
        out.push_back(value(r));
    return out;
}

} // namespace

SupportView::SupportView(QWidget* parent)
    : ScopedView(parent)
    , m_headline(new QLabel(this))
    , m_volume(new PeriodBarChart(this))
    , m_times(new PeriodBarChart(this))
    , m_rates(new PeriodBarChart(this))
    , m_by(new QComboBox(this))
    , m_groupCaption(new QLabel(this))
    , m_groupModel(new QStandardItemModel(this))
    , m_wowNote(new QLabel(this))
    , m_wowModel(new QStandardItemModel(this)) {
    m_headline->setObjectName(QStringLiteral("supportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_volume->setObjectName(QStringLiteral("supportVolumeChart"));
    m_volume->setChartTitle(tr("Tickets created per channel, and the backlog"));
    m_volume->setMode(PeriodBarChart::Mode::Stacked);
    m_volume->setAxisTitles(tr("Period (* in progress)"), tr("Tickets"), tr("Backlog"));
    m_times->setObjectName(QStringLiteral("supportTimesChart"));
    m_times->setChartTitle(tr("First response and resolution times (calendar time)"));
    m_times->setAxisTitles(tr("Period (* in progress)"), QString(), tr("Hours"));
    const auto hoursText = [](double h) { return FigureFormat::duration(h * 3600.0); };
    m_times->setValueFormatter({}, hoursText);
    connect(m_times, &PeriodBarChart::periodClicked, this,
            [this](int index) { explainKpi(index, metrics::SupportKpi::FrtMedian, std::nullopt); });
    connect(m_volume, &PeriodBarChart::periodClicked, this,
            [this](int index) { explainKpi(index, metrics::SupportKpi::Tickets, std::nullopt); });
    m_rates->setObjectName(QStringLiteral("supportRatesChart"));
    m_rates->setChartTitle(tr("Response, resolution and live-channel rates (click a period for the tickets "
                              "behind its 24-h rate)"));
    m_rates->setAxisTitles(tr("Period (* in progress)"), QString(), tr("Percent"));
    m_rates->setLineRange(0, 100);
    connect(m_rates, &PeriodBarChart::periodClicked, this, &SupportView::explainResponse24Period);
    m_rates->setValueFormatter({}, [](double v) { return FigureFormat::percent(v); });

    auto* charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("supportCharts"));
    charts->addTab(m_volume, tr("Volume and backlog"));
    charts->addTab(m_times, tr("Response times"));
    charts->addTab(m_rates, tr("Rates"));

    m_by->setObjectName(QStringLiteral("supportBy"));
    m_by->addItem(tr("Channel"), QStringLiteral("channel"));
    m_by->addItem(tr("Priority"), QStringLiteral("priority"));
    m_by->addItem(tr("Agent"), QStringLiteral("agent"));
    connect(m_by, &QComboBox::currentIndexChanged, this, &SupportView::fillGroupTable);
    m_groupTable = figureTable(m_groupModel, this);
    m_groupTable->setObjectName(QStringLiteral("supportGroupTable"));
    m_groupTable->setToolTip(tr("Double-click a figure to see the tickets behind it."));
    connect(m_groupTable, &QAbstractItemView::activated, this, &SupportView::explainGroupCell);
    auto* groups = new QWidget(this);
    auto* byRow = new QHBoxLayout;
    byRow->addWidget(m_groupCaption);
    byRow->addStretch(1);
    byRow->addWidget(new QLabel(tr("By:"), groups));
    byRow->addWidget(m_by);
    auto* groupsLayout = new QVBoxLayout(groups);
    groupsLayout->setContentsMargins(4, 4, 4, 4);
    groupsLayout->addLayout(byRow);
    groupsLayout->addWidget(m_groupTable, 1);

    m_wowTable = figureTable(m_wowModel, this);
    m_wowTable->setObjectName(QStringLiteral("supportWowTable"));
    m_wowTable->setToolTip(tr("Double-click a ticket to open its account."));
    connect(m_wowTable, &QAbstractItemView::activated, this, &SupportView::openWowAccount);
    m_wowNote->setWordWrap(true);
    auto* wow = new QWidget(this);
    auto* wowLayout = new QVBoxLayout(wow);
    wowLayout->setContentsMargins(4, 4, 4, 4);
    wowLayout->addWidget(m_wowNote);
    wowLayout->addWidget(m_wowTable, 1);

    auto* tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("supportTables"));
    tables->addTab(groups, tr("Latest period by group"));
    tables->addTab(wow, tr("Wow tickets"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({440, 260});
    split->setChildrenCollapsible(false);
    contentLayout()->addWidget(m_headline);
    contentLayout()->addWidget(split, 1);
    fillGroupTable();
    fillWowTable();
}

void SupportView::refresh() {
    reports::SupportOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    options.lastPeriods = chartPeriods;
    compute<reports::SupportReport>(
        [options](store::Store& store) { return reports::computeSupport(store, options); },
        [this](reports::SupportReport& report) { showReport(report); });
}

void SupportView::showReport(reports::SupportReport& report) {
    m_report = std::move(report);
    const PeriodUnit unit = scope().unit;
    QStringList labels;
    for (const Period& p : m_report.periods)
        labels.append(periodLabel(p, unit));
    if (m_report.latestPartial && !labels.isEmpty()) labels.back() += QStringLiteral("*");

    std::vector<PeriodBarChart::Bars> volume;
    for (const QString& channel : m_report.channels) {
        PeriodBarChart::Bars bars{channel.isEmpty() ? tr("(no channel)") : channel, {}, {}};
        for (const metrics::SupportRow& row : m_report.byChannel)
            if (row.group == channel) bars.values.push_back(static_cast<double>(row.tickets));
        volume.push_back(std::move(bars));
    }
    const auto backlog = seriesOf(
        m_report.overall, [](const metrics::SupportRow& r) { return static_cast<double>(r.backlog); });
    m_volume->setData(labels, volume, {{tr("Backlog"), backlog, QColor(0x33, 0x33, 0x33)}});

    using R = metrics::SupportRow;
    m_times->setData(
        labels, {},
        {{tr("First response, median"),
          seriesOf(m_report.overall, [](const R& r) { return hours(r.frtMedian); }),
          QColor(0x1f, 0x77, 0xb4)},
         {tr("First response, p90"), seriesOf(m_report.overall, [](const R& r) { return hours(r.frtP90); }),
          QColor(0x9e, 0xc9, 0xe8)},
         {tr("Resolution, median"),
          seriesOf(m_report.overall, [](const R& r) { return hours(r.resolutionMedian); }),
          QColor(0xd6, 0x27, 0x28)},
         {tr("Resolution, p90"),
          seriesOf(m_report.overall, [](const R& r) { return hours(r.resolutionP90); }),
          QColor(0xf2, 0xa5, 0xa5)}});
    m_rates->setData(
        labels, {},
        {{tr("Answered within 24 h"), seriesOf(m_report.overall, [](const R& r) { return r.resp24Pct; }),
          QColor(0x2c, 0xa0, 0x2c)},
         {tr("First-contact resolution"), seriesOf(m_report.overall, [](const R& r) { return r.fcrPct; }),
          QColor(0x1f, 0x77, 0xb4)},
         {tr("Live waits over 5 min"),
          seriesOf(m_report.overall, [](const R& r) { return r.waitOver5MinPct; }), QColor(0xff, 0x7f, 0x0e)},
         {tr("Live contacts abandoned"), seriesOf(m_report.overall, [](const R& r) { return r.abandonPct; }),
          QColor(0xd6, 0x27, 0x28)}});

    if (m_report.overall.empty()) {
        m_headline->setText(tr("No tickets in this store yet."));
    } else {
        const R& latest = m_report.overall.back();
        m_headline->setText(
            tr("<b>%1</b>: %2 tickets · first response median %3, p90 %4 · answered within 24 h %5 · "
               "first-contact resolution %6 · resolution median %7 · live waits over 5 min %8, "
               "abandoned %9 · backlog %10")
                .arg(periodLabel(m_report.periods.back(), scope().unit) +
                         (m_report.latestPartial ? tr(" (in progress)") : QString()),
                     FigureFormat::count(latest.tickets), FigureFormat::duration(latest.frtMedian),
                     FigureFormat::duration(latest.frtP90), FigureFormat::percent(latest.resp24Pct),
                     FigureFormat::percent(latest.fcrPct), FigureFormat::duration(latest.resolutionMedian),
                     FigureFormat::percent(latest.waitOver5MinPct), FigureFormat::percent(latest.abandonPct))
                .arg(FigureFormat::count(latest.backlog)));
    }
    fillGroupTable();
    fillWowTable();
}

void SupportView::fillGroupTable() {
    m_groupModel->clear();
    const QString by = m_by->currentData().toString();
    // Two-line headers keep thirteen columns readable side by side at 1280 pixels.
    m_groupModel->setHorizontalHeaderLabels({m_by->currentText(), tr("Tickets"), tr("First response\nmedian"),
                                             tr("First response\np90"), tr("Answered\nwithin 24 h"),
                                             tr("First-contact\nresolution"), tr("Resolution\nmedian"),
                                             tr("Resolution\np90"), tr("Live\ncontacts"), tr("Average\nwait"),
                                             tr("Waits over\n5 min"), tr("Abandoned"), tr("Backlog")});
    // Every column as wide as its figures and the longest line of its two-line header (equal
    // stretched widths clipped "First response"; Qt's own fit measures the header as one line).
    QHeaderView* header = m_groupTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics headerMetrics(header->font());
    QFont bold = m_groupTable->font();
    bold.setBold(true); // the "All tickets" row
    const QFontMetrics cellMetrics(bold);
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    for (int c = 0; c < m_groupModel->columnCount(); ++c) {
        int width = 0;
        for (const QString& line : m_groupModel->headerData(c, Qt::Horizontal).toString().split(u'\n'))
            width = std::max(width, headerMetrics.horizontalAdvance(line));
        for (int r = 0; r < m_groupModel->rowCount(); ++r)
            width =
                std::max(width, cellMetrics.horizontalAdvance(m_groupModel->index(r, c).data().toString()));
        header->resizeSection(c, width + padding);
    }
    header->setSectionResizeMode(Group, QHeaderView::ResizeToContents); // one-line header: Qt's fit
    m_groupCaption->setText(m_report.periods.empty()
                                ? QString()
                                : tr("KPIs of %1%2, per %3")
                                      .arg(periodLabel(m_report.periods.back(), scope().unit),
                                           m_report.latestPartial ? tr(" (in progress)") : QString(),
                                           m_by->currentText().toLower()));
    const auto addRow = [this](const QString& name, const metrics::SupportRow& r, bool total) {
        const auto d = [](const std::optional<double>& v) { return v; };
        QList<QStandardItem*> items{
            FigureFormat::cell(name, total ? QVariant(QString()) : QVariant(name)),
            FigureFormat::numberCell(FigureFormat::count(r.tickets), static_cast<double>(r.tickets)),
            FigureFormat::numberCell(FigureFormat::duration(r.frtMedian), d(r.frtMedian)),
            FigureFormat::numberCell(FigureFormat::duration(r.frtP90), d(r.frtP90)),
            FigureFormat::numberCell(FigureFormat::percent(r.resp24Pct), d(r.resp24Pct)),
            FigureFormat::numberCell(FigureFormat::percent(r.fcrPct), d(r.fcrPct)),
            FigureFormat::numberCell(FigureFormat::duration(r.resolutionMedian), d(r.resolutionMedian)),
            FigureFormat::numberCell(FigureFormat::duration(r.resolutionP90), d(r.resolutionP90)),
            FigureFormat::numberCell(FigureFormat::count(r.liveContacts),
                                     static_cast<double>(r.liveContacts)),
            FigureFormat::numberCell(FigureFormat::duration(r.waitAvg), d(r.waitAvg)),
            FigureFormat::numberCell(FigureFormat::percent(r.waitOver5MinPct), d(r.waitOver5MinPct)),
            FigureFormat::numberCell(FigureFormat::percent(r.abandonPct), d(r.abandonPct)),
            FigureFormat::numberCell(FigureFormat::count(r.backlog), static_cast<double>(r.backlog))};
        if (!total) items.front()->setData(r.group, GroupKeyRole);
        if (total) {
            QFont bold = items.front()->font();
            bold.setBold(true);
            for (QStandardItem* item : items)
                item->setFont(bold);
        }
        m_groupModel->appendRow(items);
    };
    if (!m_report.overall.empty()) addRow(tr("All tickets"), m_report.overall.back(), true);
    const auto found = m_report.latestBy.find(by);
    if (found != m_report.latestBy.end())
        for (const metrics::SupportRow& r : found->second)
            addRow(r.group.isEmpty() ? tr("(none)") : r.group, r, false);
}

void SupportView::fillWowTable() {
    m_wowModel->clear();
    m_wowModel->setHorizontalHeaderLabels(
        {tr("Created"), tr("Ticket"), tr("Customer"), tr("Channel"), tr("Agent"), tr("Why it was flagged")});
    for (const store::WowTicket& t : m_report.wow) {
        m_wowModel->appendRow(
            {FigureFormat::cell(formatDate(t.createdDay), static_cast<qlonglong>(t.createdAt)),
             FigureFormat::cell(t.ticketKey), FigureFormat::cell(t.customerKey),
             FigureFormat::cell(t.channel), FigureFormat::cell(t.agent), FigureFormat::cell(t.note)});
    }
    m_wowNote->setText(m_report.wow.empty()
                           ? tr("No ticket of these periods was flagged as a wow moment.")
                           : tr("%1 tickets flagged by agents as wow moments in the periods shown, newest "
                                "first; double-click one to open its account.")
                                 .arg(FigureFormat::count(static_cast<int64_t>(m_report.wow.size()))));
    m_wowTable->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
}

void SupportView::openWowAccount(const QModelIndex& index) {
    const QString key = m_wowModel->index(index.row(), WowCustomer).data().toString();
    if (!key.isEmpty()) Q_EMIT accountRequested(key);
}

void SupportView::explainResponse24Period(int index) {
    explainKpi(index, metrics::SupportKpi::Resp24, std::nullopt);
}

void SupportView::explainKpi(int index, metrics::SupportKpi kpi, const std::optional<QString>& group) {
    if (index < 0 || static_cast<size_t>(index) >= m_report.overall.size()) return;
    metrics::SupportRow row = m_report.overall[static_cast<size_t>(index)];
    const QString by = m_by->currentData().toString();
    if (group) { // a cell of the group table: the latest period's row of that group
        const auto found = m_report.latestBy.find(by);
        if (found == m_report.latestBy.end()) return;
        const auto match = std::find_if(found->second.begin(), found->second.end(),
                                        [&](const metrics::SupportRow& r) { return r.group == *group; });
        if (match == found->second.end()) return;
        row = *match;
    }
    const QString label = periodLabel(row.period, scope().unit);
    const QString where =
        group ? tr("%1, %2 %3")
                    .arg(label, m_by->currentText().toLower(), group->isEmpty() ? tr("(none)") : *group)
              : label;
    reports::SupportExplainOptions options;
    options.kpi = kpi;
    options.asOf = m_report.asOf;
    options.filter = store::CustomerFilter{scope().segment};
    if (group) {
        options.by = by;
        options.group = group;
    }
    const QString title = tr("%1, %2").arg(supportKpiTitle(kpi), where);
    const QString summary =
        tr("%1 in %2: %3. %4")
            .arg(supportKpiTitle(kpi), where, supportKpiValue(row, kpi), supportKpiRoles(kpi));
    ExplainRows rows = [period = row.period, options](store::Store& store) {
        return reports::explainSupportCell(store, period, options);
    };
    explain(title, summary, std::move(rows));
}

void SupportView::explainGroupCell(const QModelIndex& index) {
    if (!index.isValid() || m_report.overall.empty()) return;
    static const metrics::SupportKpi byColumn[ColumnCount] = {
        metrics::SupportKpi::Tickets,          metrics::SupportKpi::Tickets,
        metrics::SupportKpi::FrtMedian,        metrics::SupportKpi::FrtP90,
        metrics::SupportKpi::Resp24,           metrics::SupportKpi::Fcr,
        metrics::SupportKpi::ResolutionMedian, metrics::SupportKpi::ResolutionP90,
        metrics::SupportKpi::LiveContacts,     metrics::SupportKpi::WaitAvg,
        metrics::SupportKpi::WaitOver5Min,     metrics::SupportKpi::Abandon,
        metrics::SupportKpi::Backlog};
    const QVariant key = m_groupModel->index(index.row(), Group).data(GroupKeyRole);
    explainKpi(static_cast<int>(m_report.overall.size()) - 1,
               byColumn[std::clamp(index.column(), 0, ColumnCount - 1)],
               key.isValid() ? std::optional<QString>(key.toString()) : std::nullopt);
}

} // namespace tenure::ui
