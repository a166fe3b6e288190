#pragma once

#include "metricinputs.h"

#include "metrics/cohortgrid.h"
#include "model/expected.h"

namespace tenure::store {

class Store;

// The activities of `source` (orders with their amounts, usage events, interactions) added to
// `grid` as they are read, instead of returned as a vector: ten million events as Activity
// structs were 240 MB and most of the cohort report's page faults.
Status loadActivitiesInto(Store& store, ActivitySource source, metrics::CohortGrid& grid,
                          const CustomerFilter& filter = {});

} // namespace tenure::store
