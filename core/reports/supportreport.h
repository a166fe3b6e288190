#pragma once

#include "metrics/support.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace tenure::reports {

struct SupportOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> from, to; // first and last day; default: the tickets' own
    std::optional<int64_t> asOf;     // epoch seconds for the 24-h rate; default: the latest ticket
    store::CustomerFilter filter;
    int lastPeriods = 0; // only the last N periods (a chart's worth); 0: all
};

// The support KPIs of one grouping (channel, priority, agent, or none): what
// `tenure-cli report support [--by …]` prints.
struct SupportTable {
    std::vector<Period> periods;
    int64_t asOf = metrics::noTime;
    int64_t lastDay = metrics::noDay;      // the last day the periods are judged at
    std::vector<metrics::SupportRow> rows; // period by period; within one, group by group
};
Expected<SupportTable> computeSupportTable(store::Store& store, const SupportOptions& options,
                                           const QString& by);

// Everything the Support view shows, computed in one pass over the store.
struct SupportReport {
    std::vector<Period> periods;
    int64_t asOf = metrics::noTime;
    bool latestPartial = false;                 // the last period is still running
    std::vector<metrics::SupportRow> overall;   // one row per period
    std::vector<metrics::SupportRow> byChannel; // every period × channel, for the volume chart
    QStringList channels;                       // by volume over the periods, largest first
    // The latest period's KPIs per "channel", "priority" and "agent".
    std::map<QString, std::vector<metrics::SupportRow>> latestBy;
    std::vector<store::WowTicket> wow; // flagged tickets of the periods, newest first
};
Expected<SupportReport> computeSupport(store::Store& store, const SupportOptions& options);

// The groupings of the "by" selector, in the order it offers them.
const QStringList& supportGroupings();

} // namespace tenure::reports
