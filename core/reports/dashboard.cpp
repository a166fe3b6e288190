#include "dashboard.h"

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

Expected<std::vector<KpiCard>> computeDashboard(store::Store& store, const DashboardOptions& options) {
    using Result = Expected<std::vector<KpiCard>>;
    const auto lifetimes = store::loadLifetimes(store, options.filter);
    const auto subscriptions = store::loadSubscriptions(store, options.filter);
    const auto answers = store::loadNpsAnswers(store, options.filter);
    const auto tickets = store::loadSupportTickets(store, QString(), options.filter);
    const auto checklist = store::loadChecklist(store);
    const auto onboardingCustomers = store::loadOnboardingCustomers(store, options.filter);
    const auto milestones = store::loadMilestones(store, options.filter);
    auto ledger = store::loadLedger(store, options.filter);
    auto orders = store::loadActivities(store, store::ActivitySource::Orders, options.filter);
    for (const QString* error :
         {lifetimes ? nullptr : &lifetimes.error(), subscriptions ? nullptr : &subscriptions.error(),
          answers ? nullptr : &answers.error(), tickets ? nullptr : &tickets.error(),
          checklist ? nullptr : &checklist.error(),
          onboardingCustomers ? nullptr : &onboardingCustomers.error(),
          milestones ? nullptr : &milestones.error(), ledger ? nullptr : &ledger.error(),
          orders ? nullptr : &orders.error()})
        if (error) return Result::failure(*error);

    // The latest complete period ends on the last day with data (or the given day).
    int64_t last = metrics::noDay;
    int64_t latestTicket = metrics::noTime;
    for (const metrics::Lifetime& l : lifetimes.value())
        last = std::max({last, l.signup, l.churn});
    for (const metrics::SupportTicket& t : tickets.value()) {
        last = std::max(last, t.createdDay);
        latestTicket = std::max(latestTicket, t.createdAt);
    }
    for (const metrics::NpsAnswer& a : answers.value())
        last = std::max(last, a.day);
    const int64_t asOf = options.asOfDay.value_or(last);
    if (asOf == metrics::noDay) return std::vector<KpiCard>{};
    const std::vector<Period> periods =
        periodsEndingWith(latestCompletePeriod(asOf, options.unit), options.seriesLength, options.unit);

    std::vector<KpiCard> cards;
    const auto churn = metrics::churnByPeriod(lifetimes.value(), periods, asOf);
    cards.push_back(
        card(QStringLiteral("active_customers"), QStringLiteral("count"),
             seriesOf(churn, [](const metrics::ChurnRow& r) { return count(r.customersAtEnd); })));
    cards.push_back(card(QStringLiteral("churn_pct"), QStringLiteral("pct"),
                         seriesOf(churn, [](const metrics::ChurnRow& r) { return r.churnPct; })));
    cards.push_back(card(QStringLiteral("retention_pct"), QStringLiteral("pct"),
                         seriesOf(churn, [](const metrics::ChurnRow& r) { return r.retentionPct; })));

    // CLV needs monthly churn before the series; the dashboard's cards do not show CLV.
    const auto revenue = metrics::revenueByPeriod(subscriptions.value(), periods, asOf, 1.0, {});
    cards.push_back(card(
        QStringLiteral("mrr"), QStringLiteral("currency"),
        seriesOf(revenue, [](const metrics::RevenueRow& r) { return std::optional<double>(r.mrrEnd); })));
    cards.push_back(card(QStringLiteral("nrr_pct"), QStringLiteral("pct"),
                         seriesOf(revenue, [](const metrics::RevenueRow& r) { return r.nrrPct; })));

    const auto nps = metrics::npsByPeriod(answers.value(), periods);
    cards.push_back(card(QStringLiteral("nps"), QStringLiteral("score"),
                         seriesOf(nps, [](const metrics::NpsRow& r) { return r.nps; })));

    const auto support = metrics::supportByPeriod(
        tickets.value(), periods, store::periodEndInstants(store, periods), latestTicket, false);
    cards.push_back(card(QStringLiteral("frt_median_s"), QStringLiteral("seconds"),
                         seriesOf(support, [](const metrics::SupportRow& r) { return r.frtMedian; })));
    cards.push_back(card(QStringLiteral("resp24_pct"), QStringLiteral("pct"),
                         seriesOf(support, [](const metrics::SupportRow& r) { return r.resp24Pct; })));

    // Onboarding at each period's end: active customers signed up in the last 90 days who have
    // not completed it, and customers with an overdue milestone.
    const auto completion =
        metrics::onboardingCompletion(onboardingCustomers.value(), milestones.value(), checklist.value());
    Series inProgress;
    Series overdue;
    for (const Period& p : periods) {
        const int64_t day = p.lastDay();
        int64_t open = 0;
        for (const metrics::OnboardingCustomer& c : onboardingCustomers.value()) {
            if (c.signup > day || c.signup < day - 90 || (c.churn != metrics::noDay && c.churn <= day))
                continue;
            const auto done = completion.find(c.customer);
            open += done == completion.end() || done->second == metrics::noDay || done->second > day ? 1 : 0;
        }
        inProgress.emplace_back(p, count(open));
        const auto late = metrics::overdueMilestones(onboardingCustomers.value(), milestones.value(),
                                                     checklist.value(), day);
        std::vector<int64_t> customers;
        for (const metrics::OverdueMilestone& o : late)
            customers.push_back(o.customer);
        std::sort(customers.begin(), customers.end());
        overdue.emplace_back(p, count(std::unique(customers.begin(), customers.end()) - customers.begin()));
    }
    cards.push_back(
        card(QStringLiteral("onboarding_in_progress"), QStringLiteral("count"), std::move(inProgress)));
    cards.push_back(card(QStringLiteral("onboarding_overdue"), QStringLiteral("count"), std::move(overdue)));

    const auto loyalty = metrics::loyaltyByPeriod(std::move(ledger.value()), std::move(orders.value()),
                                                  periods, metrics::defaultTiers());
    cards.push_back(
        card(QStringLiteral("active_loyalty_members"), QStringLiteral("count"),
             seriesOf(loyalty, [](const metrics::LoyaltyRow& r) { return count(r.activeMembers); })));
    return cards;
}

} // namespace tenure::reports
