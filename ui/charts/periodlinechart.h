#pragma once

#include <QChartView>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QCategoryAxis;
class QLineSeries;

namespace tenure::ui {

// Several named lines over a run of periods (Qt Charts). An undefined value is a gap in its
// line, never a zero; a point's period and value show in a tooltip on hover. Axis labels are
// formatted with the locale; period labels are thinned out so that none overlap.
class PeriodLineChart final : public QChartView {
    Q_OBJECT
public:
    struct Line {
        QString name;
        std::vector<std::optional<double>> values; // one per period
    };

    explicit PeriodLineChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& periods, const QString& values);
    // How a value reads on the axis and in the tooltip (default: the locale, up to 1 decimal).
    void setValueFormat(std::function<QString(double)> format);
    // Replaces what is drawn; an empty list of periods shows `emptyText`.
    void setData(const QStringList& periodLabels, const std::vector<Line>& lines);
    void setEmptyText(const QString& text) { m_emptyText = text; }

    const QStringList& periodLabels() const { return m_periods; }
    QStringList lineNames() const;
    // The values as drawn: read back from the chart's series (a gap is nullopt).
    std::vector<std::optional<double>> plottedValues(const QString& name) const;
    // The period under a point of the widget (the nearest one inside the plot area), or -1.
    int periodAt(const QPoint& pos) const;

Q_SIGNALS:
    // A click in the plot area, on the period nearest to it (the drill-down of the views): the
    // lines themselves are too thin to aim at.
    void periodClicked(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void showTooltip(const QLineSeries* series, const QPointF& point, bool state);
    void placePeriodLabels();
    void placeValueLabels(double low, double high);

    QCategoryAxis* m_x;
    QCategoryAxis* m_y;
    QStringList m_periods;
    std::vector<Line> m_lines;
    std::function<QString(double)> m_format;
    QString m_emptyText;
};

} // namespace tenure::ui
