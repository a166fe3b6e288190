#include "loyaltyview.h"

#include "figureformat.h"

#include "charts/periodlinechart.h"

#include "model/dates.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

QStandardItem* item(const QString& text, const QVariant& sort = {}, bool number = false) {
    auto* it = new QStandardItem(text);
    it->setEditable(false);
    it->setData(sort.isValid() ? sort : QVariant(text), LoyaltyView::SortRole);
    if (number) it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

void styleTable(QTableView* table) {
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString reasonName(const QString& reason) {
    if (reason == QLatin1String("purchase")) return LoyaltyView::tr("Purchase");
    if (reason == QLatin1String("referral")) return LoyaltyView::tr("Referral");
    if (reason == QLatin1String("review")) return LoyaltyView::tr("Review");
    if (reason == QLatin1String("social")) return LoyaltyView::tr("Social follow");
    if (reason == QLatin1String("redeem")) return LoyaltyView::tr("Redemption");
    if (reason == QLatin1String("adjust")) return LoyaltyView::tr("Adjustment");
    return reason.isEmpty() ? QStringLiteral("—") : reason;
}

} // namespace

LoyaltyView::LoyaltyView(QWidget* parent)
    : ScopedView(parent)
    , m_asOf(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pointsChart(new PeriodLineChart(this))
    , m_liabilityChart(new PeriodLineChart(this))
    , m_ratesChart(new PeriodLineChart(this))
    , m_membersChart(new PeriodLineChart(this))
    , m_members(new QStandardItemModel(this))
    , m_membersTable(new QTableView(this))
    , m_ledger(new QStandardItemModel(this))
    , m_ledgerTable(new QTableView(this))
    , m_ledgerTitle(new QLabel(this))
    , m_tiers(new QStandardItemModel(this))
    , m_tiersTable(new QTableView(this))
    , m_rules(new QFormLayout) {
    // The latest period's figures.
    m_asOf->setObjectName(QStringLiteral("loyaltyAsOf"));
    auto* cards = new QHBoxLayout;
    card(QStringLiteral("members"), tr("Members"), cards);
    card(QStringLiteral("active"), tr("Active members (90 days)"), cards);
    card(QStringLiteral("liability"), tr("Points outstanding (liability)"), cards);
    card(QStringLiteral("repeat"), tr("Repeat purchase rate"), cards);
    card(QStringLiteral("redemption"), tr("Redemption rate"), cards);

    // Charts per period.
    m_pointsChart->setObjectName(QStringLiteral("loyaltyPointsChart"));
    m_pointsChart->setTitle(tr("Points earned and redeemed per period"));
    m_liabilityChart->setObjectName(QStringLiteral("loyaltyLiabilityChart"));
    m_liabilityChart->setTitle(tr("Points outstanding at each period's end (liability)"));
    auto* points = new QSplitter(Qt::Vertical, this);
    points->addWidget(m_pointsChart);
    points->addWidget(m_liabilityChart);
    points->setChildrenCollapsible(false);
    m_ratesChart->setObjectName(QStringLiteral("loyaltyRatesChart"));
    m_ratesChart->setTitle(tr("Repeat purchase and redemption rates per period"));
    m_ratesChart->setValueFormat(
        [](double v) -> QString { return QLocale().toString(v, 'f', 0) + QStringLiteral(" %"); });
    m_membersChart->setObjectName(QStringLiteral("loyaltyMembersChart"));
    m_membersChart->setTitle(tr("Members and active members at each period's end"));
    auto* rates = new QSplitter(Qt::Vertical, this);
    rates->addWidget(m_ratesChart);
    rates->addWidget(m_membersChart);
    rates->setChildrenCollapsible(false);

    // Drill-down: a click on a period of a chart lists the members behind its figure.
    using Figure = reports::LoyaltyFigure;
    connect(m_pointsChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainFigure(index, Figure::PointsEarned); });
    connect(m_liabilityChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainFigure(index, Figure::PointsOutstanding); });
    connect(m_ratesChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainFigure(index, Figure::RepeatPurchasePct); });
    connect(m_membersChart, &PeriodLineChart::periodClicked, this,
            [this](int index) { explainFigure(index, std::nullopt); });
    for (PeriodLineChart* chart : {m_pointsChart, m_liabilityChart, m_ratesChart, m_membersChart})
        chart->setToolTip(tr("Click a period to see the members behind it."));

    // Members and the selected member's ledger.
    m_members->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Name"), tr("Tier"), tr("Balance"), tr("Earned, last 12 months")});
    m_members->setSortRole(SortRole);
    m_membersTable->setObjectName(QStringLiteral("loyaltyMembers"));
    m_membersTable->setModel(m_members);
    styleTable(m_membersTable);
    m_membersTable->setSortingEnabled(true);
    m_membersTable->sortByColumn(Customer, Qt::AscendingOrder);
    const QFontMetrics fm = m_membersTable->fontMetrics();
    m_membersTable->setColumnWidth(Customer, fm.horizontalAdvance(QStringLiteral("C00000000")) + 30);
    m_membersTable->setColumnWidth(Name,
                                   fm.horizontalAdvance(QStringLiteral("Agnieszka Jansen-Whitfield")) + 16);
    m_membersTable->setColumnWidth(Tier, fm.horizontalAdvance(tr("Member")) + 40);
    m_membersTable->setColumnWidth(Balance, fm.horizontalAdvance(tr("Balance")) + 50);
    connect(m_membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LoyaltyView::memberSelected);
    connect(m_membersTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT accountRequested(m_members->index(index.row(), Customer).data().toString());
    });
    m_ledger->setHorizontalHeaderLabels({tr("Date"), tr("Points"), tr("Reason"), tr("Balance after")});
    m_ledgerTable->setObjectName(QStringLiteral("loyaltyLedger"));
    m_ledgerTable->setModel(m_ledger);
    styleTable(m_ledgerTable);
    m_ledgerTable->setColumnWidth(Date, fm.horizontalAdvance(QStringLiteral("0000-00-00")) + 30);
    m_ledgerTable->setColumnWidth(Points, fm.horizontalAdvance(QStringLiteral("-00,000")) + 40);
    m_ledgerTable->setColumnWidth(Reason, fm.horizontalAdvance(tr("Social follow")) + 40);
    m_ledgerTitle->setObjectName(QStringLiteral("loyaltyLedgerTitle"));
    m_ledgerTitle->setText(tr("Select a member to see its ledger."));
    auto* ledgerPage = new QWidget(this);
    auto* ledgerLayout = new QVBoxLayout(ledgerPage);
    ledgerLayout->setContentsMargins(0, 0, 0, 0);
    ledgerLayout->addWidget(m_ledgerTitle);
    ledgerLayout->addWidget(m_ledgerTable, 1);
    auto* members = new QSplitter(Qt::Horizontal, this);
    members->addWidget(m_membersTable);
    members->addWidget(ledgerPage);
    members->setStretchFactor(0, 3);
    members->setStretchFactor(1, 2);
    members->setChildrenCollapsible(false);

    // Tiers and rules.
    m_tiers->setHorizontalHeaderLabels({tr("Tier"), tr("Points earned in 12 months"), tr("Members")});
    m_tiersTable->setObjectName(QStringLiteral("loyaltyTiers"));
    m_tiersTable->setToolTip(tr("Double-click to see each member's tier and the points behind it."));
    connect(m_tiersTable, &QAbstractItemView::activated, this,
            [this] { explainFigure(static_cast<int>(m_rows.size()) - 1, reports::LoyaltyFigure::Tiers); });
    m_tiersTable->setModel(m_tiers);
    styleTable(m_tiersTable);
    m_tiersTable->setColumnWidth(TierName, fm.horizontalAdvance(tr("Member")) + 60);
    m_tiersTable->setColumnWidth(Threshold, fm.horizontalAdvance(tr("Points earned in 12 months")) + 30);
    auto* tiersBox = new QGroupBox(tr("Members per tier"), this);
    auto* tiersLayout = new QVBoxLayout(tiersBox);
    tiersLayout->addWidget(m_tiersTable);
    auto* rulesBox = new QGroupBox(tr("Rules in force"), this);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addLayout(m_rules);
    auto* rulesNote =
        new QLabel(tr("From the store's settings; the defaults apply where none is set."), this);
    rulesNote->setWordWrap(true);
    rulesLayout->addWidget(rulesNote);
    rulesLayout->addStretch(1);
    const auto rule = [this](const QString& name, const QString& title) {
        auto* value = new QLabel(this);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_rules->addRow(title, value);
    };
    rule(QStringLiteral("points_per_unit"), tr("Points per currency unit spent:"));
    rule(QStringLiteral("referral"), tr("Bonus for a referral:"));
    rule(QStringLiteral("review"), tr("Bonus for a review:"));
    rule(QStringLiteral("social"), tr("Bonus for a social follow:"));
    auto* tiersPage = new QWidget(this);
    auto* tiersPageLayout = new QHBoxLayout(tiersPage);
    tiersPageLayout->addWidget(tiersBox, 3);
    tiersPageLayout->addWidget(rulesBox, 2);

    m_tabs->setObjectName(QStringLiteral("loyaltyTabs"));
    m_tabs->addTab(points, tr("Points"));
    m_tabs->addTab(rates, tr("Rates and members"));
    m_tabs->addTab(members, tr("Members and ledger"));
    m_tabs->addTab(tiersPage, tr("Tiers and rules"));
    contentLayout()->addWidget(m_asOf);
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 1);
}

