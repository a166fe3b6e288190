#pragma once

#include "churn.h"
#include "lifetime.h"

#include "model/businesshours.h"
#include "model/period.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::metrics {

inline constexpr int64_t noTime = INT64_MIN;

// One ticket as the support KPIs need it. Times are epoch seconds; createdDay is the local day
// of createdAt (the period a ticket belongs to).
struct SupportTicket {
    int64_t createdDay = 0;
    int64_t createdAt = 0;
    int64_t firstResponseAt = noTime;
    int64_t resolvedAt = noTime;
    int contacts = -1;       // agent replies to resolution; -1 unknown
    double waitSeconds = -1; // live channels; < 0 unknown
    int abandoned = -1;      // 1, 0, -1 unknown
    bool live = false;       // chat or phone
    QString group;           // channel, priority or agent when grouped; empty otherwise
    // Business seconds to the first response and to resolution (addBusinessDurations); noTime
    // without a schedule, or when there is no such time.
    int64_t frtBusiness = noTime;
    int64_t resolutionBusiness = noTime;
    int64_t customer = 0; // row id; 0 when the ticket names no customer
    QString key;          // the ticket's own id (ticket_id); loaded only for explanations
};

// Support KPIs per period (and group), metrics.md's "support" section. Durations in seconds;
// medians and p90 interpolate linearly between the nearest ranks (as DuckDB's quantile_cont).
struct SupportRow {
    Period period;
    QString group;
    int64_t tickets = 0;  // created in the period
    int64_t answered = 0; // of those, with a first response
    std::optional<double> frtMedian, frtP90;
    std::optional<double> resp24Pct; // answered within 24 h / created at least 24 h before asOf
    std::optional<double> fcrPct;    // resolved with 0 or 1 contacts / resolved with a known count
    std::optional<double> resolutionMedian, resolutionP90;
    // The same in business time; empty when no schedule is configured.
    std::optional<double> frtBusinessMedian, frtBusinessP90;
    std::optional<double> resolutionBusinessMedian, resolutionBusinessP90;
    int64_t liveContacts = 0;
    std::optional<double> waitAvg, waitP90, waitOver5MinPct, abandonPct;
    int64_t backlog = 0; // open at the period's end
};

// Fills frtBusiness and resolutionBusiness, once per ticket rather than once per period. A
// response or resolution stamped before the ticket's creation is left out, as in calendar time.
void addBusinessDurations(std::vector<SupportTicket>& tickets, BusinessClock& clock);

// periodEnds[i]: the epoch second at which periods[i] ends (its end day's local midnight).
// asOf: the time against which the 24-hour rate is judged.
std::vector<SupportRow> supportByPeriod(const std::vector<SupportTicket>& tickets,
                                        const std::vector<Period>& periods,
                                        const std::vector<int64_t>& periodEnds, int64_t asOf, bool byGroup);

// Linear interpolation between closest ranks; values are reordered in place.
std::optional<double> quantile(std::vector<double>& values, double q);

} // namespace tenure::metrics
