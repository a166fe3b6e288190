#pragma once

#include "explain.h"

#include <optional>

namespace tenure::reports {

// The tickets behind one period's 24-hour response rate (metrics::explainResponse24), with
// customer ids (empty for a ticket without a customer). asOf: epoch seconds; default, as for
// the figure itself, the latest ticket of the store (of the segment).
Expected<std::vector<ExplainRow>> explainResponse24Cell(store::Store& store,
                                                        const store::CustomerFilter& filter,
                                                        const Period& period,
                                                        std::optional<int64_t> asOf = std::nullopt);

} // namespace tenure::reports
