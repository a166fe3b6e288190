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
};

// "numerator", "denominator" or "excluded" (the CLI's and JSON's words).
QString roleName(metrics::Role role);

// Turns the core's explanations (row ids) into rows with customer ids.
Expected<std::vector<ExplainRow>> withCustomerKeys(store::Store& store,
                                                   const std::vector<metrics::ExplainedCustomer>& explained);

// The rows behind one period's churn and retention figures.
Expected<std::vector<ExplainRow>> explainChurnCell(store::Store& store, const store::CustomerFilter& filter,
                                                   const Period& period);

} // namespace tenure::reports
