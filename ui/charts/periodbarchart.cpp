#include "periodbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

// Past this many periods the labels turn upright so that none overlaps its neighbour.
constexpr int uprightLabelsFrom = 13;

QString localeNumber(double v) {
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

} // namespace

PeriodBarChart::PeriodBarChart(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_barFormat(localeNumber)
    , m_lineFormat(localeNumber) {
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setAnimationOptions(QChart::NoAnimation);
    setMinimumHeight(220);
}

void PeriodBarChart::setChartTitle(const QString& title) {
    chart()->setTitle(title);
}

void PeriodBarChart::setAxisTitles(const QString& periods, const QString& bars, const QString& lines) {
    m_periodTitle = periods;
    m_barTitle = bars;
    m_lineTitle = lines;
}

void PeriodBarChart::setLineRange(double min, double max) {
    m_lineRange = std::pair{min, max};
}

void PeriodBarChart::setValueFormatter(std::function<QString(double)> bars,
                                       std::function<QString(double)> lines) {
    if (bars) m_barFormat = std::move(bars);
    if (lines) m_lineFormat = std::move(lines);
}

void PeriodBarChart::setData(const QStringList& periodLabels, const std::vector<Bars>& bars,
                             const std::vector<Line>& lines) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_bars = nullptr;
    m_points.clear();
    m_labels = periodLabels;

    auto* periods = new QBarCategoryAxis;
    periods->append(periodLabels);
    periods->setTitleText(m_periodTitle);
    periods->setLabelsAngle(periodLabels.size() >= uprightLabelsFrom ? -90 : 0);
    c->addAxis(periods, Qt::AlignBottom);

    QValueAxis* barAxis = nullptr;
    if (!bars.empty()) {
        m_bars = m_mode == Mode::Stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                         : new QBarSeries;
        double top = 0;
        std::vector<double> stack(static_cast<size_t>(periodLabels.size()), 0.0);
        for (const Bars& b : bars) {
            auto* set = new QBarSet(b.name);
            if (b.color.isValid()) {
                set->setColor(b.color);
                set->setBorderColor(b.color);
            }
            for (size_t i = 0; i < stack.size(); ++i) {
                const double v = i < b.values.size() ? b.values[i] : 0.0;
                set->append(v);
                stack[i] = m_mode == Mode::Stacked ? stack[i] + v : std::max(stack[i], v);
            }
            m_bars->append(set);
        }
        for (const double v : stack)
            top = std::max(top, v);
        c->addSeries(m_bars);
        barAxis = new QValueAxis;
        barAxis->setTitleText(m_barTitle);
        // Some headroom, so that the tallest bar does not touch the frame.
        barAxis->setRange(0, top > 0 ? top * 1.1 : 1);
        barAxis->applyNiceNumbers();
        barAxis->setLabelFormat(QStringLiteral("%.0f"));
        c->addAxis(barAxis, Qt::AlignLeft);
        m_bars->attachAxis(periods);
        m_bars->attachAxis(barAxis);
        connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet* set) {
            if (on)
                showTip(set->label(), index, set->at(index), false);
            else
                QToolTip::hideText();
        });
        connect(m_bars, &QAbstractBarSeries::clicked, this,
                [this](int index, QBarSet*) { Q_EMIT periodClicked(index); });
    }

    if (lines.empty()) return;
    auto* lineAxis = new QValueAxis;
    lineAxis->setTitleText(m_lineTitle);
    double lo = 0, hi = 0;
    bool any = false;
    for (const Line& l : lines) {
        for (const auto& v : l.values) {
            if (!v) continue;
            lo = any ? std::min(lo, *v) : *v;
            hi = any ? std::max(hi, *v) : *v;
            any = true;
        }
    }
    if (m_lineRange) {
        lineAxis->setRange(m_lineRange->first, m_lineRange->second);
    } else {
        lineAxis->setRange(std::min(0.0, lo), any && hi > 0 ? hi : 1);
        lineAxis->applyNiceNumbers();
    }
    lineAxis->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(lineAxis, barAxis ? Qt::AlignRight : Qt::AlignLeft);

    for (const Line& l : lines) {
        // A run of defined values is one polyline; the points mark every value (and show the
        // lone ones between gaps), and carry the legend entry.
        auto* points = new QScatterSeries;
        points->setName(l.name);
        points->setMarkerSize(7);
        std::vector<QLineSeries*> runs;
        QLineSeries* run = nullptr;
        for (size_t i = 0; i < l.values.size(); ++i) {
            if (!l.values[i]) {
                run = nullptr;
                continue;
            }
            if (!run) runs.push_back(run = new QLineSeries);
            run->append(static_cast<double>(i), *l.values[i]);
            points->append(static_cast<double>(i), *l.values[i]);
        }
        for (QLineSeries* r : runs) {
            c->addSeries(r);
            r->attachAxis(periods);
            r->attachAxis(lineAxis);
            QPen pen = r->pen();
            pen.setWidth(2);
            if (l.color.isValid()) pen.setColor(l.color);
            r->setPen(pen);
            for (QLegendMarker* marker : c->legend()->markers(r))
                marker->setVisible(false);
        }
        c->addSeries(points);
        points->attachAxis(periods);
        points->attachAxis(lineAxis);
        const QColor color = l.color.isValid() ? l.color : runs.empty() ? points->color() : runs[0]->color();
        points->setColor(color);
        points->setBorderColor(color);
        for (QLineSeries* r : runs) {
            QPen pen = r->pen();
            pen.setColor(color);
            r->setPen(pen);
        }
        const QString name = l.name;
        connect(points, &QXYSeries::hovered, this, [this, name](const QPointF& p, bool on) {
            if (on)
                showTip(name, static_cast<int>(std::lround(p.x())), p.y(), true);
            else
                QToolTip::hideText();
        });
        connect(points, &QXYSeries::clicked, this,
                [this](const QPointF& p) { Q_EMIT periodClicked(static_cast<int>(std::lround(p.x()))); });
        m_points.push_back(points);
    }
}

void PeriodBarChart::showTip(const QString& series, int index, double value, bool isLine) {
    if (index < 0 || index >= m_labels.size()) return;
    const QString text =
        tr("%1, %2: %3").arg(series, m_labels.at(index), isLine ? m_lineFormat(value) : m_barFormat(value));
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace tenure::ui
