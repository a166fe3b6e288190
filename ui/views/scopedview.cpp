#include "scopedview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tenure::ui {

ScopedView::ScopedView(QWidget* parent)
    : QWidget(parent)
    , m_problem(new QLabel(this))
    , m_content(new QVBoxLayout) {
    auto* layout = new QVBoxLayout(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 8px; "
                                            "border-radius: 4px; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content, 1);
}

void ScopedView::setScope(const ReportScope& scope) {
    if (scope == m_scope && !m_stale && m_generation > 0) return;
    m_scope = scope;
    m_stale = true;
    if (isVisible()) refreshNow();
}

void ScopedView::invalidate() {
    m_stale = true;
    if (isVisible()) refreshNow();
}

void ScopedView::refreshNow() {
    m_stale = false;
    ++m_generation;
    m_running = 0;
    m_problem->hide();
    if (m_scope.storePath.isEmpty()) return;
    refresh();
    if (m_running == 0) Q_EMIT refreshed();
}

void ScopedView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) refreshNow();
}

void ScopedView::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ScopedView::finishOne() {
    if (--m_running == 0) Q_EMIT refreshed();
}

} // namespace tenure::ui
