#pragma once

#include "explain.h"
#include "metrics/loyalty.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// The loyalty programme's rules (metrics.md "Loyalty"), from the settings with their defaults:
// loyalty_points_per_unit (1), loyalty_bonus_referral (250), loyalty_bonus_review (100),
// loyalty_bonus_social (50), loyalty_tier_silver (500), loyalty_tier_gold (2000).
struct LoyaltyRules {
    double pointsPerUnit = 1;
    int64_t referralBonus = 250;
    int64_t reviewBonus = 100;
    int64_t socialBonus = 50;
    std::vector<metrics::TierRule> tiers = metrics::defaultTiers(); // highest first
    metrics::EarnRules earn() const { return {pointsPerUnit, referralBonus, reviewBonus, socialBonus}; }
};
LoyaltyRules loyaltyRulesFromSettings(store::Store& store);

// The ledger every loyalty figure reads (report loyalty, the Loyalty view, the dashboard card):
// the stored entries and the orders through metrics::deriveLedger at the rules in force.
struct LoyaltyInputs {
    std::vector<metrics::LedgerEntry> ledger; // derived
    std::vector<metrics::Activity> orders;
};
Expected<LoyaltyInputs> loadLoyaltyInputs(store::Store& store, const store::CustomerFilter& filter = {});

// A member's balance now: the sum of their derived ledger.
Expected<int64_t> loyaltyBalance(store::Store& store, int64_t customer);

// Redeems `points` (> 0) of a customer's balance at `at` (epoch seconds) as a negative ledger
// entry with `reason` (redeem or adjust), in one transaction. A redemption larger than the
// balance is refused with a message that says both, and nothing is written. Returns the new
// balance.
Expected<int64_t> redeemPoints(store::Store& store, const QString& customerKey, int64_t points,
                               const QString& reason, int64_t at);

// A member on the report's day: the tier from the points earned in the 12 months up to then
// (as metrics::loyaltyByPeriod counts them) and the balance (the sum of the ledger).
struct LoyaltyMember {
    int64_t customer = 0; // row id
    QString customerKey;
    QString name;
    QString tier; // a rule's name, or "member" below the lowest threshold
    int64_t earned12 = 0;
    int64_t balance = 0;
};

struct LoyaltyOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> fromDay; // default: the first ledger entry
    std::optional<int64_t> toDay;   // default: the last ledger entry
    store::CustomerFilter filter;
};

struct LoyaltyReport {
    LoyaltyRules rules;
    std::vector<metrics::LoyaltyRow> periods; // each as of its end; the last is the report's day
    std::vector<LoyaltyMember> members;       // as of the last period's end, by customer_id
};

// Loads the ledger and the orders and computes what the Loyalty view shows; `tenure-cli report
// loyalty` prints its periods.
Expected<LoyaltyReport> computeLoyalty(store::Store& store, const LoyaltyOptions& options);

// The members behind one period's active members and repeat purchase rate
// (metrics::explainLoyalty over the same derived ledger), with customer ids:
// `report loyalty --explain PERIOD`.
Expected<std::vector<ExplainRow>> explainLoyaltyCell(store::Store& store, const store::CustomerFilter& filter,
                                                     const Period& period);

// The other figures of a period's loyalty row that can be explained member by member (the
// report's JSON fields points_earned, points_redeemed, points_outstanding, redemption_pct,
// repeat_purchase_pct and tiers), over the same derived ledger and tier settings as
// computeLoyalty: `report loyalty --explain PERIOD --kpi NAME`.
enum class LoyaltyFigure {
    PointsEarned,
    PointsRedeemed,
    PointsOutstanding,
    RedemptionPct,
    RepeatPurchasePct,
    Tiers
};
Expected<std::vector<ExplainRow>> explainLoyaltyFigure(store::Store& store,
                                                       const store::CustomerFilter& filter,
                                                       const Period& period, LoyaltyFigure figure);

// One entry of a member's ledger with the balance after it.
struct MemberLedgerLine {
    int64_t day = 0;
    int64_t points = 0;
    QString reason;
    int64_t balance = 0;
};
Expected<std::vector<MemberLedgerLine>> computeMemberLedger(store::Store& store, int64_t customer);

} // namespace tenure::reports
