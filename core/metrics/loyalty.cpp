#include "loyalty.h"

#include <algorithm>
#include <unordered_map>

namespace tenure::metrics {

std::vector<TierRule> defaultTiers() {
    return {{QStringLiteral("gold"), 2000}, {QStringLiteral("silver"), 500}};
}

std::vector<LoyaltyRow> loyaltyByPeriod(std::vector<LedgerEntry> ledger, std::vector<Activity> purchases,
                                        const std::vector<Period>& periods,
                                        const std::vector<TierRule>& tiers) {
    std::sort(ledger.begin(), ledger.end(),
              [](const LedgerEntry& a, const LedgerEntry& b) { return a.day < b.day; });
    std::sort(purchases.begin(), purchases.end(),
              [](const Activity& a, const Activity& b) { return a.day < b.day; });
    std::vector<TierRule> rules = tiers;
    std::sort(rules.begin(), rules.end(),
              [](const TierRule& a, const TierRule& b) { return a.threshold > b.threshold; });

    struct Buyer {
        int64_t purchases = 0; // orders so far
        int64_t lastPurchase = noDay;
    };
    std::unordered_map<int64_t, int64_t> earned12; // member → points earned in the trailing 12 months
    std::unordered_map<int64_t, Buyer> buyers;
    size_t added = 0;   // ledger entries counted so far
    size_t expired = 0; // ledger entries that left the 12-month window
    size_t bought = 0;  // purchases counted so far
    int64_t outstanding = 0;
    std::vector<LoyaltyRow> rows;
    for (const Period& p : periods) {
        LoyaltyRow row;
        row.period = p;
        for (; added < ledger.size() && ledger[added].day < p.end; ++added) {
            const LedgerEntry& e = ledger[added];
            int64_t& earned = earned12[e.customer];
            outstanding += e.points;
            if (e.points > 0) earned += e.points;
            if (e.day >= p.start)
                (e.points > 0 ? row.pointsEarned : row.pointsRedeemed) += e.points > 0 ? e.points : -e.points;
        }
        const int64_t windowStart = p.end - 365;
        for (; expired < added && ledger[expired].day < windowStart; ++expired)
            if (ledger[expired].points > 0) earned12[ledger[expired].customer] -= ledger[expired].points;
        for (; bought < purchases.size() && purchases[bought].day < p.end; ++bought) {
            Buyer& b = buyers[purchases[bought].customer];
            ++b.purchases;
            b.lastPurchase = purchases[bought].day;
        }
        int64_t buying = 0;
        int64_t repeatBuyers = 0;
        for (const TierRule& t : rules)
            row.tiers[t.name] = 0;
        row.tiers[QStringLiteral("member")] = 0;
        for (const auto& [id, earned] : earned12) {
            ++row.members;
            const auto b = buyers.find(id);
            if (b != buyers.end()) {
                row.activeMembers += b->second.lastPurchase >= p.end - 90 ? 1 : 0;
                ++buying;
                repeatBuyers += b->second.purchases >= 2 ? 1 : 0;
            }
            QString tier = QStringLiteral("member");
            for (const TierRule& t : rules)
                if (earned >= t.threshold) {
                    tier = t.name;
                    break;
                }
            ++row.tiers[tier];
        }
        row.pointsOutstanding = outstanding;
        if (row.pointsEarned > 0)
            row.redemptionPct =
                100.0 * static_cast<double>(row.pointsRedeemed) / static_cast<double>(row.pointsEarned);
        if (buying > 0)
            row.repeatPurchasePct = 100.0 * static_cast<double>(repeatBuyers) / static_cast<double>(buying);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace tenure::metrics
