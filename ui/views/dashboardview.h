#pragma once

#include "reports/dashboard.h"
#include "scopedview.h"

#include <vector>

class QGridLayout;
class QLabel;

namespace tenure::ui {

class KpiCardWidget;

// The Dashboard: one card per KPI of reports::computeDashboard for the scope's period unit
// and segment, latest complete period first. A card opens the view behind it.
class DashboardView final : public ScopedView {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    const std::vector<reports::KpiCard>& cards() const { return m_cards; }
    KpiCardWidget* cardWidget(const QString& kpi) const;
    // The heading: which period the cards show.
    QString headingText() const;

Q_SIGNALS:
    void kpiActivated(const QString& kpi);

protected:
    void refresh() override;

private:
    void showCards(std::vector<reports::KpiCard>& cards);

    QLabel* m_heading;
    QGridLayout* m_grid;
    std::vector<KpiCardWidget*> m_widgets;
    std::vector<reports::KpiCard> m_cards;
};

} // namespace tenure::ui
