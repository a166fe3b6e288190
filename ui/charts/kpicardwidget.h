#pragma once

#include "reports/dashboard.h"

#include <QFrame>

class QLabel;

namespace tenure::ui {

class Sparkline;

// One dashboard card: the KPI's name, its latest value, the change against the previous period
// (green when it moved the good way) and a sparkline of the series. Clicking it (or Enter when
// it has focus) emits activated() so the window can open the view behind it.
class KpiCardWidget final : public QFrame {
    Q_OBJECT
public:
    explicit KpiCardWidget(QWidget* parent = nullptr);

    void setCard(const reports::KpiCard& card, PeriodUnit unit);
    // The card's place while its figures are computed.
    void setPending(const QString& kpi);
    bool isPending() const { return m_pending; }
    const reports::KpiCard& card() const { return m_card; }
    QString valueText() const;
    QString changeText() const;

    // The card's title as people read it, and whether a rise is good news.
    static QString title(const QString& kpi);
    static bool higherIsBetter(const QString& kpi);

Q_SIGNALS:
    void activated(const QString& kpi);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    reports::KpiCard m_card;
    bool m_pending = false;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    Sparkline* m_sparkline;
};

} // namespace tenure::ui
