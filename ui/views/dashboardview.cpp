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
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    contentLayout()->addWidget(m_heading);
    contentLayout()->addWidget(scroll, 1);
}

void DashboardView::refresh() {
    reports::DashboardOptions options;
    options.unit = scope().unit;
    options.filter.segment = scope().segment;
    compute<std::vector<reports::KpiCard>>(
        [options](store::Store& store) { return reports::computeDashboard(store, options); },
        [this](std::vector<reports::KpiCard>& cards) { showCards(cards); });
}

void DashboardView::showCards(std::vector<reports::KpiCard>& cards) {
    m_cards = std::move(cards);
    while (m_widgets.size() < m_cards.size()) {
        auto* widget = new KpiCardWidget(this);
        const int index = static_cast<int>(m_widgets.size());
        m_grid->addWidget(widget, index / cardColumns, index % cardColumns);
        connect(widget, &KpiCardWidget::activated, this, &DashboardView::kpiActivated);
        m_widgets.push_back(widget);
    }
    for (size_t i = 0; i < m_widgets.size(); ++i) {
        m_widgets[i]->setVisible(i < m_cards.size());
        if (i < m_cards.size()) m_widgets[i]->setCard(m_cards[i], scope().unit);
    }
    m_heading->setText(headingText());
}

QString DashboardView::headingText() const {
    if (m_cards.empty() || m_cards.front().series.empty())
        return tr("No data yet: import customers, or open another store.");
    const Period& latest = m_cards.front().series.back().first;
    const QString label = periodLabel(latest, scope().unit);
    return scope().segment.isEmpty() ? tr("%1, all customers").arg(label)
                                     : tr("%1, segment %2").arg(label, scope().segment);
}

KpiCardWidget* DashboardView::cardWidget(const QString& kpi) const {
    for (size_t i = 0; i < m_cards.size() && i < m_widgets.size(); ++i)
        if (m_cards[i].kpi == kpi) return m_widgets[i];
    return nullptr;
}

} // namespace tenure::ui
