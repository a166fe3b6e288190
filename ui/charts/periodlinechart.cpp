#include "periodlinechart.h"

#include <QCategoryAxis>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

// Distinct colours that stay apart for the colour-blind (Okabe–Ito, then a few more).
const QColor lineColours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                              QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
                              QColor(0x55, 0x55, 0x55), QColor(0xA6, 0x76, 0x1D)};

// A "nice" step (1, 2 or 5 × 10^n) that splits the range into about `ticks` parts.
double niceStep(double range, int ticks) {
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
}

} // namespace

PeriodLineChart::PeriodLineChart(QWidget* parent)
    : QChartView(parent)
    , m_x(new QCategoryAxis(this))
    , m_y(new QCategoryAxis(this))
    , m_format(
          [](double v) { return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1); }) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    c->setMargins(QMargins(6, 6, 12, 6));
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_emptyText = tr("No data for this period and segment");
}

void PeriodLineChart::setTitle(const QString& title) {
    chart()->setTitle(title);
}

void PeriodLineChart::setAxisTitles(const QString& periods, const QString& values) {
    m_x->setTitleText(periods);
    m_y->setTitleText(values);
}

void PeriodLineChart::setValueFormat(std::function<QString(double)> format) {
    m_format = std::move(format);
}

void PeriodLineChart::setData(const QStringList& periodLabels, const std::vector<Line>& lines) {
    QChart* c = chart();
    c->removeAllSeries();
    m_periods = periodLabels;
    m_lines = lines;

    double low = 0;
    double high = 0;
    bool any = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        QPen pen(lineColours[i % std::size(lineColours)]);
        pen.setWidthF(2);
        // One series per unbroken run of values; the first carries the legend entry.
        QLineSeries* current = nullptr;
        bool first = true;
        const auto startRun = [&] {
            current = new QLineSeries;
            current->setName(line.name);
            current->setPen(pen);
            current->setPointsVisible(true);
            c->addSeries(current);
            current->attachAxis(m_x);
            current->attachAxis(m_y);
            if (!first)
                for (QLegendMarker* marker : c->legend()->markers(current))
                    marker->setVisible(false);
            first = false;
            connect(current, &QLineSeries::hovered, this,
                    [this, s = current](const QPointF& point, bool state) { showTooltip(s, point, state); });
        };
        for (size_t p = 0; p < line.values.size() && p < static_cast<size_t>(periodLabels.size()); ++p) {
            const std::optional<double>& v = line.values[p];
            if (!v || !std::isfinite(*v)) {
                current = nullptr;
                continue;
            }
            if (!current) startRun();
            current->append(static_cast<double>(p), *v);
            low = any ? std::min(low, *v) : *v;
            high = any ? std::max(high, *v) : *v;
            any = true;
        }
        if (first) startRun(); // a line without any value still has its legend entry
    }
    c->legend()->setVisible(lines.size() > 1);
    placePeriodLabels();
    if (!any) {
        low = 0;
        high = 1;
    }
    placeValueLabels(std::min(low, 0.0), high);
    if (periodLabels.isEmpty())
        c->setTitle(c->title().section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" — ") + m_emptyText);
}

QStringList PeriodLineChart::lineNames() const {
    QStringList out;
    for (const Line& line : m_lines)
        out.append(line.name);
    return out;
}

std::vector<std::optional<double>> PeriodLineChart::plottedValues(const QString& name) const {
    std::vector<std::optional<double>> out(static_cast<size_t>(m_periods.size()));
    for (QAbstractSeries* s : chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || line->name() != name) continue;
        for (const QPointF& p : line->points()) {
            const auto index = static_cast<size_t>(std::lround(p.x()));
            if (index < out.size()) out[index] = p.y();
        }
    }
    return out;
}

int PeriodLineChart::periodAt(const QPoint& pos) const {
    QChart* c = chart(); // mapToValue() is not const
    if (m_periods.isEmpty() || c->series().isEmpty()) return -1;
    const QPointF inChart = c->mapFromScene(mapToScene(pos));
    if (!c->plotArea().contains(inChart)) return -1;
    const long index = std::lround(c->mapToValue(inChart, c->series().front()).x());
    return index >= 0 && index < m_periods.size() ? static_cast<int>(index) : -1;
}

void PeriodLineChart::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        if (const int index = periodAt(event->position().toPoint()); index >= 0) Q_EMIT periodClicked(index);
    QChartView::mouseReleaseEvent(event);
}

void PeriodLineChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    placePeriodLabels(); // how many period labels fit depends on the width
}

void PeriodLineChart::showTooltip(const QLineSeries* series, const QPointF& point, bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const int index = static_cast<int>(std::lround(point.x()));
    if (index < 0 || index >= m_periods.size()) return;
    // The value of the nearest period on this line, not the interpolated point under the mouse.
    for (const QPointF& p : series->points())
        if (std::lround(p.x()) == index) {
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3").arg(series->name(), m_periods[index], m_format(p.y())), this);
            return;
        }
}

void PeriodLineChart::placePeriodLabels() {
    for (const QString& label : m_x->categoriesLabels())
        m_x->remove(label);
    const int n = static_cast<int>(m_periods.size());
    m_x->setStartValue(-0.5);
    m_x->setRange(-0.5, std::max(n, 1) - 0.5);
    if (n == 0) return;
    // Room for each label, with a gap: the widest label decides how many are shown.
    const QFontMetrics metrics(m_x->labelsFont());
    int widest = 0;
    for (const QString& label : m_periods)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int plotWidth = std::max(200, width() - 120);
    const int fit = std::max(1, plotWidth / (widest + 24));
    const int step = std::max(1, (n + fit - 1) / fit);
    for (int i = (n - 1) % step; i < n; i += step) // the latest period always has its label
        m_x->append(m_periods[i], i);
}

void PeriodLineChart::placeValueLabels(double low, double high) {
    for (const QString& label : m_y->categoriesLabels())
        m_y->remove(label);
    if (high <= low) high = low + 1;
    const double step = niceStep(high - low, 5);
    const double start = std::floor(low / step) * step;
    const double end = std::ceil(high / step) * step;
    m_y->setStartValue(start - step * 1e-6);
    m_y->setRange(start, end);
    QStringList used;
    for (double v = start; v <= end + step / 2; v += step) {
        const QString label = m_format(std::abs(v) < step * 1e-9 ? 0.0 : v);
        if (used.contains(label)) continue; // labels of an axis must differ
        used.append(label);
        m_y->append(label, v);
    }
}

} // namespace tenure::ui
