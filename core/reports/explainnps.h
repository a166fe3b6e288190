#pragma once

#include "explain.h"

namespace tenure::reports {

// The answers behind one period's NPS (metrics::explainNps), with customer ids: the CLI's
// `report nps --explain PERIOD` and the Feedback view's drill-down.
Expected<std::vector<ExplainRow>> explainNpsCell(store::Store& store, const store::CustomerFilter& filter,
                                                 const Period& period);

} // namespace tenure::reports
