#include "dashboardview.h"

#include "charts/kpicardwidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {
constexpr int cardColumns = 4;
}

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
            m_grid->addWidget(widget, index / cardColumns, index % cardColumns);
            widget->setPending(kpi);
            connect(widget, &KpiCardWidget::activated, this, &DashboardView::kpiActivated);
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

} // namespace tenure::ui
