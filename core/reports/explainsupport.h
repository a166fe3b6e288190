#pragma once

#include "explain.h"

#include "metrics/supportexplain.h"

#include <optional>

namespace tenure::reports {

// Which support figure to explain, and in which cell of `report support [--by …]`.
struct SupportExplainOptions {
    metrics::SupportKpi kpi = metrics::SupportKpi::Resp24;
    QString by;                   // channel, priority or agent; empty: the period's overall row
    std::optional<QString> group; // with `by`: the cell's value (empty text: tickets without one)
    std::optional<int64_t> asOf;  // epoch seconds; default, as for the figure, the latest ticket
    store::CustomerFilter filter;
};

// The tickets behind one support figure (metrics::explainSupport), with customer and ticket
// ids. Business-time figures use the configured schedule, as the report does. A group value no
// ticket has is an error that lists the values there are.
Expected<std::vector<ExplainRow>> explainSupportCell(store::Store& store, const Period& period,
                                                     const SupportExplainOptions& options);

// The tickets behind one period's 24-hour response rate (the Support view's drill-down).
Expected<std::vector<ExplainRow>> explainResponse24Cell(store::Store& store,
                                                        const store::CustomerFilter& filter,
                                                        const Period& period,
                                                        std::optional<int64_t> asOf = std::nullopt);

} // namespace tenure::reports
