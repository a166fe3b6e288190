#include "kpicardwidget.h"

#include "format.h"
#include "sparkline.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <cmath>

namespace tenure::ui {

KpiCardWidget::KpiCardWidget(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_sparkline(new Sparkline(this)) {
    setObjectName(QStringLiteral("kpiCard"));
    setStyleSheet(QStringLiteral(
        "QFrame#kpiCard { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 6px; } QFrame#kpiCard:focus { border: 2px solid palette(highlight); }"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(200);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("value"));
    m_change->setObjectName(QStringLiteral("change"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_sparkline);
}

QString KpiCardWidget::title(const QString& kpi) {
    if (kpi == u"active_customers") return tr("Active customers");
    if (kpi == u"churn_pct") return tr("Customer churn");
    if (kpi == u"retention_pct") return tr("Retention");
    if (kpi == u"mrr") return tr("MRR");
    if (kpi == u"nrr_pct") return tr("Net revenue retention");
    if (kpi == u"nps") return tr("NPS");
    if (kpi == u"frt_median_s") return tr("Median first response");
    if (kpi == u"resp24_pct") return tr("Answered within 24 h");
    if (kpi == u"onboarding_in_progress") return tr("Onboarding in progress");
    if (kpi == u"onboarding_overdue") return tr("Onboarding overdue");
    if (kpi == u"active_loyalty_members") return tr("Active loyalty members");
    if (kpi == u"at_risk") return tr("At-risk accounts");
    return kpi;
}

bool KpiCardWidget::higherIsBetter(const QString& kpi) {
    return !(kpi == u"churn_pct" || kpi == u"frt_median_s" || kpi == u"onboarding_overdue" ||
             kpi == u"at_risk");
}

void KpiCardWidget::setPending(const QString& kpi) {
    m_pending = true;
    m_card = reports::KpiCard{kpi, QString(), std::nullopt, std::nullopt, std::nullopt, {}};
    m_title->setText(title(kpi));
    m_value->setText(QStringLiteral("…"));
    m_change->setText(tr("computing…"));
    m_change->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_sparkline->setValues({});
    setToolTip(QString());
}

void KpiCardWidget::setCard(const reports::KpiCard& card, PeriodUnit unit) {
    m_pending = false;
    m_card = card;
    m_title->setText(title(card.kpi));
    m_value->setText(valueText());
    m_change->setText(changeText());
    QString colour = QStringLiteral("palette(placeholder-text)");
    if (card.change && changeText() != tr("no change")) {
        const bool good = (*card.change > 0) == higherIsBetter(card.kpi);
        colour = good ? QStringLiteral("#1e8449") : QStringLiteral("#c0392b");
    }
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    std::vector<std::optional<double>> values;
    for (const auto& point : card.series)
        values.push_back(point.second);
    m_sparkline->setValues(std::move(values));
    const QString period = card.series.empty() ? QString() : periodLabel(card.series.back().first, unit);
    setToolTip(tr("%1 in %2. Click to open the view behind it; right-click for the rows behind the figure.")
                   .arg(title(card.kpi), period));
}

QString KpiCardWidget::valueText() const {
    return formatByUnit(m_card.unit, m_card.value);
}

QString KpiCardWidget::changeText() const {
    if (!m_card.change) return m_card.previous ? QString() : tr("no previous figure");
    // A change too small to show in the value's precision is no change to the reader.
    const double shown = m_card.unit == u"pct" ? 0.05 : m_card.unit == u"currency" ? 0.005 : 0.5;
    if (std::abs(*m_card.change) < shown) return tr("no change");
    return tr("%1 vs previous period").arg(formatChange(m_card.unit, *m_card.change));
}

void KpiCardWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT activated(m_card.kpi);
    QFrame::mouseReleaseEvent(event);
}

void KpiCardWidget::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_card.kpi);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace tenure::ui
