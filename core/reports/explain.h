#pragma once

#include "metrics/churn.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <vector>

namespace tenure::reports {

// One row behind a figure, as people read it: the customer's own id, whether the row is in the
// numerator, only in the denominator, or left out, and why. The CLI's --explain and the
// desktop's drill-down both print these.
struct ExplainRow {
    QString customer;
    metrics::Role role = metrics::Role::Excluded;
    QString reason;
    QString ticket; // the ticket's id, for rows that are tickets (support); empty otherwise
};

// "numerator", "denominator" or "excluded" (the CLI's and JSON's words).
QString roleName(metrics::Role role);

// Turns the core's explanations (row ids) into rows with customer ids.
Expected<std::vector<ExplainRow>> withCustomerKeys(store::Store& store,
                                                   const std::vector<metrics::ExplainedCustomer>& explained);

// The rows behind one period's churn and retention figures.
Expected<std::vector<ExplainRow>> explainChurnCell(store::Store& store, const store::CustomerFilter& filter,
                                                   const Period& period);

// The rows behind one cell of the signup cohorts' subscription retention (the view's
// heatmap): members still a customer at the end of offset `offset` are the numerator, the
// others the denominator only, each leaver with the reason of their latest exit survey.
Expected<std::vector<ExplainRow>> explainCohortCell(store::Store& store, const store::CustomerFilter& filter,
                                                    PeriodUnit unit, const Period& cohort, int offset);
// The same for any cohort basis and activity (churnreport.h's CohortOptions): subscription
// cohorts as above, activity cohorts by who was active in offset `offset`.
Expected<std::vector<ExplainRow>> explainCohortCell(store::Store& store, const store::CustomerFilter& filter,
                                                    PeriodUnit unit, const Period& cohort, int offset,
                                                    store::CohortBasis basis, bool byOrders, bool byEvents);

} // namespace tenure::reports
