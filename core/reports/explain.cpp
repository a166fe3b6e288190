#include "explain.h"

#include "churnreport.h"
#include "metrics/cohorts.h"

#include <unordered_map>

namespace tenure::reports {

QString roleName(metrics::Role role) {
    switch (role) {
    case metrics::Role::Numerator:
        return QStringLiteral("numerator");
    case metrics::Role::Denominator:
        return QStringLiteral("denominator");
    case metrics::Role::Excluded:
        break;
    }
    return QStringLiteral("excluded");
}

Expected<std::vector<ExplainRow>> withCustomerKeys(store::Store& store,
                                                   const std::vector<metrics::ExplainedCustomer>& explained) {
    std::vector<int64_t> ids;
    ids.reserve(explained.size());
    for (const metrics::ExplainedCustomer& e : explained)
        ids.push_back(e.customer);
    auto keys = store::loadCustomerKeys(store, ids);
    if (!keys) return Expected<std::vector<ExplainRow>>::failure(keys.error());
    std::vector<ExplainRow> rows;
    rows.reserve(explained.size());
    for (size_t i = 0; i < explained.size(); ++i)
        rows.push_back({std::move(keys.value()[i]), explained[i].role, explained[i].reason});
    return rows;
}

Expected<std::vector<ExplainRow>> explainChurnCell(store::Store& store, const store::CustomerFilter& filter,
                                                   const Period& period) {
    const auto lifetimes = store::loadLifetimes(store, filter);
    if (!lifetimes) return Expected<std::vector<ExplainRow>>::failure(lifetimes.error());
    return withCustomerKeys(store, metrics::explainChurn(lifetimes.value(), period));
}

Expected<std::vector<ExplainRow>> explainCohortCell(store::Store& store, const store::CustomerFilter& filter,
                                                    PeriodUnit unit, const Period& cohort, int offset) {
    using Result = Expected<std::vector<ExplainRow>>;
    auto members = store::loadCohortMembers(store, store::CohortBasis::Signup, filter);
    if (!members) return Result::failure(members.error());
    if (Status s = withServiceSpans(store, filter, members.value()); !s) return Result::failure(s.error());
    const auto surveys = store::loadExitSurveys(store, filter);
    if (!surveys) return Result::failure(surveys.error());
    std::vector<metrics::ExplainedCustomer> explained =
        metrics::explainCohortCell(members.value(), cohort, offset, unit);
    // Each customer's latest exit survey that names a reason says why they left.
    std::unordered_map<int64_t, const store::ExitSurvey*> latest;
    for (const store::ExitSurvey& s : surveys.value()) {
        if (s.category.isEmpty()) continue;
        const store::ExitSurvey*& kept = latest[s.customer];
        if (!kept || kept->day <= s.day) kept = &s;
    }
    for (metrics::ExplainedCustomer& e : explained) {
        if (e.role != metrics::Role::Denominator) continue;
        const auto it = latest.find(e.customer);
        e.reason += it == latest.end() ? QStringLiteral("; no exit survey")
                                       : QStringLiteral("; exit survey: ") + it->second->category;
    }
    return withCustomerKeys(store, explained);
}

Expected<std::vector<ExplainRow>> explainCohortCell(store::Store& store, const store::CustomerFilter& filter,
                                                    PeriodUnit unit, const Period& cohort, int offset,
                                                    store::CohortBasis basis, bool byOrders, bool byEvents) {
    using Result = Expected<std::vector<ExplainRow>>;
    if (!byOrders && !byEvents && basis == store::CohortBasis::Signup)
        return explainCohortCell(store, filter, unit, cohort, offset);
    auto members = store::loadCohortMembers(store, basis, filter);
    if (!members) return Result::failure(members.error());
    if (!byOrders && !byEvents) { // subscription activity on a first-order basis
        if (Status s = withServiceSpans(store, filter, members.value()); !s)
            return Result::failure(s.error());
        return withCustomerKeys(store, metrics::explainCohortCell(members.value(), cohort, offset, unit));
    }
    const auto activities = store::loadActivities(
        store, byOrders ? store::ActivitySource::Orders : store::ActivitySource::Events, filter);
    if (!activities) return Result::failure(activities.error());
    return withCustomerKeys(
        store, metrics::explainActivityCohortCell(members.value(), activities.value(), cohort, offset, unit));
}

} // namespace tenure::reports
