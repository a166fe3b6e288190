#pragma once

#include "metricinputs.h"

#include "metrics/cohortgrid.h"
#include "model/expected.h"

namespace tenure::store {

class Store;

// The activities of `source` (orders with their amounts, usage events, interactions) added to
// `grid` as they are read, instead of returned as a vector: ten million events as Activity
// structs were 240 MB and most of the cohort report's page faults. Events and interactions,
// which carry no amount, are read in two customer-id ranges at once, the upper range on a
// second connection opened in a worker thread; orders in one pass, so that each cell's revenue
// is summed in row order as before.
Status loadActivitiesInto(Store& store, ActivitySource source, metrics::CohortGrid& grid,
                          const CustomerFilter& filter = {});

} // namespace tenure::store
