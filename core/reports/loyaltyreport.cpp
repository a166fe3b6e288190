#include "loyaltyreport.h"

#include "store/loyaltyrepository.h"
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

Expected<LoyaltyInputs> loadLoyaltyInputs(store::Store& store, const store::CustomerFilter& filter) {
    using Result = Expected<LoyaltyInputs>;
    auto stored = store::loadLedger(store, filter);
    auto orders = store::loadActivities(store, store::ActivitySource::Orders, filter);
    if (!stored) return Result::failure(stored.error());
    if (!orders) return Result::failure(orders.error());
    LoyaltyInputs inputs;
    inputs.ledger = metrics::deriveLedger(std::move(stored.value()), orders.value(),
                                          loyaltyRulesFromSettings(store).earn());
    inputs.orders = std::move(orders.value());
    return inputs;
}

Expected<int64_t> loyaltyBalance(store::Store& store, int64_t customer) {
    const auto stored = store::loadCustomerLedgerEntries(store, customer);
    if (!stored) return Expected<int64_t>::failure(stored.error());
    const auto orders = store::loadCustomerOrders(store, customer);
    if (!orders) return Expected<int64_t>::failure(orders.error());
    int64_t balance = 0;
    for (const metrics::LedgerEntry& e :
         metrics::deriveLedger(stored.value(), orders.value(), loyaltyRulesFromSettings(store).earn()))
        balance += e.points;
    return balance;
}

Expected<int64_t> redeemPoints(store::Store& store, const QString& customerKey, int64_t points,
                               const QString& reason, int64_t at) {
    using Result = Expected<int64_t>;
    if (points <= 0) return Result::failure(QStringLiteral("a redemption takes a positive number of points"));
    if (reason != QLatin1String("redeem") && reason != QLatin1String("adjust"))
        return Result::failure(
            QStringLiteral("a redemption's reason is redeem or adjust, not \"%1\"").arg(reason));
    // The balance is read and the entry written in one immediate transaction: no other
    // writer can spend the same points in between.
    store::Transaction transaction(store);
    if (!transaction.active()) return Result::failure(transaction.error());
    const auto customer = store::customerIdByKey(store, customerKey);
    if (!customer) return Result::failure(customer.error());
    const auto balance = loyaltyBalance(store, customer.value());
    if (!balance) return Result::failure(balance.error());
    if (points > balance.value())
        return Result::failure(
            QStringLiteral("cannot redeem %1 points: customer %2 has a balance of %3 points")
                .arg(points)
                .arg(customerKey)
                .arg(balance.value()));
    if (Status s = store::appendLedgerEntry(store, customer.value(), at, -points, reason); !s)
        return Result::failure(s.error());
    if (Status s = transaction.commit(); !s) return Result::failure(s.error());
    return balance.value() - points;
}

Expected<LoyaltyReport> computeLoyalty(store::Store& store, const LoyaltyOptions& options) {
    using Result = Expected<LoyaltyReport>;
    auto inputs = loadLoyaltyInputs(store, options.filter);
    if (!inputs) return Result::failure(inputs.error());
    auto* ledger = &inputs->ledger;
    auto* orders = &inputs->orders;

    LoyaltyReport report;
    report.rules = loyaltyRulesFromSettings(store);
    // The periods: from the first ledger entry (or fromDay) to the last (or toDay).
    int64_t first = 0;
    int64_t last = 0;
    bool empty = true;
    for (const metrics::LedgerEntry& e : *ledger) {
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
    for (const metrics::LedgerEntry& e : *ledger) {
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

    report.periods =
        metrics::loyaltyByPeriod(std::move(*ledger), std::move(*orders), periods, report.rules.tiers);
    return report;
}

Expected<std::vector<ExplainRow>> explainLoyaltyCell(store::Store& store, const store::CustomerFilter& filter,
                                                     const Period& period) {
    const auto inputs = loadLoyaltyInputs(store, filter);
    if (!inputs) return Expected<std::vector<ExplainRow>>::failure(inputs.error());
    return withCustomerKeys(store, metrics::explainLoyalty(inputs->ledger, inputs->orders, period));
}

Expected<std::vector<ExplainRow>> explainLoyaltyFigure(store::Store& store,
                                                       const store::CustomerFilter& filter,
                                                       const Period& period, LoyaltyFigure figure) {
    const auto inputs = loadLoyaltyInputs(store, filter);
    if (!inputs) return Expected<std::vector<ExplainRow>>::failure(inputs.error());
    const auto points = [&](metrics::PointsFigure which) {
        return metrics::explainLoyaltyPoints(inputs->ledger, period, which);
    };
    switch (figure) {
    case LoyaltyFigure::PointsEarned:
        return withCustomerKeys(store, points(metrics::PointsFigure::Earned));
    case LoyaltyFigure::PointsRedeemed:
        return withCustomerKeys(store, points(metrics::PointsFigure::Redeemed));
    case LoyaltyFigure::PointsOutstanding:
        return withCustomerKeys(store, points(metrics::PointsFigure::Outstanding));
    case LoyaltyFigure::RedemptionPct:
        return withCustomerKeys(store, points(metrics::PointsFigure::RedemptionRate));
    case LoyaltyFigure::RepeatPurchasePct:
        return withCustomerKeys(store,
                                metrics::explainRepeatPurchase(inputs->ledger, inputs->orders, period));
    case LoyaltyFigure::Tiers:
        break;
    }
    return withCustomerKeys(store, metrics::explainTiers(inputs->ledger, inputs->orders, period,
                                                         loyaltyRulesFromSettings(store).tiers));
}

Expected<std::vector<MemberLedgerLine>> computeMemberLedger(store::Store& store, int64_t customer) {
    using Result = Expected<std::vector<MemberLedgerLine>>;
    const auto stored = store::loadCustomerLedgerEntries(store, customer);
    if (!stored) return Result::failure(stored.error());
    const auto orders = store::loadCustomerOrders(store, customer);
    if (!orders) return Result::failure(orders.error());
    const auto ledger =
        metrics::deriveLedger(stored.value(), orders.value(), loyaltyRulesFromSettings(store).earn());
    std::vector<MemberLedgerLine> out;
    out.reserve(ledger.size());
    int64_t balance = 0;
    for (const metrics::LedgerEntry& e : ledger) {
        balance += e.points;
        out.push_back({e.day, e.points, metrics::ledgerReasonName(e.reason), balance});
    }
    return out;
}

} // namespace tenure::reports
