#pragma once

#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>
#include <QStringList>

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

// The cards come in groups that each read their own inputs, so that the desktop can compute
// them side by side and show each group as soon as it is ready: at a million customers the
// churn cards take half a second, the onboarding ones several.
enum class KpiGroup { Customers, Support, Feedback, Revenue, Loyalty, Onboarding, Health };
const std::vector<KpiGroup>& kpiGroups(); // in the order the cards are shown
// The KPIs a group's cards show, in order (the same as its cards'), so that a view can lay the
// cards out before they are computed.
QStringList kpisOf(KpiGroup group);

// Which periods every card covers: the series ends with the latest complete period before the
// last day with data (or the given day). Empty periods: no data at all.
struct DashboardFrame {
    int64_t asOf = 0;
    int64_t latestTicket = 0; // the instant the 24-hour rate is judged against
    std::vector<Period> periods;
};
Expected<DashboardFrame> dashboardFrame(store::Store& store, const DashboardOptions& options);

Expected<std::vector<KpiCard>> computeKpiGroup(store::Store& store, const DashboardOptions& options,
                                               const DashboardFrame& frame, KpiGroup group);

// Every group, in order: `tenure-cli report dashboard` and the tests.
Expected<std::vector<KpiCard>> computeDashboard(store::Store& store, const DashboardOptions& options);

} // namespace tenure::reports
