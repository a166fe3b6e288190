#include "cohortheatmap.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

// qcustomplot.h is written with Qt's lower-case keywords, which the project switches off
// (QT_NO_KEYWORDS); lend them to it for the one include.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

#include <cmath>
#include <limits>

namespace tenure::ui {

namespace {

// About this many tick labels fit along an axis without overlapping.
constexpr int maxAxisLabels = 18;

int tickStep(int count) {
    return std::max(1, (count + maxAxisLabels - 1) / maxAxisLabels);
}

} // namespace

CohortHeatmap::CohortHeatmap(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_map(new QCPColorMap(m_plot->xAxis, m_plot->yAxis))
    , m_scale(new QCPColorScale(m_plot)) {
    m_plot->setMouseTracking(true);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    m_map->setColorScale(m_scale);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    // A white-to-blue scale: high retention reads dark, empty cells stay the background.
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, QColor(0xfd, 0xf1, 0xe6)},
                            {0.35, QColor(0xf4, 0xb3, 0x7e)},
                            {0.7, QColor(0x5b, 0x9b, 0xd5)},
                            {1.0, QColor(0x1f, 0x3f, 0x7a)}});
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map->setGradient(gradient);
    // Both axes show the cells' centres; cohorts read top to bottom, oldest first.
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    // Keep the colour scale's height in step with the map's.
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const auto cell = cellAt(event->position());
        const QString text = cell ? tooltipText(cell->first, cell->second) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const auto cell = cellAt(event->position());
        if (event->button() == Qt::LeftButton && cell) Q_EMIT cellClicked(cell->first, cell->second);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(420, 300);
}

void CohortHeatmap::setAxisTitles(const QString& offsetTitle, const QString& cohortTitle,
                                  const QString& scaleTitle) {
    m_plot->xAxis->setLabel(offsetTitle);
    m_plot->yAxis->setLabel(cohortTitle);
    m_scale->setLabel(scaleTitle);
}

void CohortHeatmap::setCells(const QStringList& cohortLabels, int offsetCount, const std::vector<Cell>& cells,
                             double low, double high) {
    m_labels = cohortLabels;
    m_offsets = offsetCount;
    m_tooltips.clear();
    const int rows = static_cast<int>(cohortLabels.size());
    QCPColorMapData* data = m_map->data();
    data->setSize(std::max(1, offsetCount), std::max(1, rows));
    data->setRange(QCPRange(0, std::max(0, offsetCount - 1)), QCPRange(0, std::max(0, rows - 1)));
    data->fill(std::numeric_limits<double>::quiet_NaN());
    for (const Cell& c : cells) {
        if (c.cohort < 0 || c.cohort >= rows || c.offset < 0 || c.offset >= offsetCount) continue;
        data->setCell(c.offset, c.cohort, c.value ? *c.value : std::numeric_limits<double>::quiet_NaN());
        m_tooltips[{c.cohort, c.offset}] = c.tooltip;
    }
    m_map->setDataRange(QCPRange(low, high));

    auto xTicks = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis->ticker());
    xTicks->clear();
    for (int k = 0; k < offsetCount; k += tickStep(offsetCount))
        xTicks->addTick(k, QString::number(k));
    auto yTicks = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    yTicks->clear();
    for (int r = 0; r < rows; r += tickStep(rows))
        yTicks->addTick(r, cohortLabels[r]);
    m_plot->xAxis->setRange(-0.5, std::max(0, offsetCount - 1) + 0.5);
    m_plot->yAxis->setRange(-0.5, std::max(0, rows - 1) + 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::optional<double> CohortHeatmap::value(int cohort, int offset) const {
    if (cohort < 0 || cohort >= cohortCount() || offset < 0 || offset >= m_offsets) return std::nullopt;
    const double v = m_map->data()->cell(offset, cohort);
    if (std::isnan(v)) return std::nullopt;
    return v;
}

QString CohortHeatmap::tooltipText(int cohort, int offset) const {
    const auto it = m_tooltips.find({cohort, offset});
    return it == m_tooltips.end() ? QString() : it->second;
}

bool CohortHeatmap::saveImage(const QString& path) {
    m_plot->replot();
    return grab().save(path, "PNG");
}

std::optional<std::pair<int, int>> CohortHeatmap::cellAt(QPointF pos) const {
    if (!m_plot->axisRect()->rect().contains(pos.toPoint())) return std::nullopt;
    const int offset = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(pos.x())));
    const int cohort = static_cast<int>(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    if (!m_tooltips.count({cohort, offset})) return std::nullopt;
    return std::pair{cohort, offset};
}

} // namespace tenure::ui
