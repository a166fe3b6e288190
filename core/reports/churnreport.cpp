#include "churnreport.h"

#include "segments.h"

#include "metrics/cohortgrid.h"
#include "store/activityinputs.h"

#include "metrics/ratios.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tenure::reports {

namespace {

// The first and last day seen, ignoring unknown days.
struct Range {
    int64_t first = 0;
    int64_t last = 0;
    bool empty = true;
    void add(int64_t day) {
        if (day == metrics::noDay) return;
        first = empty ? day : std::min(first, day);
        last = empty ? day : std::max(last, day);
        empty = false;
    }
};

std::vector<Period> periodsFor(const ChurnReportOptions& o, const Range& data) {
    if (data.empty && (!o.from || !o.to)) return {};
    return periodsCovering(o.from.value_or(data.first), o.to.value_or(data.last), o.unit);
}

// Months in one period of `unit`, to restate a quarterly rate per period.
double monthsIn(PeriodUnit unit) {
    switch (unit) {
    case PeriodUnit::Day:
        return 12.0 / 365.25;
    case PeriodUnit::Week:
        return 12.0 * 7.0 / 365.25;
    case PeriodUnit::Month:
        return 1.0;
    case PeriodUnit::Quarter:
        break;
    case PeriodUnit::Year:
        return 12.0;
    }
    return 3.0;
}

} // namespace

ChurnWindow churnWindow(const std::vector<metrics::Lifetime>& lifetimes, const ChurnReportOptions& options) {
    Range data;
    for (const metrics::Lifetime& l : lifetimes) {
        data.add(l.signup);
        data.add(l.churn);
    }
    return {periodsFor(options, data), options.to.value_or(data.empty ? metrics::noDay : data.last)};
}

namespace {

// What the revenue figures read: the subscriptions, the report's periods and as-of day, and
// customer churn per calendar month up to the as-of day (CLV's denominator).
struct RevenueInputs {
    std::vector<metrics::Subscription> subscriptions;
    std::vector<Period> periods;
    int64_t asOf = metrics::noDay;
    std::vector<metrics::ChurnRow> monthlyChurn;
};

Expected<RevenueInputs> loadRevenueInputs(store::Store& store, const ChurnReportOptions& options) {
    using Result = Expected<RevenueInputs>;
    auto subscriptions = store::loadSubscriptions(store, options.filter);
    if (!subscriptions) return Result::failure(subscriptions.error());
    const auto lifetimes = store::loadLifetimes(store, options.filter);
    if (!lifetimes) return Result::failure(lifetimes.error());
    RevenueInputs in;
    in.subscriptions = std::move(subscriptions.value());
    Range data;
    for (const metrics::Subscription& s : in.subscriptions) {
        data.add(s.start);
        data.add(s.end);
    }
    in.periods = periodsFor(options, data);
    in.asOf = options.to.value_or(data.last);
    if (!data.empty)
        in.monthlyChurn = metrics::churnByPeriod(
            lifetimes.value(), periodsCovering(data.first, in.asOf, PeriodUnit::Month), in.asOf);
    return in;
}

} // namespace

Expected<std::vector<metrics::RevenueRow>> computeRevenueRows(store::Store& store,
                                                              const ChurnReportOptions& options) {
    const auto in = loadRevenueInputs(store, options);
    if (!in) return Expected<std::vector<metrics::RevenueRow>>::failure(in.error());
    return metrics::revenueByPeriod(in->subscriptions, in->periods, in->asOf, grossMarginFromSettings(store),
                                    metrics::clvChurnRates(in->monthlyChurn));
}

Expected<std::vector<ExplainRow>> explainRevenueCell(store::Store& store, const store::CustomerFilter& filter,
                                                     const Period& period) {
    const auto subscriptions = store::loadSubscriptions(store, filter);
    if (!subscriptions) return Expected<std::vector<ExplainRow>>::failure(subscriptions.error());
    return withCustomerKeys(store, metrics::explainRevenue(subscriptions.value(), period));
}

Expected<std::vector<ExplainRow>> explainArpaCell(store::Store& store, const store::CustomerFilter& filter,
                                                  const Period& period) {
    const auto subscriptions = store::loadSubscriptions(store, filter);
    if (!subscriptions) return Expected<std::vector<ExplainRow>>::failure(subscriptions.error());
    return withCustomerKeys(store, metrics::explainArpa(subscriptions.value(), period));
}

Expected<std::vector<metrics::ExplainedTerm>>
explainClvCell(store::Store& store, const ChurnReportOptions& options, const Period& period) {
    using Result = Expected<std::vector<metrics::ExplainedTerm>>;
    const auto in = loadRevenueInputs(store, options);
    if (!in) return Result::failure(in.error());
    const double margin = grossMarginFromSettings(store);
    const auto rates = metrics::clvChurnRates(in->monthlyChurn);
    // The report's own row when the period is one of its periods (the same sums in the same
    // order, so the same ARPA to the last digit), else the period on its own.
    const auto same = [&period](const Period& p) { return p.start == period.start && p.end == period.end; };
    const std::vector<Period> periods =
        std::any_of(in->periods.begin(), in->periods.end(), same) ? in->periods : std::vector<Period>{period};
    const auto rows = metrics::revenueByPeriod(in->subscriptions, periods, in->asOf, margin, rates);
    const auto row = std::find_if(rows.begin(), rows.end(),
                                  [&same](const metrics::RevenueRow& r) { return same(r.period); });
    return metrics::explainClv(*row, margin, in->monthlyChurn);
}

Status withServiceSpans(store::Store& store, const store::CustomerFilter& filter,
                        std::vector<metrics::CohortMember>& members) {
    const auto lifetimes = store::loadLifetimes(store, filter);
    if (!lifetimes) return Status::failure(lifetimes.error());
    metrics::applyServiceSpans(members, lifetimes.value());
    return {};
}

