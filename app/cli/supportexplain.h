#pragma once

#include "context.h"
#include "reporttable.h"

#include "model/period.h"
#include "store/metricinputs.h"

#include <optional>

namespace tenure::cli {

// `tenure-cli report support --explain PERIOD[:GROUP] [--kpi NAME]`: the tickets behind one
// support figure (default the 24-hour rate, resp24_pct), of a period or, with --by, of one
// group's cell (PERIOD:GROUP; PERIOD: for the tickets without a value).
struct SupportExplainArgs {
    QString cell; // the --explain value
    QString kpi;  // a JSON field name of the report; empty: resp24_pct
    PeriodUnit unit = PeriodUnit::Month;
    QString by;
    std::optional<int64_t> asOf;
    store::CustomerFilter filter;
};
int explainSupportFigure(Context& ctx, store::Store& store, const SupportExplainArgs& args,
                         ReportTable& table);

} // namespace tenure::cli
