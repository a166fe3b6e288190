#pragma once

#include "scopedview.h"

#include "reports/churnreport.h"
#include "reports/explain.h"

#include <functional>

class QAbstractButton;
class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace tenure::ui {

class CohortHeatmap;
class TimeSeriesChart;

// The Churn & retention view (product.md, view 5): churn % with the reference lines of
// metrics.md and retention % over time, customers gained and lost per period, MRR movements,
// churn reasons from exit surveys, and a cohort heatmap by customers or by revenue. Everything
// shown comes from reports::computeChurnReport; this view only formats it. Clicking a period
// (of a chart or of the gained/lost table) opens the rows behind its churn figure.
class ChurnView final : public ScopedView {
    Q_OBJECT
public:
    // The MRR table's ARPA and CLV columns (their cells drill down to those figures).
    enum MrrColumn { ArpaColumn = 10, ClvColumn = 11 };
    explicit ChurnView(QWidget* parent = nullptr);

    // What is shown, for tests and exports.
    const reports::ChurnReport& report() const { return m_report; }
    QTabWidget* tabs() const { return m_tabs; }
    TimeSeriesChart* churnChart() const { return m_churnChart; }
    TimeSeriesChart* retentionChart() const { return m_retentionChart; }
    TimeSeriesChart* flowChart() const { return m_flowChart; }
    QTableWidget* flowTable() const { return m_flowTable; }
    TimeSeriesChart* mrrChart() const { return m_mrrChart; }
    QTableWidget* mrrTable() const { return m_mrrTable; }
    QChart* reasonsChart() const { return m_reasonsChart; }
    QBarSet* reasonBars() const { return m_reasonBars; }
    CohortHeatmap* heatmap() const { return m_heatmap; }
    QAbstractButton* customersToggle() const { return m_byCustomers; }
    QAbstractButton* revenueToggle() const { return m_byRevenue; }
    // Cohorts by signup or first order, active by subscription, usage events or orders.
    QComboBox* cohortBasis() const { return m_cohortBasis; }
    QComboBox* cohortActivity() const { return m_cohortActivity; }

    // Opens the drill-down of one churn period (an index into report().churn).
    void explainPeriod(int index);
    // Opens the drill-down of one heatmap cell: the cohort's members still subscribed or not.
    void explainCohortCell(int cohortRow, int offset);

protected:
    void refresh() override;

private:
    void showReport(reports::ChurnReport& report);
    void showChurn();
    void showFlow();
    void showRevenue();
    void showReasons();
    void showCohorts();
    // Recomputes only the heatmap for the chosen basis and activity.
    void recomputeCohorts();
    reports::CohortOptions cohortOptions() const;
    reports::ChurnReportOptions reportOptions() const;
    QWidget* buildChurnTab();
    QWidget* buildFlowTab();
    QWidget* buildRevenueTab();
    QWidget* buildReasonsTab();
    QWidget* buildCohortTab();
    // The MRR table's and chart's drill-down: the customers behind a period's movements.
    void explainRevenuePeriod(int index);
    // The MRR table's ARPA and CLV cells: the rows behind that figure.
    void explainArpaOrClv(int index, bool clv);
    QString periodName(const Period& period) const;
    static QString offsetTitle(PeriodUnit unit);

    reports::ChurnReport m_report;
    std::vector<Period> m_cohortPeriods; // the heatmap's rows
    int m_cohortGeneration = 0;
    QTabWidget* m_tabs;
    TimeSeriesChart* m_churnChart = nullptr;
    TimeSeriesChart* m_retentionChart = nullptr;
    TimeSeriesChart* m_flowChart = nullptr;
    QTableWidget* m_flowTable = nullptr;
    TimeSeriesChart* m_mrrChart = nullptr;
    QTableWidget* m_mrrTable = nullptr;
    QChart* m_reasonsChart = nullptr;
    QBarSet* m_reasonBars = nullptr;
    QLabel* m_reasonsNote = nullptr;
    QLabel* m_churnNote = nullptr;
    CohortHeatmap* m_heatmap = nullptr;
    QAbstractButton* m_byCustomers = nullptr;
    QAbstractButton* m_byRevenue = nullptr;
    QLabel* m_cohortNote = nullptr;
    QComboBox* m_cohortBasis = nullptr;
    QComboBox* m_cohortActivity = nullptr;
};

} // namespace tenure::ui