QLabel* LoyaltyView::card(const QString& name, const QString& title, QLayout* into) {
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    auto* caption = new QLabel(title, frame);
    caption->setWordWrap(true);
    auto* value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(caption);
    layout->addWidget(value);
    into->addWidget(frame);
    return value;
}

QString LoyaltyView::figure(const QString& name) const {
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

QString LoyaltyView::tierName(const QString& tier) {
    if (tier == QLatin1String("gold")) return tr("Gold");
    if (tier == QLatin1String("silver")) return tr("Silver");
    if (tier == QLatin1String("member")) return tr("Member");
    return tier.isEmpty() ? tier : tier.left(1).toUpper() + tier.mid(1);
}

void LoyaltyView::refresh() {
    reports::LoyaltyOptions options;
    options.unit = scope().unit;
    options.filter = store::CustomerFilter{scope().segment};
    compute<reports::LoyaltyReport>(
        [options](store::Store& store) { return reports::computeLoyalty(store, options); },
        [this](reports::LoyaltyReport& report) { showReport(report); });
}

void LoyaltyView::showReport(const reports::LoyaltyReport& report) {
    const QLocale locale;
    const auto set = [this](const char* name, const QString& text) {
        if (auto* label = findChild<QLabel*>(QLatin1String(name))) label->setText(text);
    };
    const metrics::LoyaltyRow* last = report.periods.empty() ? nullptr : &report.periods.back();
    m_asOf->setText(
        last ? tr("Figures of the latest period, %1; tiers from the points earned in the 12 months "
                  "up to its end.")
                   .arg(periodLabel(last->period, scope().unit))
             : tr("No loyalty ledger in this store or segment."));
    set("members", last ? FigureFormat::count(last->members) : QStringLiteral("—"));
    set("active", last ? FigureFormat::count(last->activeMembers) : QStringLiteral("—"));
    set("liability",
        last ? tr("%1 points").arg(FigureFormat::count(last->pointsOutstanding)) : QStringLiteral("—"));
    set("repeat", last ? FigureFormat::percent(last->repeatPurchasePct) : QStringLiteral("—"));
    set("redemption", last ? FigureFormat::percent(last->redemptionPct) : QStringLiteral("—"));

    // Charts.
    m_rows = report.periods;
    QStringList periods;
    std::vector<PeriodLineChart::Line> points{{tr("Earned"), {}}, {tr("Redeemed"), {}}};
    std::vector<PeriodLineChart::Line> liability{{tr("Outstanding"), {}}};
    std::vector<PeriodLineChart::Line> rates{{tr("Repeat purchase rate"), {}}, {tr("Redemption rate"), {}}};
    std::vector<PeriodLineChart::Line> members{{tr("Members"), {}}, {tr("Active members"), {}}};
    for (const metrics::LoyaltyRow& row : report.periods) {
        periods << periodLabel(row.period, scope().unit);
        points[0].values.emplace_back(static_cast<double>(row.pointsEarned));
        points[1].values.emplace_back(static_cast<double>(row.pointsRedeemed));
        liability[0].values.emplace_back(static_cast<double>(row.pointsOutstanding));
        rates[0].values.push_back(row.repeatPurchasePct);
        rates[1].values.push_back(row.redemptionPct);
        members[0].values.emplace_back(static_cast<double>(row.members));
        members[1].values.emplace_back(static_cast<double>(row.activeMembers));
    }
    const QString unitTitle = tr("Period (%1)").arg(periodUnitName(scope().unit));
    m_pointsChart->setAxisTitles(unitTitle, tr("Points"));
    m_pointsChart->setData(periods, points);
    m_liabilityChart->setAxisTitles(unitTitle, tr("Points"));
    m_liabilityChart->setData(periods, liability);
    m_ratesChart->setAxisTitles(unitTitle, tr("Percent"));
    m_ratesChart->setData(periods, rates);
    m_membersChart->setAxisTitles(unitTitle, tr("Members"));
    m_membersChart->setData(periods, members);

    // Members.
    m_membersTable->setSortingEnabled(false);
    m_members->removeRows(0, m_members->rowCount());
    for (const reports::LoyaltyMember& m : report.members) {
        QStandardItem* key = item(m.customerKey);
        key->setData(QVariant::fromValue<qlonglong>(m.customer), CustomerIdRole);
        int rank = 0; // tiers sort by their threshold
        for (size_t i = 0; i < report.rules.tiers.size(); ++i)
            if (report.rules.tiers[i].name == m.tier) rank = static_cast<int>(report.rules.tiers.size() - i);
        m_members->appendRow(
            {key, item(m.name.isEmpty() ? QStringLiteral("—") : m.name, m.name), item(tierName(m.tier), rank),
             item(FigureFormat::count(m.balance), QVariant::fromValue<qlonglong>(m.balance), true),
             item(FigureFormat::count(m.earned12), QVariant::fromValue<qlonglong>(m.earned12), true)});
    }
    m_membersTable->setSortingEnabled(true);
    m_ledger->removeRows(0, m_ledger->rowCount());
    m_shownMember = 0;
    m_ledgerTitle->setText(tr("Select a member to see its ledger."));

    // Tiers and rules.
    m_tiers->removeRows(0, m_tiers->rowCount());
    std::vector<std::pair<QString, int64_t>> tiers;
    for (const metrics::TierRule& t : report.rules.tiers)
        tiers.emplace_back(t.name, t.threshold);
    tiers.emplace_back(QStringLiteral("member"), 0);
    for (const auto& [name, threshold] : tiers) {
        const bool base = name == QLatin1String("member");
        const auto n = last && last->tiers.count(name) ? last->tiers.at(name) : 0;
        m_tiers->appendRow(
            {item(tierName(name)),
             item(base ? tr("below the lowest tier") : tr("%1 or more").arg(FigureFormat::count(threshold)),
                  QVariant::fromValue<qlonglong>(threshold)),
             item(last ? FigureFormat::count(n) : QStringLiteral("—"), QVariant::fromValue<qlonglong>(n),
                  true)});
    }
    set("points_per_unit", locale.toString(report.rules.pointsPerUnit, 'g', 6));
    set("referral", tr("%1 points").arg(FigureFormat::count(report.rules.referralBonus)));
    set("review", tr("%1 points").arg(FigureFormat::count(report.rules.reviewBonus)));
    set("social", tr("%1 points").arg(FigureFormat::count(report.rules.socialBonus)));
}

void LoyaltyView::memberSelected() {
    const QModelIndexList rows = m_membersTable->selectionModel()->selectedRows(Customer);
    if (rows.isEmpty()) return;
    const int64_t customer = rows.first().data(CustomerIdRole).toLongLong();
    const QString title = tr("Ledger of %1 (%2)")
                              .arg(rows.first().data().toString(),
                                   m_members->index(rows.first().row(), Name).data().toString());
    compute<std::vector<reports::MemberLedgerLine>>(
        [customer](store::Store& store) { return reports::computeMemberLedger(store, customer); },
        [this, customer, title](std::vector<reports::MemberLedgerLine>& lines) {
            m_ledgerTitle->setText(title);
            showLedger(customer, lines);
        });
}

void LoyaltyView::showLedger(int64_t customer, const std::vector<reports::MemberLedgerLine>& lines) {
    m_shownMember = customer;
    m_ledger->removeRows(0, m_ledger->rowCount());
    for (const reports::MemberLedgerLine& line : lines) {
        QStandardItem* points =
            item(FigureFormat::count(line.points), QVariant::fromValue<qlonglong>(line.points), true);
        if (line.points < 0) points->setForeground(QColor(0xB0, 0x1E, 0x1E));
        m_ledger->appendRow(
            {item(formatDate(line.day), QVariant::fromValue<qlonglong>(line.day)), points,
             item(reasonName(line.reason)),
             item(FigureFormat::count(line.balance), QVariant::fromValue<qlonglong>(line.balance), true)});
    }
}

void LoyaltyView::explainFigure(int index, std::optional<reports::LoyaltyFigure> figure) {
    if (index < 0 || static_cast<size_t>(index) >= m_rows.size()) return;
    const metrics::LoyaltyRow row = m_rows[static_cast<size_t>(index)];
    const QString label = periodLabel(row.period, scope().unit);
    const store::CustomerFilter filter{scope().segment};
    using Figure = reports::LoyaltyFigure;
    QString title, summary;
    switch (figure.value_or(Figure::Tiers)) {
    case Figure::PointsEarned:
    case Figure::PointsRedeemed:
        title = tr("Points earned and redeemed, %1").arg(label);
        summary =
            tr("%1 points earned and %2 redeemed in %3; each member below with their points of the "
               "period and the ledger rows behind them.")
                .arg(FigureFormat::count(row.pointsEarned), FigureFormat::count(row.pointsRedeemed), label);
        break;
    case Figure::PointsOutstanding:
        title = tr("Points outstanding, %1").arg(label);
        summary = tr("%1 points outstanding at the end of %2 (the liability): each member's balance.")
                      .arg(FigureFormat::count(row.pointsOutstanding), label);
        break;
    case Figure::RedemptionPct:
    case Figure::RepeatPurchasePct:
        title = tr("Repeat purchase rate, %1").arg(label);
        summary = tr("Repeat purchase rate %1 in %2: members with two or more orders are the numerator, "
                     "members who ordered the denominator.")
                      .arg(FigureFormat::percent(row.repeatPurchasePct), label);
        break;
    case Figure::Tiers:
        title = figure ? tr("Tiers, %1").arg(label) : tr("Active members, %1").arg(label);
        summary = figure ? tr("Each member in their tier at the end of %1, with the points of the 12 months "
                              "that put them there.")
                               .arg(label)
                         : tr("%1 of %2 members active in %3: active members are the numerator, the others "
                              "the denominator only.")
                               .arg(FigureFormat::count(row.activeMembers), FigureFormat::count(row.members),
                                    label);
        break;
    }
    ExplainRows rows = [filter, period = row.period, figure](store::Store& store) {
        return figure ? reports::explainLoyaltyFigure(store, filter, period, *figure)
                      : reports::explainLoyaltyCell(store, filter, period);
    };
    explain(title, summary, std::move(rows));
}

} // namespace tenure::ui
