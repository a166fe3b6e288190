#pragma once

#include "cohorts.h"

#include "model/period.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace tenure::metrics {

// One entry of the points ledger (append-only; a balance is the sum of its entries).
struct LedgerEntry {
    int64_t customer = 0;
    int64_t day = 0;
    int64_t points = 0; // redemptions are negative
};

// Tier thresholds over the points earned in the last 12 months (settings; metrics.md's
// defaults: Silver 500, Gold 2,000). Below the lowest threshold a member is "member".
struct TierRule {
    QString name;
    int64_t threshold = 0;
};
std::vector<TierRule> defaultTiers();

// Per period, as of its end (metrics.md "Loyalty"): members (any ledger entry so far), active
// members (a purchase in the 90 days up to the period's end), points earned and redeemed in
// the period, points outstanding (the liability), redemption rate (redeemed ÷ earned in the
// period), repeat purchase rate (members with ≥ 2 purchases ÷ members with ≥ 1), and members
// per tier.
struct LoyaltyRow {
    Period period;
    int64_t members = 0;
    int64_t activeMembers = 0;
    int64_t pointsEarned = 0;
    int64_t pointsRedeemed = 0;
    int64_t pointsOutstanding = 0;
    std::optional<double> redemptionPct;
    std::optional<double> repeatPurchasePct;
    std::map<QString, int64_t> tiers;
};

// purchases: orders (customer, day); amounts are not used here.
std::vector<LoyaltyRow> loyaltyByPeriod(std::vector<LedgerEntry> ledger, std::vector<Activity> purchases,
                                        const std::vector<Period>& periods,
                                        const std::vector<TierRule>& tiers);

} // namespace tenure::metrics
