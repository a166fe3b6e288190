#include "loyalty.h"

#include "model/dates.h"

#include <QStringList>

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

namespace {

// Ledger entries summed by what moved them, in the reasons' order: "purchase 100 (2 entries)".
class EntrySummary {
public:
    void add(const LedgerEntry& e) {
        // A negative purchase entry is a refund taking back what the order earned.
        const QString name = e.reason == LedgerReason::Purchase && e.points < 0 ? QStringLiteral("refund")
                                                                                : ledgerReasonName(e.reason);
        auto& [points, entries] = m_sums[name];
        points += e.points < 0 ? -e.points : e.points;
        ++entries;
    }
    bool empty() const { return m_sums.empty(); }
    QString text() const {
        QStringList parts;
        for (const auto& [name, sum] : m_sums)
            parts << QStringLiteral("%1 %2 (%3 %4)")
                         .arg(name)
                         .arg(sum.first)
                         .arg(sum.second)
                         .arg(sum.second == 1 ? QStringLiteral("entry") : QStringLiteral("entries"));
        return parts.join(QStringLiteral(", "));
    }

private:
    std::map<QString, std::pair<int64_t, int64_t>> m_sums; // points, entries
};

// One member's ledger up to a period's end.
struct MemberPoints {
    int64_t first = noDay; // the first entry
    int64_t last = noDay;  // the latest entry before the period's end
    int64_t balance = 0;
    int64_t entries = 0;
    int64_t earnedTotal = 0;
    int64_t takenTotal = 0;
    int64_t earned = 0; // in the period
    int64_t taken = 0;  // in the period: redemptions, adjustments, refunds
    EntrySummary earnedBy;
    EntrySummary takenBy;
};

std::map<int64_t, MemberPoints> membersAt(const std::vector<LedgerEntry>& ledger, const Period& period) {
    std::map<int64_t, MemberPoints> out;
    for (const LedgerEntry& e : ledger) {
        if (e.day >= period.end) continue;
        MemberPoints& m = out[e.customer];
        m.first = m.first == noDay ? e.day : std::min(m.first, e.day);
        m.last = m.last == noDay ? e.day : std::max(m.last, e.day);
        m.balance += e.points;
        ++m.entries;
        (e.points > 0 ? m.earnedTotal : m.takenTotal) += e.points > 0 ? e.points : -e.points;
        if (e.day < period.start) continue;
        if (e.points > 0) {
            m.earned += e.points;
            m.earnedBy.add(e);
        } else if (e.points < 0) {
            m.taken += -e.points;
            m.takenBy.add(e);
        }
    }
    return out;
}

// Purchases before the period's end per customer: how many, the first and the last.
struct Purchases {
    int64_t count = 0;
    int64_t first = noDay;
    int64_t last = noDay;
};
std::map<int64_t, Purchases> purchasesBefore(const std::vector<Activity>& purchases, int64_t end) {
    std::map<int64_t, Purchases> out;
    for (const Activity& a : purchases) {
        if (a.day >= end) continue;
        Purchases& p = out[a.customer];
        ++p.count;
        p.first = p.first == noDay ? a.day : std::min(p.first, a.day);
        p.last = p.last == noDay ? a.day : std::max(p.last, a.day);
    }
    return out;
}

QString purchasesText(int64_t n) {
    return n == 1 ? QStringLiteral("1 purchase") : QStringLiteral("%1 purchases").arg(n);
}

// Customers who bought but earned nothing (loyaltyByPeriod counts only members).
void addNonMembers(std::vector<ExplainedCustomer>& out, const std::map<int64_t, Purchases>& bought,
                   const std::map<int64_t, MemberPoints>& members) {
    for (const auto& [id, p] : bought)
        if (!members.count(id))
            out.push_back(
                {id, Role::Excluded,
                 QStringLiteral("%1 but no ledger entry (the orders earned no points): not a member")
                     .arg(purchasesText(p.count))});
    std::stable_sort(out.begin(), out.end(), [](const ExplainedCustomer& a, const ExplainedCustomer& b) {
        return a.customer < b.customer;
    });
}

} // namespace

