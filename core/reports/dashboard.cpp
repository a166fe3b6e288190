#include "dashboard.h"

#include "loyaltyreport.h"

#include "metrics/churn.h"
#include "metrics/loyalty.h"
#include "metrics/nps.h"
#include "metrics/onboarding.h"
#include "metrics/revenue.h"
#include "metrics/support.h"

#include <algorithm>

namespace tenure::reports {

namespace {

using Series = std::vector<std::pair<Period, std::optional<double>>>;

KpiCard card(const QString& kpi, const QString& unit, Series series) {
    KpiCard c{kpi, unit, std::nullopt, std::nullopt, std::nullopt, std::move(series)};
    if (!c.series.empty()) c.value = c.series.back().second;
    if (c.series.size() > 1) c.previous = c.series[c.series.size() - 2].second;
    if (c.value && c.previous) c.change = *c.value - *c.previous;
    return c;
}

template <typename Row, typename F> Series seriesOf(const std::vector<Row>& rows, F value) {
    Series out;
    for (const Row& r : rows)
        out.emplace_back(r.period, value(r));
    return out;
}

std::optional<double> count(int64_t v) {
    return static_cast<double>(v);
}

} // namespace

const std::vector<KpiGroup>& kpiGroups() {
    static const std::vector<KpiGroup> groups{KpiGroup::Customers, KpiGroup::Revenue,    KpiGroup::Feedback,
                                              KpiGroup::Support,   KpiGroup::Onboarding, KpiGroup::Loyalty};
    return groups;
}

Expected<DashboardFrame> dashboardFrame(store::Store& store, const DashboardOptions& options) {
    const auto last = store::loadLastActivity(store, options.filter);
    if (!last) return Expected<DashboardFrame>::failure(last.error());
    DashboardFrame frame;
    frame.asOf = options.asOfDay.value_or(last->lastDay);
    frame.latestTicket = last->latestTicket;
    if (frame.asOf == metrics::noDay) return frame;
    frame.periods =
        periodsEndingWith(latestCompletePeriod(frame.asOf, options.unit), options.seriesLength, options.unit);
    return frame;
}

namespace {

using Cards = Expected<std::vector<KpiCard>>;

Cards customerCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    const auto lifetimes = store::loadLifetimes(store, options.filter);
    if (!lifetimes) return Cards::failure(lifetimes.error());
    const auto churn = metrics::churnByPeriod(lifetimes.value(), frame.periods, frame.asOf);
    return std::vector<KpiCard>{
        card(QStringLiteral("active_customers"), QStringLiteral("count"),
             seriesOf(churn, [](const metrics::ChurnRow& r) { return count(r.customersAtEnd); })),
        card(QStringLiteral("churn_pct"), QStringLiteral("pct"),
             seriesOf(churn, [](const metrics::ChurnRow& r) { return r.churnPct; })),
        card(QStringLiteral("retention_pct"), QStringLiteral("pct"),
             seriesOf(churn, [](const metrics::ChurnRow& r) { return r.retentionPct; }))};
}

Cards revenueCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    const auto subscriptions = store::loadSubscriptions(store, options.filter);
    if (!subscriptions) return Cards::failure(subscriptions.error());
    // CLV needs monthly churn before the series; the dashboard's cards do not show CLV.
    const auto revenue = metrics::revenueByPeriod(subscriptions.value(), frame.periods, frame.asOf, 1.0, {});
    return std::vector<KpiCard>{
        card(QStringLiteral("mrr"), QStringLiteral("currency"),
             seriesOf(revenue, [](const metrics::RevenueRow& r) { return std::optional<double>(r.mrrEnd); })),
        card(QStringLiteral("nrr_pct"), QStringLiteral("pct"),
             seriesOf(revenue, [](const metrics::RevenueRow& r) { return r.nrrPct; }))};
}

Cards feedbackCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    const auto answers = store::loadNpsAnswers(store, options.filter);
    if (!answers) return Cards::failure(answers.error());
    const auto nps = metrics::npsByPeriod(answers.value(), frame.periods);
    return std::vector<KpiCard>{card(QStringLiteral("nps"), QStringLiteral("score"),
                                     seriesOf(nps, [](const metrics::NpsRow& r) { return r.nps; }))};
}

