#pragma once

#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;

namespace tenure::ui {

// A cohort retention heatmap (QCustomPlot's QCPColorMap): one row per cohort, oldest at the
// top, one column per offset. Cells that are not given (the future of a cohort) stay blank,
// and so do undefined values, never drawn as 0. Hovering a cell shows its text; clicking
// one reports (cohort row, offset). A colour scale at the side reads the values.
class CohortHeatmap final : public QWidget {
    Q_OBJECT
public:
    struct Cell {
        int cohort = 0; // row, in the order of the labels
        int offset = 0;
        std::optional<double> value;
        QString tooltip; // what hovering the cell says
    };

    explicit CohortHeatmap(QWidget* parent = nullptr);

    void setAxisTitles(const QString& offsetTitle, const QString& cohortTitle, const QString& scaleTitle);
    // Replaces the map; values outside [low, high] take the colour of the nearer end.
    void setCells(const QStringList& cohortLabels, int offsetCount, const std::vector<Cell>& cells,
                  double low, double high);

    // What the map holds, read back from the colour map's data (for tests).
    std::optional<double> value(int cohort, int offset) const;
    QString tooltipText(int cohort, int offset) const;
    int cohortCount() const { return static_cast<int>(m_labels.size()); }
    int offsetCount() const { return m_offsets; }

    bool saveImage(const QString& path);
    QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    void cellClicked(int cohort, int offset);

private:
    // The (cohort, offset) under a widget position of the plot, if it is a given cell.
    std::optional<std::pair<int, int>> cellAt(QPointF pos) const;

    QCustomPlot* m_plot;
    QCPColorMap* m_map;
    QCPColorScale* m_scale;
    QStringList m_labels;
    int m_offsets = 0;
    std::map<std::pair<int, int>, QString> m_tooltips;
};

} // namespace tenure::ui
