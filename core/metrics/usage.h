#pragma once

#include "lifetime.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::metrics {

// One product-usage event (the events entity) as the adoption metrics need it: its customer,
// its local day and the feature it used, as an index into a feature-name table (−1: none).
struct UsageEvent {
    int64_t customer = 0;
    int32_t day = 0;
    int32_t feature = -1;
};

// Puts events in the order usageOf() reads them: by customer, then day. The loader reads them
// in that order already (the events table's key); tests and other sources may not.
void sortUsageEvents(std::vector<UsageEvent>& events);

// The usage windows of metrics.md, ending on (and including) the as-of day: the last 4 weeks
// are its 28 days, the previous 30 weeks the 210 days before them. Both are clipped to start at
// the customer's signup, so that a customer of ten weeks is compared with its own six.
inline constexpr int64_t recentUsageDays = 28;
inline constexpr int64_t previousUsageDays = 210;
inline constexpr int64_t featureWindowDays = 30;

// Adoption and usage of one customer on a day (metrics.md, "Adoption, usage and journey stage").
// An active day is a day with at least one event; weekly activity is active days per week.
struct UsageSummary {
    // Active days per week over the last 4 weeks (since signup when that is later).
    double activeDaysPerWeek = 0;
    // Active days per week over the previous 30 weeks; nullopt when that window has less than a
    // week since signup.
    std::optional<double> previousActiveDaysPerWeek;
    // activeDaysPerWeek ÷ previousActiveDaysPerWeek; nullopt when the previous window is
    // undefined or had no activity at all (a ratio over zero is undefined, never 0).
    std::optional<double> trend;
    int64_t lastActiveDay = noDay; // the last day with an event on or before the as-of day
    int distinctFeatures30d = 0;   // features used in the 30 days ending on the as-of day
    // Bit i set: stickyFeatures[i] was never used on or before the as-of day (up to 64).
    uint64_t stickyNeverUsed = 0;
};

// The summary of one customer from its events (a range sorted by day; events after asOfDay are
// ignored). signup noDay: unknown, the windows are not clipped. stickyFeatures are feature
// indexes of the events' table.
UsageSummary usageOf(const UsageEvent* begin, const UsageEvent* end, int64_t signup, int64_t asOfDay,
                     const std::vector<int32_t>& stickyFeatures);

// The same for a whole customer list: one summary per customer id, in the order of `customers`;
// `events` sorted by sortUsageEvents().
std::vector<UsageSummary> usageSummaries(const std::vector<UsageEvent>& events,
                                         const std::vector<Lifetime>& customers, int64_t asOfDay,
                                         const std::vector<int32_t>& stickyFeatures);

} // namespace tenure::metrics