Cards supportCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    const auto tickets = store::loadSupportTickets(store, QString(), options.filter);
    if (!tickets) return Cards::failure(tickets.error());
    const auto support =
        metrics::supportByPeriod(tickets.value(), frame.periods,
                                 store::periodEndInstants(store, frame.periods), frame.latestTicket, false);
    return std::vector<KpiCard>{
        card(QStringLiteral("frt_median_s"), QStringLiteral("seconds"),
             seriesOf(support, [](const metrics::SupportRow& r) { return r.frtMedian; })),
        card(QStringLiteral("resp24_pct"), QStringLiteral("pct"),
             seriesOf(support, [](const metrics::SupportRow& r) { return r.resp24Pct; }))};
}

// Onboarding at each period's end: active customers signed up in the last 90 days who have
// not completed it, and customers with an overdue milestone.
Cards onboardingCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    const auto checklist = store::loadChecklist(store);
    const auto customers = store::loadOnboardingCustomers(store, options.filter);
    const auto milestones = store::loadMilestones(store, options.filter);
    for (const QString* error :
         {checklist ? nullptr : &checklist.error(), customers ? nullptr : &customers.error(),
          milestones ? nullptr : &milestones.error()})
        if (error) return Cards::failure(*error);
    const auto completion =
        metrics::onboardingCompletion(customers.value(), milestones.value(), checklist.value());
    Series inProgress;
    Series overdue;
    for (const Period& p : frame.periods) {
        const int64_t day = p.lastDay();
        int64_t open = 0;
        for (const metrics::OnboardingCustomer& c : customers.value()) {
            if (c.signup > day || c.signup < day - 90 || (c.churn != metrics::noDay && c.churn <= day))
                continue;
            const auto done = completion.find(c.customer);
            open += done == completion.end() || done->second == metrics::noDay || done->second > day ? 1 : 0;
        }
        inProgress.emplace_back(p, count(open));
        const auto late =
            metrics::overdueMilestones(customers.value(), milestones.value(), checklist.value(), day);
        std::vector<int64_t> ids;
        for (const metrics::OverdueMilestone& o : late)
            ids.push_back(o.customer);
        std::sort(ids.begin(), ids.end());
        overdue.emplace_back(p, count(std::unique(ids.begin(), ids.end()) - ids.begin()));
    }
    return std::vector<KpiCard>{
        card(QStringLiteral("onboarding_in_progress"), QStringLiteral("count"), std::move(inProgress)),
        card(QStringLiteral("onboarding_overdue"), QStringLiteral("count"), std::move(overdue))};
}

Cards loyaltyCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    auto ledger = store::loadLedger(store, options.filter);
    auto orders = store::loadActivities(store, store::ActivitySource::Orders, options.filter);
    if (!ledger) return Cards::failure(ledger.error());
    if (!orders) return Cards::failure(orders.error());
    const auto loyalty = metrics::loyaltyByPeriod(std::move(ledger.value()), std::move(orders.value()),
                                                  frame.periods, loyaltyRulesFromSettings(store).tiers);
    return std::vector<KpiCard>{
        card(QStringLiteral("active_loyalty_members"), QStringLiteral("count"),
             seriesOf(loyalty, [](const metrics::LoyaltyRow& r) { return count(r.activeMembers); }))};
}

} // namespace

Expected<std::vector<KpiCard>> computeKpiGroup(store::Store& store, const DashboardOptions& options,
                                               const DashboardFrame& frame, KpiGroup group) {
    if (frame.periods.empty()) return std::vector<KpiCard>{};
    switch (group) {
    case KpiGroup::Customers:
        return customerCards(store, options, frame);
    case KpiGroup::Revenue:
        return revenueCards(store, options, frame);
    case KpiGroup::Feedback:
        return feedbackCards(store, options, frame);
    case KpiGroup::Support:
        return supportCards(store, options, frame);
    case KpiGroup::Onboarding:
        return onboardingCards(store, options, frame);
    case KpiGroup::Loyalty:
        return loyaltyCards(store, options, frame);
    }
    return std::vector<KpiCard>{};
}

Expected<std::vector<KpiCard>> computeDashboard(store::Store& store, const DashboardOptions& options) {
    const auto frame = dashboardFrame(store, options);
    if (!frame) return Cards::failure(frame.error());
    std::vector<KpiCard> cards;
    for (KpiGroup group : kpiGroups()) {
        auto some = computeKpiGroup(store, options, frame.value(), group);
        if (!some) return some;
        for (KpiCard& c : some.value())
            cards.push_back(std::move(c));
    }
    return cards;
}

} // namespace tenure::reports
