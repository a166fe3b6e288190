#pragma once

#include "explain.h"
#include "segments.h"

#include <optional>

namespace tenure::reports {

// The rows behind one segment's figures of the segments report (`report segments --explain
// SEGMENT [--kpi NAME]`), over the report's window:
// - Churn (customers, churn_pct, retention_pct): the window as one period, as explainChurn lists
//   it — the lost customers are the numerator, those who stayed the denominator, new ones left out.
// - Money (revenue, cost_to_serve, margin): each customer's share — MRR at each month-end of the
//   window plus orders in it; tickets in the window × cost per ticket plus the months they were a
//   customer at a month-end × the fixed monthly cost — which add up to the segment's figures.
enum class SegmentFigure { Churn, Money };
// The figure a report field belongs to; nullopt for any other name (clv: see report revenue --kpi
// clv --segment SEGMENT).
std::optional<SegmentFigure> segmentFigureOf(const QString& field);

// A name that is neither a saved segment nor a value of the segment column is refused, with the
// names there are.
Expected<std::vector<ExplainRow>> explainSegmentCell(store::Store& store, std::optional<Period> window,
                                                     const SegmentCosts& costs, const QString& segment,
                                                     SegmentFigure figure);

} // namespace tenure::reports