std::vector<ExplainedCustomer> explainLoyaltyPoints(const std::vector<LedgerEntry>& ledger,
                                                    const Period& period, PointsFigure figure) {
    std::vector<ExplainedCustomer> out;
    const QString lastDay = formatDate(period.lastDay());
    for (const auto& [id, m] : membersAt(ledger, period)) {
        const QString earned = m.earnedBy.empty() ? QString() : QStringLiteral(": ") + m.earnedBy.text();
        const QString taken = m.takenBy.empty() ? QString() : QStringLiteral(": ") + m.takenBy.text();
        switch (figure) {
        case PointsFigure::Earned:
            if (m.earned > 0)
                out.push_back({id, Role::Numerator,
                               QStringLiteral("earned %1 points in the period").arg(m.earned) + earned});
            else
                out.push_back({id, Role::Excluded,
                               QStringLiteral("no points earned in the period (latest entry on %1)")
                                   .arg(formatDate(m.last))});
            break;
        case PointsFigure::Redeemed:
            if (m.taken > 0)
                out.push_back({id, Role::Numerator,
                               QStringLiteral("redeemed %1 points in the period").arg(m.taken) + taken});
            else
                out.push_back({id, Role::Excluded,
                               QStringLiteral("no points redeemed in the period (latest entry on %1)")
                                   .arg(formatDate(m.last))});
            break;
        case PointsFigure::Outstanding:
            out.push_back(
                {id, m.balance > 0 ? Role::Numerator : Role::Excluded,
                 QStringLiteral("balance %1 points on %2: earned %3, redeemed %4 in %5 entries since %6")
                         .arg(m.balance)
                         .arg(lastDay)
                         .arg(m.earnedTotal)
                         .arg(m.takenTotal)
                         .arg(m.entries)
                         .arg(formatDate(m.first)) +
                     (m.balance > 0 ? QString() : QStringLiteral(" (nothing outstanding)"))});
            break;
        case PointsFigure::RedemptionRate: {
            if (m.earned == 0 && m.taken == 0) {
                out.push_back(
                    {id, Role::Excluded,
                     QStringLiteral("no ledger entry in the period (latest on %1)").arg(formatDate(m.last))});
                break;
            }
            QStringList moved;
            if (!m.earnedBy.empty()) moved << m.earnedBy.text();
            if (!m.takenBy.empty()) moved << m.takenBy.text();
            out.push_back({id, m.taken > 0 ? Role::Numerator : Role::Denominator,
                           QStringLiteral("redeemed %1, earned %2 in the period: %3")
                               .arg(m.taken)
                               .arg(m.earned)
                               .arg(moved.join(QStringLiteral(", ")))});
            break;
        }
        }
    }
    return out;
}

std::vector<ExplainedCustomer> explainRepeatPurchase(const std::vector<LedgerEntry>& ledger,
                                                     const std::vector<Activity>& purchases,
                                                     const Period& period) {
    const auto members = membersAt(ledger, period);
    const auto bought = purchasesBefore(purchases, period.end);
    const QString by = formatDate(period.lastDay());
    std::vector<ExplainedCustomer> out;
    for (const auto& [id, m] : members) {
        const auto it = bought.find(id);
        if (it == bought.end()) {
            out.push_back(
                {id, Role::Excluded,
                 QStringLiteral("no purchase by %1 (member since %2): not in the repeat purchase rate")
                     .arg(by, formatDate(m.first))});
            continue;
        }
        const Purchases& p = it->second;
        if (p.count >= 2)
            out.push_back({id, Role::Numerator,
                           QStringLiteral("%1 by %2 (first on %3, last on %4): repeat buyer")
                               .arg(purchasesText(p.count), by, formatDate(p.first), formatDate(p.last))});
        else
            out.push_back(
                {id, Role::Denominator,
                 QStringLiteral("1 purchase by %1 (on %2): one-time buyer").arg(by, formatDate(p.first))});
    }
    addNonMembers(out, bought, members);
    return out;
}

std::vector<ExplainedCustomer> explainTiers(const std::vector<LedgerEntry>& ledger,
                                            const std::vector<Activity>& purchases, const Period& period,
                                            const std::vector<TierRule>& tiers) {
    std::vector<TierRule> rules = tiers; // highest first, as loyaltyByPeriod reads them
    std::sort(rules.begin(), rules.end(),
              [](const TierRule& a, const TierRule& b) { return a.threshold > b.threshold; });
    const int64_t windowStart = period.end - 365; // loyaltyByPeriod's trailing 12 months
    std::map<int64_t, int64_t> earned12;
    for (const LedgerEntry& e : ledger)
        if (e.day < period.end && e.day >= windowStart && e.points > 0) earned12[e.customer] += e.points;
    const auto members = membersAt(ledger, period);
    const QString window =
        QStringLiteral("from %1 to %2").arg(formatDate(windowStart), formatDate(period.lastDay()));
    std::vector<ExplainedCustomer> out;
    for (const auto& [id, m] : members) {
        const auto found = earned12.find(id);
        const int64_t points = found == earned12.end() ? 0 : found->second;
        const TierRule* tier = nullptr;
        for (const TierRule& t : rules)
            if (points >= t.threshold) {
                tier = &t;
                break;
            }
        QString reason = QStringLiteral("%1: %2 points earned %3")
                             .arg(tier ? tier->name : QStringLiteral("member"))
                             .arg(points)
                             .arg(window);
        if (tier)
            reason += QStringLiteral(" (%1 from %2)").arg(tier->name).arg(tier->threshold);
        else if (!rules.empty())
            reason += QStringLiteral(" (below %1's %2)").arg(rules.back().name).arg(rules.back().threshold);
        out.push_back({id, Role::Numerator, reason});
    }
    addNonMembers(out, purchasesBefore(purchases, period.end), members);
    return out;
}

} // namespace tenure::metrics
