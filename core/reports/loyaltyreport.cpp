#include "loyaltyreport.h"

#include "store/store.h"

#include <algorithm>
#include <map>

namespace tenure::reports {

namespace {

int64_t integerSetting(store::Store& store, const char* key, int64_t fallback) {
    bool ok = false;
    const qlonglong v = store.setting(QLatin1String(key)).toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

} // namespace

LoyaltyRules loyaltyRulesFromSettings(store::Store& store) {
    LoyaltyRules rules;
    bool ok = false;
    const double rate = store.setting(QStringLiteral("loyalty_points_per_unit")).toDouble(&ok);
    if (ok && rate >= 0) rules.pointsPerUnit = rate;
    rules.referralBonus = integerSetting(store, "loyalty_bonus_referral", rules.referralBonus);
    rules.reviewBonus = integerSetting(store, "loyalty_bonus_review", rules.reviewBonus);
    rules.socialBonus = integerSetting(store, "loyalty_bonus_social", rules.socialBonus);
    for (metrics::TierRule& tier : rules.tiers) {
        const QByteArray key = "loyalty_tier_" + tier.name.toUtf8();
        tier.threshold = integerSetting(store, key.constData(), tier.threshold);
    }
    std::sort(
        rules.tiers.begin(), rules.tiers.end(),
        [](const metrics::TierRule& a, const metrics::TierRule& b) { return a.threshold > b.threshold; });
    return rules;
}

Expected<LoyaltyReport> computeLoyalty(store::Store& store, const LoyaltyOptions& options) {
    using Result = Expected<LoyaltyReport>;
    auto ledger = store::loadLedger(store, options.filter);
    auto orders = store::loadActivities(store, store::ActivitySource::Orders, options.filter);
    if (!ledger) return Result::failure(ledger.error());
    if (!orders) return Result::failure(orders.error());

    LoyaltyReport report;
    report.rules = loyaltyRulesFromSettings(store);
    // The periods: from the first ledger entry (or fromDay) to the last (or toDay).
    int64_t first = 0;
    int64_t last = 0;
    bool empty = true;
    for (const metrics::LedgerEntry& e : ledger.value()) {
        first = empty ? e.day : std::min(first, e.day);
        last = empty ? e.day : std::max(last, e.day);
        empty = false;
    }
    if (empty && (!options.fromDay || !options.toDay)) return report;
    const std::vector<Period> periods =
        periodsCovering(options.fromDay.value_or(first), options.toDay.value_or(last), options.unit);
    if (periods.empty()) return report;

    // Members as of the last period's end, their tier counted as loyaltyByPeriod counts it.
    const int64_t end = periods.back().end;
    std::map<int64_t, LoyaltyMember> members;
    for (const metrics::LedgerEntry& e : ledger.value()) {
        if (e.day >= end) continue;
        LoyaltyMember& m = members[e.customer];
        m.balance += e.points;
        if (e.points > 0 && e.day >= end - 365) m.earned12 += e.points;
    }
    std::vector<int64_t> ids;
    for (auto& [id, m] : members) {
        m.customer = id;
        m.tier = QStringLiteral("member");
        for (const metrics::TierRule& t : report.rules.tiers)
            if (m.earned12 >= t.threshold) {
                m.tier = t.name;
                break;
            }
        ids.push_back(id);
    }
    const auto labels = store::loadCustomerLabels(store, ids);
    if (!labels) return Result::failure(labels.error());
    size_t i = 0;
    for (auto& [id, m] : members) {
        m.customerKey = labels.value()[i].key;
        m.name = labels.value()[i].name;
        ++i;
        report.members.push_back(std::move(m));
    }
    std::sort(report.members.begin(), report.members.end(),
              [](const LoyaltyMember& a, const LoyaltyMember& b) { return a.customerKey < b.customerKey; });

    report.periods = metrics::loyaltyByPeriod(std::move(ledger.value()), std::move(orders.value()), periods,
                                              report.rules.tiers);
    return report;
}

Expected<std::vector<MemberLedgerLine>> computeMemberLedger(store::Store& store, int64_t customer) {
    const auto rows = store::loadCustomerLedger(store, customer);
    if (!rows) return Expected<std::vector<MemberLedgerLine>>::failure(rows.error());
    std::vector<MemberLedgerLine> out;
    out.reserve(rows.value().size());
    int64_t balance = 0;
    for (const store::LedgerRow& r : rows.value()) {
        balance += r.points;
        out.push_back({r.day, r.points, r.reason, balance});
    }
    return out;
}

} // namespace tenure::reports
