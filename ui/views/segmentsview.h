#pragma once

#include "reports/segments.h"
#include "scopedview.h"

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

class QChartView;

namespace tenure::ui {

// Segments side by side (metrics.md "Segments and cost to serve"): size, churn, retention,
// revenue, cost to serve, margin and CLV over the last twelve complete months, with a chart of
// revenue against cost to serve, so that a user can see which churn is worth fighting.
// Double-clicking a segment makes it the window's segment. The saved segments (rules over
// customer fields, custom attributes and computed metrics) come first, marked as such; New…,
// Edit… and Delete manage them through the rule editor (dialogs/segmenteditor.h).
class SegmentsView final : public ScopedView {
    Q_OBJECT
public:
    enum Column { Segment, Customers, Churn, Retention, Revenue, Cost, Margin, Clv, Kind, ColumnCount };

    explicit SegmentsView(QWidget* parent = nullptr);

    const std::vector<reports::SegmentRow>& rows() const { return m_rows; }
    QTableWidget* table() const { return m_table; }
    QChartView* chartView() const { return m_chart; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

    // The saved segment of the selected row, or empty.
    QString selectedSavedSegment() const;
    // Opens the rule editor (window-modal) for a new segment (empty name) or a saved one.
    void openEditor(const QString& name = {});
    // Deletes a saved segment without asking (the Delete button asks first).
    bool deleteSegment(const QString& name);

Q_SIGNALS:
    void segmentChosen(const QString& segment);
    // A saved segment was created, changed or deleted: the window refills its segment picker
    // (store::savedSegmentNames lists them).
    void savedSegmentsChanged();

protected:
    void refresh() override;

private:
    void showRows(std::vector<reports::SegmentRow>& rows);
    void fillChart();
    void updateButtons();

    QLabel* m_heading;
    QTableWidget* m_table;
    QChartView* m_chart;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    std::vector<reports::SegmentRow> m_rows;
};

} // namespace tenure::ui
