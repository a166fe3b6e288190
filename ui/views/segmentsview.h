#pragma once

#include "reports/segments.h"
#include "scopedview.h"

#include <vector>

class QLabel;
class QTableWidget;

class QChartView;

namespace tenure::ui {

// Segments side by side (metrics.md "Segments and cost to serve"): size, churn, retention,
// revenue, cost to serve, margin and CLV over the last twelve complete months, with a chart of
// revenue against cost to serve, so that a user can see which churn is worth fighting.
// Double-clicking a segment makes it the window's segment.
class SegmentsView final : public ScopedView {
    Q_OBJECT
public:
    enum Column { Segment, Customers, Churn, Retention, Revenue, Cost, Margin, Clv, ColumnCount };

    explicit SegmentsView(QWidget* parent = nullptr);

    const std::vector<reports::SegmentRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }

Q_SIGNALS:
    void segmentChosen(const QString& segment);

protected:
    void refresh() override;

private:
    void showRows(std::vector<reports::SegmentRow>& rows);
    void fillChart();

    QLabel* m_heading;
    QTableWidget* m_table;
    QChartView* m_chart;
    std::vector<reports::SegmentRow> m_rows;
};

} // namespace tenure::ui
