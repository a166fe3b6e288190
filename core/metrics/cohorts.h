#pragma once

#include "churn.h"
#include "lifetime.h"

#include "model/period.h"

#include <optional>
#include <utility>
#include <vector>

namespace tenure::metrics {

// Cohort retention (metrics.md): a cohort is the customers whose first event (signup, or first
// order for transactional data) falls in one calendar period; offset 0 is that period.
struct CohortMember {
    int64_t customer = 0;
    int64_t first = noDay; // the day that puts the customer in a cohort
    int64_t churn = noDay; // for subscription retention: the first day without service
    // Subscription retention: stretches [from, to) between `first` and `churn` without service
    // (a customer who left and came back); empty for almost everyone.
    std::vector<std::pair<int64_t, int64_t>> gaps;
};

// Whether the member is a customer on `day` (on or after its first day): before its churn day
// and in none of its gaps.
bool servedOn(const CohortMember& member, int64_t day);

// Subscription retention follows the same spans of service as churn (the store's lifetimes:
// subscription rows, else signup and churn dates): each member with lifetimes gets the end of
// its last span as churn day and the stretches between spans (and before its first span, when
// that starts after the member's first day) as gaps. Members without any lifetime (flagged
// churned on an unknown day) are removed, as churn leaves them out.
void applyServiceSpans(std::vector<CohortMember>& members, const std::vector<Lifetime>& lifetimes);

// An order or a usage event; amount is the order's value (0 for events).
struct Activity {
    int64_t customer = 0;
    int64_t day = 0;
    double amount = 0;
};

enum class CohortActivity {
    Subscription, // still a customer on the last day of period k
    Activity,     // at least one activity in period k
};

struct CohortCell {
    Period cohort;
    int64_t size = 0;
    int offset = 0;
    int64_t active = 0;
    std::optional<double> retentionPct;
    double revenue = 0;                        // of the activities in the cell
    std::optional<double> revenueRetentionPct; // revenue at k / revenue at 0
    bool partial = false;                      // period k runs past asOfDay
};

// Cells for every cohort with members in [firstDay, lastDay] and every offset up to the
// period holding asOfDay; cells after asOfDay are not produced (future cells stay empty).
// One pass over the activities into a CohortGrid (cohortgrid.h), which also takes activities
// one at a time from a loader that never holds them all.
std::vector<CohortCell> cohortRetention(const std::vector<CohortMember>& members,
                                        const std::vector<Activity>& activities, CohortActivity kind,
                                        PeriodUnit unit, int64_t asOfDay);

// The rows behind one cell of subscription retention: the members of `cohort` (a period of
// `unit`; a customer counts in the first cohort it is listed in, as in cohortRetention) still
// a customer on the last day of offset `offset` are the numerator; the others are in the
// denominator only, with the day they left. Sorted by customer.
std::vector<ExplainedCustomer> explainCohortCell(const std::vector<CohortMember>& members,
                                                 const Period& cohort, int offset, PeriodUnit unit);

// The rows behind one cell of activity retention: members of `cohort` with at least one
// activity (order or usage event) in offset `offset` are the numerator, with how many; the
// others are in the denominator only, with their last activity before that period, if any.
std::vector<ExplainedCustomer> explainActivityCohortCell(const std::vector<CohortMember>& members,
                                                         const std::vector<Activity>& activities,
                                                         const Period& cohort, int offset, PeriodUnit unit);

} // namespace tenure::metrics
