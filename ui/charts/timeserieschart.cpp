#include "timeserieschart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPixmap>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tenure::ui {

namespace {

// Past this many periods, point markers would turn a line into a smear.
constexpr int maxPeriodsWithMarkers = 60;
// About this many period labels fit along the axis without overlapping.
constexpr int maxPeriodLabels = 12;

// The chart view reports the period column under the mouse, so that a click or a hover works
// anywhere in the column rather than only on a 1-pixel line.
class PeriodChartView final : public QChartView {
public:
    PeriodChartView(QChart* chart, QWidget* parent)
        : QChartView(chart, parent) {
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing);
    }
    std::function<void(int, QPoint)> hovered;
    std::function<void(int)> clicked;

protected:
    void mouseMoveEvent(QMouseEvent* event) override {
        QChartView::mouseMoveEvent(event);
        if (hovered) hovered(indexAt(event->position()), event->globalPosition().toPoint());
    }
    void mousePressEvent(QMouseEvent* event) override {
        QChartView::mousePressEvent(event);
        const int index = indexAt(event->position());
        if (event->button() == Qt::LeftButton && index >= 0 && clicked) clicked(index);
    }

private:
    int indexAt(QPointF viewPos) const {
        const QPointF scenePos = mapToScene(viewPos.toPoint());
        const QPointF chartPos = chart()->mapFromScene(scenePos);
        if (!chart()->plotArea().contains(chartPos)) return -1;
        return static_cast<int>(std::lround(chart()->mapToValue(chartPos).x()));
    }
};

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_x(new QCategoryAxis(this))
    , m_y(new QValueAxis(this)) {
    auto* view = new PeriodChartView(m_chart, this);
    m_view = view;
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true); // axis numbers in the user's locale, as the tooltips
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    view->hovered = [this](int index, QPoint globalPos) {
        const QString text = tooltipText(index);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(globalPos, text, m_view);
    };
    view->clicked = [this](int index) {
        if (index < periodCount()) Q_EMIT periodClicked(index);
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumSize(360, 240);
}

void TimeSeriesChart::setTitle(const QString& title) {
    m_chart->setTitle(title);
}

void TimeSeriesChart::setAxisTitles(const QString& xTitle, const QString& yTitle) {
    m_x->setTitleText(xTitle);
    m_y->setTitleText(yTitle);
}

void TimeSeriesChart::setValueFormat(int decimals, const QString& suffix) {
    m_decimals = decimals;
    m_suffix = suffix;
}

void TimeSeriesChart::setPeriods(const QStringList& labels, int partialFrom) {
    m_chart->removeAllSeries();
    m_series.clear();
    m_references.clear();
    m_order.clear();
    m_labels = labels;
    m_partialFrom = partialFrom;
    updatePeriodAxis();
    rescale();
}

void TimeSeriesChart::addSeries(const QString& name, const std::vector<std::optional<double>>& values,
                                const QColor& color) {
    std::vector<QLineSeries*>& runs = m_series[name];
    if (runs.empty()) m_order.append(name);
    const bool markers = m_labels.size() <= maxPeriodsWithMarkers;
    QLineSeries* run = nullptr;
    for (size_t i = 0; i < values.size() && i < static_cast<size_t>(m_labels.size()); ++i) {
        if (!values[i]) {
            run = nullptr; // a gap: the next value starts a new line
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setName(name);
            QPen pen(color);
            pen.setWidthF(2.0);
            run->setPen(pen);
            run->setColor(color);
            run->setPointsVisible(markers);
            runs.push_back(run);
        }
        run->append(static_cast<double>(i), *values[i]);
    }
    for (size_t r = 0; r < runs.size(); ++r) {
        QLineSeries* s = runs[r];
        if (s->chart()) continue;
        // A single defined value between gaps would be invisible without its marker.
        if (s->count() == 1) s->setPointsVisible(true);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        // One legend entry per named series, however many runs it has.
        if (r > 0)
            for (QLegendMarker* marker : m_chart->legend()->markers(s))
                marker->setVisible(false);
        // Periods in progress: a larger, paler point (set once the series is on the chart,
        // which is when Qt Charts starts honouring point configurations).
        for (int p = 0; m_partialFrom >= 0 && p < s->count(); ++p)
            if (static_cast<int>(std::lround(s->at(p).x())) >= m_partialFrom)
                s->setPointConfiguration(p, {{QXYSeries::PointConfiguration::Visibility, true},
                                             {QXYSeries::PointConfiguration::Color, color.lighter(150)},
                                             {QXYSeries::PointConfiguration::Size, 9.0}});
    }
    rescale();
}