Expected<CohortReport> computeCohorts(store::Store& store, const ChurnReportOptions& options,
                                      const CohortOptions& cohorts) {
    using Result = Expected<CohortReport>;
    auto members = store::loadCohortMembers(store, cohorts.basis, options.filter);
    if (!members) return Result::failure(members.error());
    if (cohorts.activity == CohortSource::Subscription) // the same spans of service as churn
        if (Status s = withServiceSpans(store, options.filter, members.value()); !s)
            return Result::failure(s.error());
    // The activities go straight into the grid, never into a vector (see activityinputs.h).
    metrics::CohortGrid grid(members.value(), options.unit, options.to.value_or(metrics::noDay));
    // Revenue comes from orders whatever the activity; events carry none.
    if (cohorts.activity != CohortSource::Subscription || cohorts.revenue) {
        const auto source = cohorts.activity == CohortSource::Events ? store::ActivitySource::Events
                                                                     : store::ActivitySource::Orders;
        if (Status s = store::loadActivitiesInto(store, source, grid, options.filter); !s)
            return Result::failure(s.error());
    }
    Range data;
    for (const metrics::CohortMember& m : members.value()) {
        data.add(m.first);
        data.add(m.churn);
    }
    data.add(grid.firstActivityDay());
    data.add(grid.lastActivityDay());
    CohortReport report;
    report.noData = data.empty;
    if (data.empty && !options.to) return report;
    const auto kind = cohorts.activity == CohortSource::Subscription ? metrics::CohortActivity::Subscription
                                                                     : metrics::CohortActivity::Activity;
    const int64_t from = options.from.value_or(metrics::noDay);
    for (metrics::CohortCell& c : grid.cells(members.value(), kind, options.to.value_or(data.last))) {
        if (from != metrics::noDay && c.cohort.end <= from) continue;
        report.cells.push_back(std::move(c));
    }
    return report;
}

std::vector<ReferenceLine> churnReferenceLines(PeriodUnit unit) {
    std::vector<ReferenceLine> lines{{ChurnBenchmark::PhysicalGoods, 10.6, 0},
                                     {ChurnBenchmark::Digital, 8.2, 0}};
    // Compounded, not divided: a customer retained per period is retained over a quarter
    // with probability (1 − p)^(periods per quarter).
    const double periodsPerQuarter = 3.0 / monthsIn(unit);
    for (ReferenceLine& line : lines)
        line.pct = unit == PeriodUnit::Quarter
                       ? line.quarterlyPct
                       : 100.0 * (1.0 - std::pow(1.0 - line.quarterlyPct / 100.0, 1.0 / periodsPerQuarter));
    return lines;
}

std::vector<ChurnReasonCount> countChurnReasons(const std::vector<store::ExitSurvey>& surveys,
                                                std::optional<Period> window) {
    std::map<QString, int64_t> counts;
    int64_t total = 0;
    for (const store::ExitSurvey& s : surveys) {
        if (window && !window->contains(s.day)) continue;
        ++counts[s.category];
        ++total;
    }
    std::vector<ChurnReasonCount> out;
    for (const auto& [reason, n] : counts)
        out.push_back({reason, n, metrics::percent(static_cast<double>(n), static_cast<double>(total))});
    // Most frequent first; a tie by name, so the order never depends on the map's.
    std::stable_sort(out.begin(), out.end(), [](const ChurnReasonCount& a, const ChurnReasonCount& b) {
        return a.surveys > b.surveys;
    });
    return out;
}

Expected<ChurnReport> computeChurnReport(store::Store& store, const ChurnReportOptions& options,
                                         const CohortOptions& cohortOptions) {
    using Result = Expected<ChurnReport>;
    ChurnReport report;
    report.unit = options.unit;
    const auto lifetimes = store::loadLifetimes(store, options.filter);
    if (!lifetimes) return Result::failure(lifetimes.error());
    const ChurnWindow window = churnWindow(lifetimes.value(), options);
    report.asOfDay = window.asOfDay;
    report.churn = metrics::churnByPeriod(lifetimes.value(), window.periods, window.asOfDay);
    report.referenceLines = churnReferenceLines(options.unit);
    const auto undated = store::countUndatedChurn(store, options.filter);
    if (!undated) return Result::failure(undated.error());
    report.undatedChurned = undated.value();
    if (report.undatedChurned > 0) {
        for (const QString& by : {QString(), QStringLiteral("segment")}) {
            const auto customers = store::loadSnapshot(store, by, options.filter);
            if (!customers) return Result::failure(customers.error());
            for (metrics::SnapshotRow& row : metrics::snapshotChurn(customers.value(), !by.isEmpty()))
                report.snapshot.push_back(std::move(row));
        }
    }

    auto revenue = computeRevenueRows(store, options);
    if (!revenue) return Result::failure(revenue.error());
    report.revenue = std::move(revenue.value());

    const auto surveys = store::loadExitSurveys(store, options.filter);
    if (!surveys) return Result::failure(surveys.error());
    std::optional<Period> covered;
    if (!window.periods.empty()) covered = Period{window.periods.front().start, window.periods.back().end};
    report.reasons = countChurnReasons(surveys.value(), covered);
    for (const ChurnReasonCount& r : report.reasons)
        report.surveys += r.surveys;

    auto cohorts = computeCohorts(store, options, cohortOptions);
    if (!cohorts) return Result::failure(cohorts.error());
    report.cohorts = std::move(cohorts->cells);
    report.cohortRevenue = std::any_of(report.cohorts.begin(), report.cohorts.end(),
                                       [](const metrics::CohortCell& c) { return c.revenue != 0; });
    return report;
}

} // namespace tenure::reports
