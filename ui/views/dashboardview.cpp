#include "dashboardview.h"

#include "charts/kpicardwidget.h"
#include "reports/churnreport.h"
#include "reports/explainnps.h"
#include "reports/explainsupport.h"
#include "reports/loyaltyreport.h"
#include "reports/onboardingreport.h"

#include <QMenu>
#include <QResizeEvent>

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {
constexpr int maxCardColumns = 4;
constexpr int cardSlotWidth = 230; // a card's minimum width with the grid's spacing
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : ScopedView(parent)
    , m_heading(new QLabel(this))
    , m_grid(new QGridLayout) {
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setText(tr("Computing the dashboard…"));

    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    m_grid->setSpacing(12);
    pageLayout->addLayout(m_grid);
    pageLayout->addStretch(1);
    for (reports::KpiGroup group : reports::kpiGroups()) {
        for (const QString& kpi : reports::kpisOf(group)) {
            auto* widget = new KpiCardWidget(page);
            const int index = static_cast<int>(m_widgets.size());
            m_grid->addWidget(widget, index / maxCardColumns, index % maxCardColumns);
            widget->setPending(kpi);
            connect(widget, &KpiCardWidget::activated, this, &DashboardView::kpiActivated);
            widget->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(widget, &QWidget::customContextMenuRequested, this,
                    [this, widget](const QPoint& pos) { showCardMenu(widget, pos); });
            m_widgets.push_back(widget);
        }
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    contentLayout()->addWidget(m_heading);
    contentLayout()->addWidget(scroll, 1);
}

void DashboardView::resizeEvent(QResizeEvent* event) {
    ScopedView::resizeEvent(event);
    layOutCards();
}

// As many columns of cards as fit (at most four), so that a narrower window, or the tasks dock
// beside the view, wraps the cards instead of cutting them off behind a scroll bar.
void DashboardView::layOutCards() {
    const int columns = std::clamp(width() / cardSlotWidth, 1, maxCardColumns);
    if (columns == m_columns) return;
    m_columns = columns;
    for (KpiCardWidget* widget : m_widgets)
        m_grid->removeWidget(widget);
    for (int c = 0; c < maxCardColumns; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (size_t i = 0; i < m_widgets.size(); ++i) {
        const int index = static_cast<int>(i);
        m_grid->addWidget(m_widgets[i], index / columns, index % columns);
    }
}

void DashboardView::refresh() {
    for (KpiCardWidget* widget : m_widgets) {
        widget->setPending(widget->card().kpi);
        widget->show();
    }
    m_anyShown = false;
    m_heading->setText(tr("Computing the dashboard…"));
    reports::DashboardOptions options;
    options.unit = scope().unit;
    options.filter.segment = scope().segment;
    compute<reports::DashboardFrame>(
        [options](store::Store& store) { return reports::dashboardFrame(store, options); },
        [this](reports::DashboardFrame& frame) { startGroups(frame); });
}

void DashboardView::startGroups(const reports::DashboardFrame& frame) {
    m_frame = frame;
    if (frame.periods.empty()) {
        for (KpiCardWidget* widget : m_widgets)
            widget->hide();
        m_heading->setText(headingText());
        return;
    }
    reports::DashboardOptions options;
    options.unit = scope().unit;
    options.filter.segment = scope().segment;
    // Each group on its own worker thread and connection; the cheapest comes first.
    for (reports::KpiGroup group : reports::kpiGroups())
        compute<std::vector<reports::KpiCard>>(
            [options, frame, group](store::Store& store) {
                return reports::computeKpiGroup(store, options, frame, group);
            },
            [this](std::vector<reports::KpiCard>& cards) { showGroup(cards); });
}

void DashboardView::showGroup(std::vector<reports::KpiCard>& cards) {
    for (const reports::KpiCard& card : cards)
        if (KpiCardWidget* widget = cardWidget(card.kpi)) widget->setCard(card, scope().unit);
    m_heading->setText(headingText());
    if (!m_anyShown && !cards.empty()) {
        m_anyShown = true;
        Q_EMIT firstCardsShown();
    }
}

std::vector<reports::KpiCard> DashboardView::cards() const {
    std::vector<reports::KpiCard> out;
    for (const KpiCardWidget* widget : m_widgets)
        if (!widget->isPending()) out.push_back(widget->card());
    return out;
}

QString DashboardView::headingText() const {
    if (m_frame.periods.empty()) return tr("No data yet: import customers, or open another store.");
    const QString label = periodLabel(m_frame.periods.back(), scope().unit);
    return scope().segment.isEmpty() ? tr("%1, all customers").arg(label)
                                     : tr("%1, segment %2").arg(label, scope().segment);
}

KpiCardWidget* DashboardView::cardWidget(const QString& kpi) const {
    for (KpiCardWidget* widget : m_widgets)
        if (widget->card().kpi == kpi) return widget;
    return nullptr;
}

bool DashboardView::explainable(const QString& kpi) {
    static const QStringList kpis{QStringLiteral("active_customers"),
                                  QStringLiteral("churn_pct"),
                                  QStringLiteral("retention_pct"),
                                  QStringLiteral("mrr"),
                                  QStringLiteral("nrr_pct"),
                                  QStringLiteral("nps"),
                                  QStringLiteral("frt_median_s"),
                                  QStringLiteral("resp24_pct"),
                                  QStringLiteral("active_loyalty_members"),
                                  QStringLiteral("onboarding_in_progress"),
                                  QStringLiteral("onboarding_overdue")};
    return kpis.contains(kpi);
}

void DashboardView::showCardMenu(KpiCardWidget* widget, const QPoint& pos) {
    const QString kpi = widget->card().kpi;
    auto* menu = new QMenu(widget);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* open = menu->addAction(tr("Open its view"));
    connect(open, &QAction::triggered, this, [this, kpi] { Q_EMIT kpiActivated(kpi); });
    QAction* rows = menu->addAction(tr("Show the rows behind this figure…"));
    rows->setObjectName(QStringLiteral("explainKpi"));
    rows->setEnabled(!widget->isPending() && explainable(kpi) && !m_frame.periods.empty());
    connect(rows, &QAction::triggered, this, [this, kpi] { explainKpi(kpi); });
    menu->popup(widget->mapToGlobal(pos));
}

void DashboardView::explainKpi(const QString& kpi) {
    if (m_frame.periods.empty() || !explainable(kpi)) return;
    const Period period = m_frame.periods.back(); // the cards' value is this period's
    const store::CustomerFilter filter{scope().segment};
    const KpiCardWidget* widget = cardWidget(kpi);
    const QString title = tr("%1, %2").arg(KpiCardWidget::title(kpi), periodLabel(period, scope().unit));
    const QString summary =
        widget && !widget->isPending()
            ? tr("%1: %2 in %3. The rows below are the ones behind it.")
                  .arg(KpiCardWidget::title(kpi), widget->valueText(), periodLabel(period, scope().unit))
            : QString();
    const int64_t latestTicket = m_frame.latestTicket;
    ExplainRows rows = [kpi, filter, period,
                        latestTicket](store::Store& store) -> Expected<std::vector<reports::ExplainRow>> {
        if (kpi == u"mrr" || kpi == u"nrr_pct") return reports::explainRevenueCell(store, filter, period);
        if (kpi == u"nps") return reports::explainNpsCell(store, filter, period);
        if (kpi == u"active_loyalty_members") return reports::explainLoyaltyCell(store, filter, period);
        if (kpi == u"onboarding_in_progress" || kpi == u"onboarding_overdue") // as of the period's last day
            return reports::explainOnboardingStatusCell(store, filter, period.lastDay(),
                                                        kpi == u"onboarding_overdue"
                                                            ? metrics::OnboardingStatusFigure::Overdue
                                                            : metrics::OnboardingStatusFigure::InProgress);
        if (kpi == u"frt_median_s" || kpi == u"resp24_pct") {
            reports::SupportExplainOptions options;
            options.kpi = kpi == u"resp24_pct" ? metrics::SupportKpi::Resp24 : metrics::SupportKpi::FrtMedian;
            options.filter = filter;
            if (latestTicket != 0) options.asOf = latestTicket;
            return reports::explainSupportCell(store, period, options);
        }
        return reports::explainChurnCell(store, filter, period); // customers, churn, retention
    };
    explain(title, summary, std::move(rows));
}

} // namespace tenure::ui
