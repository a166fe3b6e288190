#include "loyalty.h"

#include "model/dates.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace tenure::metrics {

namespace {

constexpr const char* reasonNames[] = {"purchase", "referral", "review", "social",
                                       "redeem",   "adjust",   "other"};

} // namespace

LedgerReason ledgerReasonFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    for (size_t i = 0; i + 1 < std::size(reasonNames); ++i)
        if (n == QLatin1String(reasonNames[i])) return static_cast<LedgerReason>(i);
    return LedgerReason::Other;
}

QString ledgerReasonName(LedgerReason reason) {
    return QLatin1String(reasonNames[static_cast<size_t>(reason)]);
}

int64_t orderPoints(double amount, double pointsPerUnit) {
    // A small epsilon keeps 19.99 × 100 from landing on 1998.9999….
    const double points = std::floor(std::abs(amount) * pointsPerUnit + 1e-9);
    return static_cast<int64_t>(amount < 0 ? -points : points);
}

std::vector<LedgerEntry> deriveLedger(std::vector<LedgerEntry> stored, const std::vector<Activity>& orders,
                                      const EarnRules& rules) {
    std::unordered_set<int64_t> buyers;
    for (const Activity& o : orders)
        buyers.insert(o.customer);
    std::vector<LedgerEntry> all;
    all.reserve(stored.size() + orders.size());
    for (LedgerEntry& e : stored) {
        if (e.reason == LedgerReason::Purchase && buyers.count(e.customer)) continue;
        if (e.points == 0) {
            if (e.reason == LedgerReason::Referral) e.points = rules.referralBonus;
            if (e.reason == LedgerReason::Review) e.points = rules.reviewBonus;
            if (e.reason == LedgerReason::Social) e.points = rules.socialBonus;
        }
        if (e.points != 0) all.push_back(e);
    }
    for (const Activity& o : orders)
        if (const int64_t points = orderPoints(o.amount, rules.pointsPerUnit); points != 0)
            all.push_back({o.customer, o.day, points, LedgerReason::Purchase});
    std::stable_sort(all.begin(), all.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
        if (a.customer != b.customer) return a.customer < b.customer;
        if (a.day != b.day) return a.day < b.day;
        return (a.points > 0) > (b.points > 0); // a day's credits before its debits
    });
    std::vector<LedgerEntry> out;
    out.reserve(all.size());
    int64_t customer = 0;
    int64_t balance = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        LedgerEntry e = all[i];
        if (i == 0 || e.customer != customer) {
            customer = e.customer;
            balance = 0;
        }
        if (e.points < 0) e.points = -std::min(-e.points, balance);
        if (e.points == 0) continue;
        balance += e.points;
        out.push_back(e);
    }
    return out;
}

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

    // Customers are row ids, dense from 1: per-customer state lives in vectors indexed by id,
    // and tiers are counted by rule index, so each period costs one pass over the members.
    int64_t maxId = 0;
    for (const LedgerEntry& e : ledger)
        maxId = std::max(maxId, e.customer);
    for (const Activity& a : purchases)
        maxId = std::max(maxId, a.customer);
    // Sparse or negative ids (not the store's, but any caller's) are renumbered first.
    const auto entries = static_cast<int64_t>(ledger.size() + purchases.size());
    bool negative = false;
    for (const LedgerEntry& e : ledger)
        negative = negative || e.customer < 0;
    for (const Activity& a : purchases)
        negative = negative || a.customer < 0;
    if (negative || maxId > 8 * entries + 1024) {
        std::unordered_map<int64_t, int64_t> dense;
        auto renumber = [&dense](int64_t id) {
            return dense.try_emplace(id, static_cast<int64_t>(dense.size())).first->second;
        };
        for (LedgerEntry& e : ledger)
            e.customer = renumber(e.customer);
        for (Activity& a : purchases)
            a.customer = renumber(a.customer);
        maxId = static_cast<int64_t>(dense.size());
    }
    const size_t slots = static_cast<size_t>(maxId) + 1;
    std::vector<int64_t> earned12(slots, 0); // points earned in the trailing 12 months
    std::vector<uint8_t> isMember(slots, 0);
    std::vector<int64_t> members; // ids with a ledger entry, in order of the first
    std::vector<int64_t> purchaseCount(slots, 0);
    std::vector<int64_t> lastPurchase(slots, noDay);
    size_t added = 0;   // ledger entries counted so far
    size_t expired = 0; // ledger entries that left the 12-month window
    size_t bought = 0;  // purchases counted so far
    int64_t outstanding = 0;
    std::vector<LoyaltyRow> rows;
    std::vector<int64_t> tierCounts(rules.size() + 1);
    for (const Period& p : periods) {
        LoyaltyRow row;
        row.period = p;
        for (; added < ledger.size() && ledger[added].day < p.end; ++added) {
            const LedgerEntry& e = ledger[added];
            const auto id = static_cast<size_t>(e.customer);
            if (!isMember[id]) {
                isMember[id] = 1;
                members.push_back(static_cast<int64_t>(id));
            }
            outstanding += e.points;
            if (e.points > 0) earned12[id] += e.points;
            if (e.day >= p.start)
                (e.points > 0 ? row.pointsEarned : row.pointsRedeemed) += e.points > 0 ? e.points : -e.points;
        }
        const int64_t windowStart = p.end - 365;
        for (; expired < added && ledger[expired].day < windowStart; ++expired)
            if (ledger[expired].points > 0)
                earned12[static_cast<size_t>(ledger[expired].customer)] -= ledger[expired].points;
        for (; bought < purchases.size() && purchases[bought].day < p.end; ++bought) {
            const auto id = static_cast<size_t>(purchases[bought].customer);
            ++purchaseCount[id];
            lastPurchase[id] = purchases[bought].day;
        }
        int64_t buying = 0;
        int64_t repeatBuyers = 0;
        std::fill(tierCounts.begin(), tierCounts.end(), 0);
        for (const int64_t member : members) {
            const auto id = static_cast<size_t>(member);
            ++row.members;
            if (purchaseCount[id] > 0) {
                row.activeMembers += lastPurchase[id] >= p.end - 90 ? 1 : 0;
                ++buying;
                repeatBuyers += purchaseCount[id] >= 2 ? 1 : 0;
            }
            size_t tier = rules.size(); // "member": below every threshold
            for (size_t t = 0; t < rules.size(); ++t)
                if (earned12[id] >= rules[t].threshold) {
                    tier = t;
                    break;
                }
            ++tierCounts[tier];
        }
        for (size_t t = 0; t < rules.size(); ++t)
            row.tiers[rules[t].name] = tierCounts[t];
        row.tiers[QStringLiteral("member")] = tierCounts[rules.size()];
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

std::vector<ExplainedCustomer> explainLoyalty(const std::vector<LedgerEntry>& ledger,
                                              const std::vector<Activity>& purchases, const Period& period) {
    struct Member {
        bool member = false;
        int64_t since = noDay; // the first ledger entry
        LedgerReason joinedBy = LedgerReason::Other;
        int64_t purchases = 0;
        int64_t lastPurchase = noDay;
    };
    std::map<int64_t, Member> byId;
    for (const LedgerEntry& e : ledger) {
        if (e.day >= period.end) continue;
        Member& m = byId[e.customer];
        m.member = true;
        if (m.since == noDay || e.day < m.since) {
            m.since = e.day;
            m.joinedBy = e.reason;
        }
    }
    for (const Activity& a : purchases) {
        if (a.day >= period.end) continue;
        Member& m = byId[a.customer];
        ++m.purchases;
        if (m.lastPurchase == noDay || a.day > m.lastPurchase) m.lastPurchase = a.day;
    }
    const int64_t windowStart = period.end - 90; // loyaltyByPeriod: last purchase >= end − 90
    const QString window = QStringLiteral("the 90 days from %1 to %2")
                               .arg(formatDate(windowStart), formatDate(period.lastDay()));
    std::vector<ExplainedCustomer> out;
    for (const auto& [id, m] : byId) {
        const QString bought = m.purchases == 1
                                   ? QStringLiteral("1 purchase: one-time buyer")
                                   : QStringLiteral("%1 purchases: repeat buyer").arg(m.purchases);
        if (!m.member) {
            out.push_back(
                {id, Role::Excluded,
                 QStringLiteral("%1 but no ledger entry (the orders earned no points): not a member")
                     .arg(m.purchases == 1 ? QStringLiteral("1 purchase")
                                           : QStringLiteral("%1 purchases").arg(m.purchases))});
        } else if (m.purchases == 0) {
            out.push_back(
                {id, Role::Denominator,
                 QStringLiteral("member since %1 (%2), no purchase by %3: not in the repeat "
                                "purchase rate")
                     .arg(formatDate(m.since), ledgerReasonName(m.joinedBy), formatDate(period.lastDay()))});
        } else if (m.lastPurchase >= windowStart) {
            out.push_back({id, Role::Numerator,
                           QStringLiteral("last purchase on %1, within %2; %3")
                               .arg(formatDate(m.lastPurchase), window, bought)});
        } else {
            out.push_back({id, Role::Denominator,
                           QStringLiteral("last purchase on %1, before %2; %3")
                               .arg(formatDate(m.lastPurchase), window, bought)});
        }
    }
    return out;
}

} // namespace tenure::metrics
