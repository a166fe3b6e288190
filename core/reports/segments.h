#pragma once

#include "model/expected.h"
#include "model/period.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// Per customer segment (saved or a column value), over a window of whole months (metrics.md "Segments and
// cost to serve"), so that a user can see which segments are worth a retention investment. The rows are the
// saved segments first (kind Saved, by name), then one per value of the customers' segment column (kind
// Value, by value; the JSON field `kind` is "saved" or "field").
enum class SegmentKind { Saved, Value };
QString segmentKindName(SegmentKind kind); // "saved" or "field"

struct SegmentRow {
    QString segment;
    SegmentKind kind = SegmentKind::Value;
    int64_t customers = 0;          // active at the window's end
    std::optional<double> churnPct; // over the window as one period
    std::optional<double> retentionPct;
    double revenue = 0;     // subscription MRR of each month + order amounts
    double costToServe = 0; // tickets × cost per ticket + fixed cost × customer-months
    double margin = 0;      // revenue − cost to serve
    std::optional<double> clv;
};

struct SegmentCosts {
    double perTicket = 20;       // setting cost_per_ticket
    double perCustomerMonth = 5; // setting fixed_monthly_cost
    double grossMargin = 1.0;    // setting gross_margin_pct / 100
};
SegmentCosts segmentCostsFromSettings(store::Store& store);
// The gross margin as a fraction, from the setting gross_margin_pct (default 100).
double grossMarginFromSettings(store::Store& store);

// The report's window: `window` when given, else the 12 months ending with the last complete
// month of the data (nullopt when the store has no dated customers).
Expected<std::optional<Period>> segmentWindow(store::Store& store, std::optional<Period> window);

// window: whole months; default (nullopt) the 12 months ending with the last complete one.
Expected<std::vector<SegmentRow>> computeSegments(store::Store& store, std::optional<Period> window,
                                                  const SegmentCosts& costs);

} // namespace tenure::reports
