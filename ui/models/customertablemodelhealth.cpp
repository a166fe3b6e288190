// CustomerTableModel's health columns (score, band, stage, churn risk): they arrive from the
// window's health pass after the list, and are empty cells until then.
#include "customertablemodel.h"
#include "format.h"

#include <QLocale>

#include <cmath>
#include <initializer_list>

namespace tenure::ui {

namespace {

const QString& none() {
    static const QString dash = QStringLiteral("—");
    return dash;
}

bool fits(size_t size, size_t rows, bool mayBeEmpty) {
    return size == rows || (mayBeEmpty && size == 0);
}

} // namespace

void CustomerTableModel::setHealth(HealthColumns health) {
    const size_t rows = m_customers.size();
    if (!fits(health.scores.size(), rows, false) || !fits(health.bands.size(), rows, false) ||
        !fits(health.stages.size(), rows, false) || !fits(health.churnRisks.size(), rows, true))
        return;
    m_health = std::move(health);
    for (const int column : {HealthScore, HealthBand, Stage, ChurnRisk})
        m_sorted[static_cast<size_t>(column)].reset();
    if (m_filters.band || m_filters.stage) {
        resetVisible();
        return;
    }
    // Sorted by a health column, the rows were all tied: sort again (keeps the selection).
    if (m_sortColumn >= HealthScore) sort(m_sortColumn, m_sortOrder);
    if (!m_visible.empty()) Q_EMIT dataChanged(index(0, HealthScore), index(rowCount() - 1, ChurnRisk));
}

QVariant CustomerTableModel::healthDisplay(int column, size_t row) const {
    if (!hasHealth()) return {};
    const HealthColumns& h = m_health;
    switch (column) {
    case HealthScore:
        return std::isnan(h.scores[row]) ? none() : QLocale().toString(h.scores[row], 'f', 0);
    case HealthBand:
        switch (h.bands[row]) {
        case 1:
            return tr("Healthy");
        case 2:
            return tr("Neutral");
        case 3:
            return tr("At risk");
        default:
            return none();
        }
    case Stage:
        switch (h.stages[row]) {
        case 1:
            return tr("Onboarding");
        case 2:
            return tr("Adoption");
        case 3:
            return tr("Expansion candidate");
        case 4:
            return tr("Renewal");
        case 5:
            return tr("Churned");
        default:
            return none();
        }
    case ChurnRisk:
        if (h.churnRisks.empty()) return {}; // the risk model did not run
        return std::isnan(h.churnRisks[row]) ? none() : formatPercent(100.0 * h.churnRisks[row], 0);
    default:
        return {};
    }
}

QVariant CustomerTableModel::healthSortValue(int column, size_t row) const {
    if (!hasHealth()) return {};
    const HealthColumns& h = m_health;
    switch (column) {
    case HealthScore:
        return std::isnan(h.scores[row]) ? QVariant() : QVariant(static_cast<double>(h.scores[row]));
    case HealthBand:
        return h.bands[row] == 0 ? QVariant() : QVariant(static_cast<int>(h.bands[row]));
    case Stage:
        return h.stages[row] == 0 ? QVariant() : QVariant(static_cast<int>(h.stages[row]));
    case ChurnRisk:
        if (h.churnRisks.empty() || std::isnan(h.churnRisks[row])) return {};
        return static_cast<double>(h.churnRisks[row]);
    default:
        return {};
    }
}

} // namespace tenure::ui
