#include "dashboard.h"

#include "healthreport.h"
#include "loyaltyreport.h"
#include "store/healthinputs.h"

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
                                              KpiGroup::Support,   KpiGroup::Onboarding, KpiGroup::Loyalty,
                                              KpiGroup::Health};
    return groups;
}

QStringList kpisOf(KpiGroup group) {
    switch (group) {
    case KpiGroup::Customers:
        return {QStringLiteral("active_customers"), QStringLiteral("churn_pct"),
                QStringLiteral("retention_pct")};
    case KpiGroup::Revenue:
        return {QStringLiteral("mrr"), QStringLiteral("nrr_pct")};
    case KpiGroup::Feedback:
        return {QStringLiteral("nps")};
    case KpiGroup::Support:
        return {QStringLiteral("frt_median_s"), QStringLiteral("resp24_pct")};
    case KpiGroup::Onboarding:
        return {QStringLiteral("onboarding_in_progress"), QStringLiteral("onboarding_overdue")};
    case KpiGroup::Loyalty:
        return {QStringLiteral("active_loyalty_members")};
    case KpiGroup::Health:
        return {QStringLiteral("at_risk")};
    }
    return {};
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
    std::vector<int64_t> days;
    for (const Period& p : frame.periods)
        days.push_back(p.lastDay());
    const auto status =
        metrics::onboardingStatusOn(customers.value(), milestones.value(), checklist.value(), days);
    Series inProgress;
    Series overdue;
    for (size_t i = 0; i < frame.periods.size(); ++i) {
        inProgress.emplace_back(frame.periods[i], count(status[i].inProgress));
        overdue.emplace_back(frame.periods[i], count(status[i].overdueCustomers));
    }
    return std::vector<KpiCard>{
        card(QStringLiteral("onboarding_in_progress"), QStringLiteral("count"), std::move(inProgress)),
        card(QStringLiteral("onboarding_overdue"), QStringLiteral("count"), std::move(overdue))};
}

Cards loyaltyCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    auto inputs = loadLoyaltyInputs(store, options.filter);
    if (!inputs) return Cards::failure(inputs.error());
    const auto loyalty = metrics::loyaltyByPeriod(std::move(inputs->ledger), std::move(inputs->orders),
                                                  frame.periods, loyaltyRulesFromSettings(store).tiers);
    return std::vector<KpiCard>{
        card(QStringLiteral("active_loyalty_members"), QStringLiteral("count"),
             seriesOf(loyalty, [](const metrics::LoyaltyRow& r) { return count(r.activeMembers); }))};
}

// At-risk accounts: the health score's at_risk band on each period's last day would cost a
// full scoring per period, so the latest period is scored now and earlier periods come from
// the scores recorded in the store's health history (empty where none was recorded).
Cards healthCards(store::Store& store, const DashboardOptions& options, const DashboardFrame& frame) {
    HealthOptions health;
    health.filter = options.filter;
    health.asOfDay = frame.periods.back().lastDay();
    health.churnProbability = false;
    const auto report = computeHealth(store, health);
    if (!report) return Cards::failure(report.error());
    int64_t atRisk = 0;
    for (const HealthRow& row : report->rows)
        atRisk += row.health.health.band == metrics::HealthBand::AtRisk ? 1 : 0;
    const auto recorded = store::countRecordedAtRisk(store, frame.periods, options.filter);
    if (!recorded) return Cards::failure(recorded.error());
    Series series;
    for (size_t i = 0; i + 1 < frame.periods.size(); ++i)
        series.emplace_back(frame.periods[i], recorded.value()[i]);
    series.emplace_back(frame.periods.back(), count(atRisk));
    return std::vector<KpiCard>{card(QStringLiteral("at_risk"), QStringLiteral("count"), std::move(series))};
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
    case KpiGroup::Health:
        return healthCards(store, options, frame);
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
