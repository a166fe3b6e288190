#pragma once

#include "health.h"

#include <array>
#include <vector>

namespace tenure::metrics {

// Back-test of the health score (metrics.md): with today's weights, the score of every account
// as of past month-ends, computed from the data up to that day only, against what happened
// next: did the account churn within the following 90 days?
inline constexpr int64_t backtestHorizonDays = 90;

// The last day of each calendar month from the month of `firstDay` on whose following 90 days
// lie entirely on or before `lastDay` (so that every churn of the horizon is known).
std::vector<int64_t> backtestDays(int64_t firstDay, int64_t lastDay);

struct BacktestBand {
    int64_t accounts = 0;   // account-days: an account counts once per evaluation day
    int64_t churned90d = 0; // of those, churned in the 90 days after the day
    std::optional<double> churnRatePct;
};
struct HealthBacktest {
    std::vector<int64_t> days;
    std::array<BacktestBand, 3> bands; // by HealthBand
    BacktestBand unscored;             // accounts without any component value
    // Accounts that churned within 90 days of an evaluation day, and those of them that were
    // never at_risk on any evaluation day.
    int64_t churners = 0;
    int64_t churnersNeverFlagged = 0;
    std::optional<double> neverFlaggedPct;
};

// An account is evaluated on day d when signed up on or before d and still a customer on d
// (churn after d); it churned within 90 days when its churn date is at most d + 90.
HealthBacktest backtestHealth(const HealthInputs& inputs, const HealthSettings& settings,
                              const std::vector<int64_t>& days);

} // namespace tenure::metrics