void TimeSeriesChart::addReferenceLine(const QString& name, double value, const QColor& color) {
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(color);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    const double right = std::max<double>(0, m_labels.size() - 1);
    line->append(-0.5, value);
    line->append(right + 0.5, value);
    m_chart->addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(m_y);
    m_references[name] = line;
    rescale();
}

QStringList TimeSeriesChart::seriesNames() const {
    return m_order;
}

std::optional<double> TimeSeriesChart::valueAt(const QString& name, int index) const {
    const auto it = m_series.find(name);
    if (it == m_series.end()) return std::nullopt;
    for (const QLineSeries* run : it->second)
        for (const QPointF& p : run->points())
            if (static_cast<int>(std::lround(p.x())) == index) return p.y();
    return std::nullopt;
}

std::optional<double> TimeSeriesChart::referenceValue(const QString& name) const {
    const auto it = m_references.find(name);
    if (it == m_references.end() || it->second->count() == 0) return std::nullopt;
    return it->second->at(0).y();
}

QString TimeSeriesChart::tooltipText(int index) const {
    if (index < 0 || index >= m_labels.size()) return {};
    QString text = QStringLiteral("<b>%1</b>").arg(m_labels[index].toHtmlEscaped());
    if (m_partialFrom >= 0 && index >= m_partialFrom) text += QLatin1Char(' ') + tr("(in progress)");
    for (const QString& name : m_order) {
        const std::optional<double> v = valueAt(name, index);
        text += QStringLiteral("<br>%1: %2").arg(name.toHtmlEscaped(), v ? formatValue(*v) : tr("—"));
    }
    return text;
}

bool TimeSeriesChart::saveImage(const QString& path) {
    return grab().save(path, "PNG");
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (!m_labels.isEmpty()) updatePeriodAxis(); // how many labels fit depends on the width
}

void TimeSeriesChart::updatePeriodAxis() {
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    const auto n = static_cast<int>(m_labels.size());
    // As many labels as fit side by side at the chart's width (at most maxPeriodLabels), so that
    // a narrower window thins them out instead of eliding every one to "202…".
    int widest = 0;
    const QFontMetrics metrics(m_x->labelsFont());
    for (const QString& label : m_labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int room = std::max(1, (m_view->width() - 90) / std::max(1, widest + 16));
    const int fit = std::clamp(room, 1, maxPeriodLabels);
    const int step = std::max(1, (n + fit - 1) / fit);
    // Labels from the last period backwards, so the latest period is always named.
    std::vector<int> shown;
    for (int i = n - 1; i >= 0; i -= step)
        shown.push_back(i);
    std::reverse(shown.begin(), shown.end());
    for (int i : shown)
        m_x->append(m_labels[i], i);
    m_x->setStartValue(-0.5);
    m_x->setRange(-0.5, std::max(0, n - 1) + 0.5);
}

void TimeSeriesChart::rescale() {
    double low = 0, high = 0;
    bool any = false;
    const auto take = [&](double v) {
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    };
    for (const auto& [name, runs] : m_series)
        for (const QLineSeries* run : runs)
            for (const QPointF& p : run->points())
                take(p.y());
    for (const auto& [name, line] : m_references)
        take(line->at(0).y());
    // Counts, rates and money all read best from zero unless they are all negative.
    low = std::min(low, 0.0);
    high = std::max(high, 0.0);
    if (high == low) high = low + 1;
    // A round step (1, 2, 2.5 or 5 × 10^k) for about five ticks, and a little headroom so that
    // the top point's marker is not cut by the plot's edge.
    const double rough = (high - low) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    const double top = std::ceil(high * 1.02 / step) * step;
    const double bottom = low < 0 ? std::floor(low * 1.02 / step) * step : 0.0;
    m_y->setRange(bottom, top);
    m_y->setTickCount(static_cast<int>(std::lround((top - bottom) / step)) + 1);
    const int decimals = step >= 1 ? 0 : std::min(m_decimals, 1);
    m_y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

QString TimeSeriesChart::formatValue(double value) const {
    return QLocale().toString(value, 'f', m_decimals) + m_suffix;
}

} // namespace tenure::ui
