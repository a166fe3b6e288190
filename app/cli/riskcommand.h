#pragma once

#include "context.h"
#include "reporttable.h"

#include "store/metricinputs.h"

namespace tenure::cli {

// `tenure-cli report risk`: each active customer's churn probability and the factors that
// push it up and down, from a model trained on the store's history at this run. The model's
// kind and cross-validated ROC AUC go to stderr.
int reportRisk(Context& ctx, const store::CustomerFilter& filter, ReportFormat format, ReportTable& table);

} // namespace tenure::cli
