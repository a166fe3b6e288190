#pragma once

#include <QChartView>
#include <QColor>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QScatterSeries;
class QValueAxis;

namespace tenure::ui {

// Figures per period on one chart: bars (stacked or side by side) on the left axis, and lines
// on the right axis (or the left one when there are no bars). An undefined value of a line is a
// gap, never 0. Hovering shows the figure; clicking a bar or a point tells which period.
class PeriodBarChart final : public QChartView {
    Q_OBJECT
public:
    enum class Mode { Stacked, Grouped };
    struct Bars {
        QString name;
        std::vector<double> values; // one per period
        QColor color;               // invalid: the theme's
    };
    struct Line {
        QString name;
        std::vector<std::optional<double>> values; // one per period; nullopt: a gap
        QColor color;
    };

    explicit PeriodBarChart(QWidget* parent = nullptr);

    void setChartTitle(const QString& title);
    void setMode(Mode mode) { m_mode = mode; }
    void setAxisTitles(const QString& periods, const QString& bars, const QString& lines);
    // Fixes the line axis (such as −100 … 100 for NPS) instead of fitting it to the values.
    void setLineRange(double min, double max);
    // How a hovered value is written (a duration, a percentage); default: a locale number.
    void setValueFormatter(std::function<QString(double)> bars, std::function<QString(double)> lines);
    // Replaces everything shown; periodLabels gives the number of periods.
    void setData(const QStringList& periodLabels, const std::vector<Bars>& bars,
                 const std::vector<Line>& lines);

    // What is shown, for tests: the bar series (null without bars) and, per line, the series of
    // its defined points (x: period index).
    QAbstractBarSeries* barSeries() const { return m_bars; }
    const std::vector<QScatterSeries*>& linePoints() const { return m_points; }
    QStringList periodLabels() const { return m_labels; }

Q_SIGNALS:
    void periodClicked(int index);

private:
    void showTip(const QString& series, int index, double value, bool isLine);

    Mode m_mode = Mode::Stacked;
    QString m_periodTitle, m_barTitle, m_lineTitle;
    std::optional<std::pair<double, double>> m_lineRange;
    std::function<QString(double)> m_barFormat, m_lineFormat;
    QStringList m_labels;
    QAbstractBarSeries* m_bars = nullptr;
    std::vector<QScatterSeries*> m_points;
};

} // namespace tenure::ui
