#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace tenure::ui {

// A line chart over periods (Qt Charts): several named series, optional horizontal reference
// lines, a tooltip with every series' value at the period under the mouse, and a click on
// a period's column reported as its index. An undefined value leaves a gap in its line, never
// a drop to 0. The periods from `partialFrom` on are in progress: their points are drawn larger
// and paler and the tooltip says so, so that a half period is not read as a drop.
class TimeSeriesChart final : public QWidget {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& xTitle, const QString& yTitle);
    // How values read in the tooltip and on the value axis: decimals and a unit after them.
    void setValueFormat(int decimals, const QString& suffix);
    // Starts over with these periods along x and no lines.
    void setPeriods(const QStringList& labels, int partialFrom = -1);
    void addSeries(const QString& name, const std::vector<std::optional<double>>& values,
                   const QColor& color);
    void addReferenceLine(const QString& name, double value, const QColor& color);

    // What the chart draws, read back from its series (for tests and exports).
    QStringList seriesNames() const;
    std::optional<double> valueAt(const QString& name, int index) const;
    std::optional<double> referenceValue(const QString& name) const;
    int periodCount() const { return static_cast<int>(m_labels.size()); }
    QString tooltipText(int index) const;

    bool saveImage(const QString& path);
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    void periodClicked(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rescale();
    void updatePeriodAxis();
    QString formatValue(double value) const;

    QChart* m_chart;
    QChartView* m_view;
    QCategoryAxis* m_x;
    QValueAxis* m_y;
    QStringList m_labels;
    int m_partialFrom = -1;
    int m_decimals = 1;
    QString m_suffix;
    // A series is one QLineSeries per run of defined values; names in the order added.
    QStringList m_order;
    std::map<QString, std::vector<QLineSeries*>> m_series;
    std::map<QString, QLineSeries*> m_references;
};

} // namespace tenure::ui
