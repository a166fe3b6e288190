#pragma once

#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::reports {

// One KPI card of the dashboard (product.md): the value of the latest complete period, the
// previous period's, the change between them, and the series of the last periods.
struct KpiCard {
    QString kpi;
    QString unit; // "count", "pct", "currency", "seconds", "score"
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> change;
    std::vector<std::pair<Period, std::optional<double>>> series;
};

struct DashboardOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> asOfDay; // default: the last day with data
    int seriesLength = 12;
    store::CustomerFilter filter;
};

// Loads what the cards need from the store and computes them with the metric functions; the
// GUI's dashboard and `tenure-cli report dashboard` both call this.
Expected<std::vector<KpiCard>> computeDashboard(store::Store& store, const DashboardOptions& options);

} // namespace tenure::reports
