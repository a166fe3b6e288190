#pragma once

#include "churn.h"
#include "cohorts.h"

#include "model/period.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace tenure::metrics {

// Why points moved (the loyalty entity's reasons); Other for any reason not listed.
enum class LedgerReason : uint8_t { Purchase, Referral, Review, Social, Redeem, Adjust, Other };
LedgerReason ledgerReasonFromName(const QString& name);
QString ledgerReasonName(LedgerReason reason); // "purchase", "referral", …, "other"

// One entry of the points ledger (append-only; a balance is the sum of its entries).
struct LedgerEntry {
    int64_t customer = 0;
    int64_t day = 0;
    int64_t points = 0; // redemptions are negative
    LedgerReason reason = LedgerReason::Other;
};

// How points are earned (metrics.md "Loyalty"; the loyalty_* settings).
struct EarnRules {
    double pointsPerUnit = 1;
    int64_t referralBonus = 250;
    int64_t reviewBonus = 100;
    int64_t socialBonus = 50;
};
// Points of one order: whole points of amount × rate, rounded toward zero (a refund, a
// negative amount, takes back what the same positive amount earned).
int64_t orderPoints(double amount, double pointsPerUnit);

// The ledger every loyalty figure reads, derived from the stored entries and the orders:
// - purchase points are derived from the orders at the rate in force, never stored, so that
//   re-importing orders cannot count them twice and a new rate applies to the whole history;
//   a customer's stored "purchase" entries count only when the store holds no orders of that
//   customer (a loyalty export without its orders), so the two never add up;
// - a referral, review or social entry stored with 0 points is worth the configured bonus;
//   with other points it keeps them (what the programme granted at the time);
// - redemptions and adjustments are the stored negative entries; a debit never takes a
//   balance below zero: walking each customer's entries by day (credits of a day before its
//   debits), a debit larger than the balance is cut to the balance (and dropped when that is 0).
// Sorted by customer, then day.
std::vector<LedgerEntry> deriveLedger(std::vector<LedgerEntry> stored, const std::vector<Activity>& orders,
                                      const EarnRules& rules);

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

// The members behind one period's active members (loyaltyByPeriod's row of `period`, as of its
// end), by customer id: members with a purchase in the 90 days up to the period's end are the
// numerator rows; the other members are in the denominator only, with their last purchase (or
// none). Each reason also says the member's purchases so far and so whether they count as a
// repeat buyer ("repeat buyer", "one-time buyer", or no purchase: not in the repeat purchase
// rate). Left out: customers with purchases but no ledger entry (their orders earned no points),
// who are not members. Customers who join after the period have no row.
std::vector<ExplainedCustomer> explainLoyalty(const std::vector<LedgerEntry>& ledger,
                                              const std::vector<Activity>& purchases, const Period& period);

// The other figures of loyaltyByPeriod's row of `period`, member by member (by customer id;
// members are the customers with a ledger entry before the period's end, as there).
// Points: each member's points of the period, the ledger entries summarised by reason
// ("purchase 100 (2 entries), referral 250 (1 entry)"; a negative purchase is a refund):
// - Earned: members who earned points in the period are the numerator ("earned N points in the
//   period: …"), the other members are left out; the numerator's N add up to points_earned.
// - Redeemed: likewise with the points taken back (redemptions, adjustments, refunds).
// - Outstanding: members with a balance at the period's end are the numerator ("balance N points
//   on DAY: …"), members whose balance is 0 are left out; the balances add up to the liability.
// - RedemptionRate: "redeemed R, earned E in the period: …"; members who redeemed are the
//   numerator, members who only earned the denominator (every row's E is in the denominator),
//   members without an entry in the period are left out. ΣR ÷ ΣE × 100 is redemption_pct.
enum class PointsFigure { Earned, Redeemed, Outstanding, RedemptionRate };
std::vector<ExplainedCustomer> explainLoyaltyPoints(const std::vector<LedgerEntry>& ledger,
                                                    const Period& period, PointsFigure figure);

// The members behind one period's repeat purchase rate: members with 2 or more purchases
// before the period's end are the numerator, members with one the denominator only; members
// without a purchase and buyers who are no members (no ledger entry) are left out.
std::vector<ExplainedCustomer> explainRepeatPurchase(const std::vector<LedgerEntry>& ledger,
                                                     const std::vector<Activity>& purchases,
                                                     const Period& period);

// Each member's tier at the period's end ("gold: 2350 points earned from … to …"), from the
// points earned in the 365 days before the period's end as loyaltyByPeriod counts them; every
// member is a numerator row of their tier's count. Buyers who are no members are left out.
std::vector<ExplainedCustomer> explainTiers(const std::vector<LedgerEntry>& ledger,
                                            const std::vector<Activity>& purchases, const Period& period,
                                            const std::vector<TierRule>& tiers);

} // namespace tenure::metrics
