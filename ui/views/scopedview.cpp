#include "scopedview.h"

#include "dialogs/explaindialog.h"
#include "explainlauncher.h"

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

ExplainDialog* ScopedView::lastExplanation() const {
    return m_explanation;
}

void ScopedView::explain(const QString& title, const QString& summary, ExplainRows rows) {
    // Dropped when the view computes again meanwhile, or when a later click asked for other rows.
    const int generation = m_generation;
    const int serial = ++m_explainSerial;
    ExplainRequest request;
    request.title = title;
    request.summary = summary;
    request.rows = std::move(rows);
    request.stillCurrent = [this, generation, serial] {
        return generation == m_generation && serial == m_explainSerial;
    };
    request.failed = [this](const QString& problem) { showProblem(problem); };
    request.opened = [this](ExplainDialog* dialog) {
        m_explanation = dialog;
        Q_EMIT explanationShown(dialog);
    };
    launchExplanation(this, std::move(request));
}

void ScopedView::finishOne() {
    if (--m_running == 0) Q_EMIT refreshed();
}

} // namespace tenure::ui
