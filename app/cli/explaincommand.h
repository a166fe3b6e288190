#pragma once

#include "context.h"
#include "reporttable.h"

#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>

namespace tenure::cli {

// `report revenue|loyalty|onboarding --explain PERIOD --kpi NAME`: the rows behind one figure of
// the period's row other than the one --explain explains by default. NAME is the report's JSON
// field (arpa, clv; points_earned, …, tiers; days_to_onboard_avg, interactions_avg, or
// milestone:NAME for one milestone's days).
struct KpiRequest {
    QString metric;
    QString kpi;
    QString label; // the --explain argument, as given
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> from, to;
    store::CustomerFilter filter;
};

// Whether `report METRIC --explain` takes --kpi: support (supportexplain.h), and revenue,
// loyalty and onboarding (here).
bool explainsKpis(const QString& metric);

// Whether `kpi` is one of the figures the metric's default explanation already covers (no
// --kpi, the movements of revenue, the active members of loyalty, the cohort of onboarding):
// the report then prints that explanation, unchanged.
bool isDefaultExplanation(const QString& metric, const QString& kpi);

// Computes and fills `table` with the explanation of a non-default `kpi` for `period`; a name
// the metric does not have is a usage error that lists the names it has.
int explainKpi(Context& ctx, store::Store& store, const KpiRequest& r, const Period& period,
               ReportTable& table);

} // namespace tenure::cli
