#pragma once

#include "reports/dashboard.h"
#include "scopedview.h"

#include <vector>

class QGridLayout;
class QLabel;

namespace tenure::ui {

class KpiCardWidget;

// The Dashboard: one card per KPI of the core's dashboard for the scope's period unit and
// segment. The cards are laid out at once and each group of them fills in as soon as its
// computation (on its own worker thread and connection) is done, so the cheap figures show
// first on a large store. A card opens the view behind it.
class DashboardView final : public ScopedView {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);

    // The computed cards, in display order (pending ones are left out).
    std::vector<reports::KpiCard> cards() const;
    KpiCardWidget* cardWidget(const QString& kpi) const;
    // The heading: which period the cards show.
    QString headingText() const;

    // Whether a card's figure can list the rows behind it, and the drill-down itself: the rows
    // behind the card's value (the latest complete period), read off the GUI thread. A card's
    // context menu offers it next to opening the card's view.
    static bool explainable(const QString& kpi);
    void explainKpi(const QString& kpi);

Q_SIGNALS:
    void kpiActivated(const QString& kpi);
    // The first group of cards is on screen (the start-up benchmark waits for it).
    void firstCardsShown();

protected:
    void refresh() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void startGroups(const reports::DashboardFrame& frame);
    void showGroup(std::vector<reports::KpiCard>& cards);
    void showCardMenu(KpiCardWidget* widget, const QPoint& pos);
    void layOutCards();

    QLabel* m_heading;
    QGridLayout* m_grid;
    std::vector<KpiCardWidget*> m_widgets; // one per KPI of every group, in order
    reports::DashboardFrame m_frame;
    bool m_anyShown = false;
    int m_columns = 4; // of the card grid, as laid out
};

} // namespace tenure::ui
