#pragma once

#include "explain.h"
#include "metrics/churn.h"
#include "metrics/cohorts.h"
#include "metrics/revenue.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::reports {

// What a churn report covers: periods of `unit` from `from` (else the data's first day) to
// `to` (else its last day, which is then also the as-of day), for the customers of `filter`.
// The CLI's `report churn|retention|revenue|cohorts` and the desktop's Churn & retention view
// both go through the functions below, so the two never disagree.
struct ChurnReportOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> from;
    std::optional<int64_t> to;
    store::CustomerFilter filter;
};

// The periods and as-of day of customer churn, from the customers' signup and churn dates.
struct ChurnWindow {
    std::vector<Period> periods;
    int64_t asOfDay = metrics::noDay;
};
ChurnWindow churnWindow(const std::vector<metrics::Lifetime>& lifetimes, const ChurnReportOptions& options);

// MRR movements over the periods of the subscriptions' dates, with CLV from monthly churn and
// the gross margin setting.
Expected<std::vector<metrics::RevenueRow>> computeRevenueRows(store::Store& store,
                                                              const ChurnReportOptions& options);
// The customers behind one period's MRR movements (metrics::explainRevenue), with customer ids:
// `report revenue --explain PERIOD`.
Expected<std::vector<ExplainRow>> explainRevenueCell(store::Store& store, const store::CustomerFilter& filter,
                                                     const Period& period);
// The customers behind one period's ARPA (metrics::explainArpa): `report revenue --explain
// PERIOD --kpi arpa`.
Expected<std::vector<ExplainRow>> explainArpaCell(store::Store& store, const store::CustomerFilter& filter,
                                                  const Period& period);
// The terms behind one period's CLV (metrics::explainClv) with the monthly churn and margin
// computeRevenueRows uses for the same options: `report revenue --explain PERIOD --kpi clv`.
Expected<std::vector<metrics::ExplainedTerm>>
explainClvCell(store::Store& store, const ChurnReportOptions& options, const Period& period);

// Subscription retention's members with the spans of service churn counts (loadLifetimes):
// a customer who left and came back is not a customer at the month-ends in between.
Status withServiceSpans(store::Store& store, const store::CustomerFilter& filter,
                        std::vector<metrics::CohortMember>& members);

// Cohorts: who is counted active at offset k, and where revenue comes from.
enum class CohortSource { Subscription, Events, Orders };
struct CohortOptions {
    store::CohortBasis basis = store::CohortBasis::Signup;
    CohortSource activity = CohortSource::Subscription;
    bool revenue = false; // also load orders for revenue retention (events carry no amounts)
};
struct CohortReport {
    bool noData = true; // nothing dated in the store for these customers
    std::vector<metrics::CohortCell> cells;
};
// Cells of cohorts that end after `from` (when given), up to `to` (else the data's last day).
Expected<CohortReport> computeCohorts(store::Store& store, const ChurnReportOptions& options,
                                      const CohortOptions& cohorts);

// Published average churn a chart can be read against (metrics.md, Recurly's annual report:
// quarterly churn of subscription services).
enum class ChurnBenchmark { PhysicalGoods, Digital };
struct ReferenceLine {
    ChurnBenchmark benchmark = ChurnBenchmark::PhysicalGoods;
    double quarterlyPct = 0;
    double pct = 0; // the same churn per period of the report's unit, compounded
};
std::vector<ReferenceLine> churnReferenceLines(PeriodUnit unit);

// Exit-survey answers by reason (the survey's category), most frequent first; an empty reason
// is a survey without a category.
struct ChurnReasonCount {
    QString reason;
    int64_t surveys = 0;
    std::optional<double> sharePct; // of all surveys counted
};
std::vector<ChurnReasonCount> countChurnReasons(const std::vector<store::ExitSurvey>& surveys,
                                                std::optional<Period> window);

// Everything the Churn & retention view shows.
struct ChurnReport {
    PeriodUnit unit = PeriodUnit::Month;
    int64_t asOfDay = metrics::noDay;
    std::vector<metrics::ChurnRow> churn;
    std::vector<metrics::RevenueRow> revenue;
    std::vector<ReferenceLine> referenceLines;
    std::vector<ChurnReasonCount> reasons; // exit surveys dated inside the churn periods
    int64_t surveys = 0;
    // Signup cohorts, active = still subscribed at the end of offset k; when the store has
    // orders, each cell also carries revenue retention from them.
    std::vector<metrics::CohortCell> cohorts;
    bool cohortRevenue = false;
    // Snapshot data (a churn flag, no churn dates): how many customers are flagged churned
    // without a date (left out of the dated figures above), and snapshot churn overall then by
    // segment. Empty when every churned customer has a date.
    int64_t undatedChurned = 0;
    std::vector<metrics::SnapshotRow> snapshot;
};
// `cohorts`: the heatmap's basis and activity (by default signup cohorts, still subscribed).
Expected<ChurnReport> computeChurnReport(store::Store& store, const ChurnReportOptions& options,
                                         const CohortOptions& cohorts = {store::CohortBasis::Signup,
                                                                         CohortSource::Subscription, true});

} // namespace tenure::reports
