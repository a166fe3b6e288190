#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tenure::ui {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<std::optional<double>> values) {
    m_values = std::move(values);
    update();
}

void Sparkline::paintEvent(QPaintEvent*) {
    double low = 0, high = 0;
    bool any = false;
    for (const auto& v : m_values) {
        if (!v) continue;
        low = any ? std::min(low, *v) : *v;
        high = any ? std::max(high, *v) : *v;
        any = true;
    }
    if (!any || m_values.size() < 2) return;
    if (high == low) { // a flat line sits in the middle
        high += 1;
        low -= 1;
    }
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const double step = area.width() / static_cast<double>(m_values.size() - 1);
    auto pointAt = [&](size_t i) {
        const double y = area.bottom() - (*m_values[i] - low) / (high - low) * area.height();
        return QPointF(area.left() + step * static_cast<double>(i), y);
    };

    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    bool drawing = false;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (!m_values[i]) {
            drawing = false;
            continue;
        }
        if (drawing)
            path.lineTo(pointAt(i));
        else
            path.moveTo(pointAt(i));
        drawing = true;
    }
    const QColor line = palette().color(QPalette::Highlight);
    p.setPen(QPen(line, 1.6));
    p.drawPath(path);
    for (size_t i = m_values.size(); i-- > 0;) {
        if (!m_values[i]) continue;
        p.setBrush(line);
        p.setPen(Qt::NoPen);
        p.drawEllipse(pointAt(i), 2.6, 2.6);
        break;
    }
}

} // namespace tenure::ui
