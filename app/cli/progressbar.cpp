#include "progressbar.h"

#include "context.h"

#include <algorithm>

namespace tenure::cli {

ProgressBar::ProgressBar(QTextStream& err, QString label)
    : m_err(err)
    , m_label(std::move(label))
    , m_enabled(stderrIsTerminal()) {
    m_sinceDraw.start();
}

ProgressBar::~ProgressBar() {
    finish();
}

void ProgressBar::update(double fraction, const QString& label) {
    if (!m_enabled || (m_drawn && m_sinceDraw.elapsed() < 100)) return;
    if (!label.isEmpty()) m_label = label;
    m_sinceDraw.restart();
    m_drawn = true;
    constexpr int width = 30;
    const double f = std::clamp(fraction, 0.0, 1.0);
    const int filled = static_cast<int>(f * width);
    m_err << "\r" << m_label.leftJustified(24, u' ', true) << " [" << QString(filled, u'#')
          << QString(width - filled, u' ') << "] " << QString::number(f * 100.0, 'f', 0).rightJustified(3)
          << "%" << Qt::flush;
}

void ProgressBar::finish() {
    if (m_enabled && m_drawn) {
        m_err << "\r" << QString(64, u' ') << "\r" << Qt::flush;
        m_drawn = false;
    }
}

} // namespace tenure::cli
