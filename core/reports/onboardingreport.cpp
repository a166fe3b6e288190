#include "onboardingreport.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace tenure::reports {

namespace {

// The dashboard's window of "onboarding in progress": signups of the last 90 days.
constexpr int64_t onboardingWindowDays = 90;

// What every onboarding figure reads: the checklist, the customers (their interactions during
// onboarding counted up to asOf), their milestones, and each one's completion day.
struct Inputs {
    std::vector<store::ChecklistMilestone> checklist;
    std::vector<metrics::MilestoneTemplate> templates;
    std::vector<metrics::OnboardingCustomer> customers;
    std::vector<metrics::MilestoneState> milestones;
    std::map<int64_t, int64_t> completion;
    int64_t asOf = metrics::noDay;
};

Expected<Inputs> loadInputs(store::Store& store, const OnboardingOptions& options) {
    using Result = Expected<Inputs>;
    auto checklist = store::loadChecklistTemplate(store);
    auto customers = store::loadOnboardingCustomers(store, options.filter);
    auto milestones = store::loadMilestones(store, options.filter);
    const auto interactions =
        store::loadActivities(store, store::ActivitySource::Interactions, options.filter);
    for (const QString* error :
         {checklist ? nullptr : &checklist.error(), customers ? nullptr : &customers.error(),
          milestones ? nullptr : &milestones.error(), interactions ? nullptr : &interactions.error()})
        if (error) return Result::failure(*error);

    Inputs in;
    in.checklist = std::move(checklist.value());
    in.customers = std::move(customers.value());
    in.milestones = std::move(milestones.value());
    for (const store::ChecklistMilestone& m : in.checklist)
        in.templates.push_back({m.name, m.offsetDays, m.required});
    // The report's day: the last signup or milestone completion (as `report onboarding` does).
    int64_t last = metrics::noDay;
    for (const metrics::OnboardingCustomer& c : in.customers)
        if (c.signup != metrics::noDay) last = last == metrics::noDay ? c.signup : std::max(last, c.signup);
    for (const metrics::MilestoneState& m : in.milestones)
        if (m.completed != metrics::noDay)
            last = last == metrics::noDay ? m.completed : std::max(last, m.completed);
    in.asOf = options.asOfDay.value_or(last);
    in.completion = metrics::onboardingCompletion(in.customers, in.milestones, in.templates);
    metrics::countOnboardingInteractions(in.customers, interactions.value(), in.completion, in.asOf);
    return in;
}

} // namespace

Expected<std::vector<ExplainRow>>
explainOnboardingCohort(store::Store& store, const OnboardingOptions& options, const Period& cohort) {
    const auto in = loadInputs(store, options);
    if (!in) return Expected<std::vector<ExplainRow>>::failure(in.error());
    return withCustomerKeys(
        store, metrics::explainOnboardingCohort(in->customers, in->milestones, in->templates, cohort));
}

Expected<std::vector<ExplainRow>> explainOnboardingDays(store::Store& store, const OnboardingOptions& options,
                                                        const Period& cohort, const QString& milestone) {
    using Result = Expected<std::vector<ExplainRow>>;
    const auto in = loadInputs(store, options);
    if (!in) return Result::failure(in.error());
    if (milestone.isEmpty())
        return withCustomerKeys(store, metrics::explainDaysToOnboard(in->customers, in->milestones,
                                                                     in->templates, cohort, in->asOf));
    // The trend has an average for every milestone of the checklist or of any customer's rows.
    const auto named = [&milestone](const auto& m) { return m.name == milestone; };
    const bool known =
        std::any_of(in->templates.begin(), in->templates.end(), named) ||
        std::any_of(in->milestones.begin(), in->milestones.end(),
                    [&milestone](const metrics::MilestoneState& m) { return m.milestone == milestone; });
    if (!known) {
        QStringList names;
        for (const metrics::MilestoneTemplate& t : in->templates)
            names << t.name;
        return Result::failure(QStringLiteral("no milestone \"%1\"; the checklist has: %2")
                                   .arg(milestone, names.join(QStringLiteral(", "))));
    }
    return withCustomerKeys(store,
                            metrics::explainDaysToMilestone(in->customers, in->milestones, in->templates,
                                                            cohort, milestone, in->asOf));
}

Expected<OnboardingReport> computeOnboarding(store::Store& store, const OnboardingOptions& options) {
    using Result = Expected<OnboardingReport>;
    auto loaded = loadInputs(store, options);
    if (!loaded) return Result::failure(loaded.error());
    Inputs& in = loaded.value();
    const std::vector<metrics::MilestoneTemplate>& templates = in.templates;
    const auto& completion = in.completion;
    const int64_t asOf = in.asOf;
    const std::vector<metrics::OnboardingCustomer>& customers = in.customers;
    const std::vector<metrics::MilestoneState>& milestones = in.milestones;

    OnboardingReport report;
    report.checklist = std::move(in.checklist);
    report.asOfDay = asOf;
    report.trend = metrics::onboardingByCohort(customers, milestones, templates, options.unit);
    report.overdue = metrics::overdueMilestones(customers, milestones, templates, asOf);

    // Who is in onboarding, and how far each has come.
    std::map<int64_t, OnboardingAccount> accounts;
    for (const metrics::OnboardingCustomer& c : customers) {
        if (c.signup == metrics::noDay || c.signup > asOf || c.signup < asOf - onboardingWindowDays) continue;
        if (c.churn != metrics::noDay && c.churn <= asOf) continue;
        const auto done = completion.find(c.customer);
        if (done != completion.end() && done->second != metrics::noDay && done->second <= asOf) continue;
        accounts[c.customer].signup = c.signup;
    }
    std::unordered_map<int64_t, int64_t> signups;
    for (const metrics::OnboardingCustomer& c : customers)
        signups[c.customer] = c.signup;
    for (const metrics::OverdueMilestone& o : report.overdue) {
        OnboardingAccount& a = accounts[o.customer];
        a.signup = signups[o.customer];
        a.overdue.push_back(o);
        if (o.stuck)
            a.status = OnboardingStatus::Stuck;
        else if (a.status == OnboardingStatus::OnTrack)
            a.status = OnboardingStatus::Behind;
    }
    std::set<QString> names;
    for (const metrics::MilestoneTemplate& t : templates)
        names.insert(t.name);
    std::unordered_map<int64_t, int> completed;
    for (const metrics::MilestoneState& m : milestones)
        if (m.completed != metrics::noDay && m.completed <= asOf && names.count(m.milestone) &&
            accounts.count(m.customer))
            ++completed[m.customer];

    std::vector<int64_t> ids;
    for (auto& [id, a] : accounts) {
        a.customer = id;
        a.total = static_cast<int>(templates.size());
        a.completed = completed[id];
        std::sort(a.overdue.begin(), a.overdue.end(),
                  [](const metrics::OverdueMilestone& x, const metrics::OverdueMilestone& y) {
                      return x.daysOverdue > y.daysOverdue;
                  });
        ids.push_back(id);
    }
    std::vector<int64_t> overdueIds;
    for (const metrics::OverdueMilestone& o : report.overdue)
        overdueIds.push_back(o.customer);
    const auto labels = store::loadCustomerLabels(store, ids);
    const auto keys = store::loadCustomerKeys(store, overdueIds);
    if (!labels) return Result::failure(labels.error());
    if (!keys) return Result::failure(keys.error());
    report.overdueKeys = keys.value();
    size_t i = 0;
    for (auto& [id, a] : accounts) {
        a.customerKey = labels.value()[i].key;
        a.name = labels.value()[i].name;
        ++i;
        report.accounts.push_back(std::move(a));
    }
    std::stable_sort(
        report.accounts.begin(), report.accounts.end(),
        [](const OnboardingAccount& x, const OnboardingAccount& y) { return x.signup > y.signup; });
    return report;
}

Expected<std::vector<ExplainRow>> explainOnboardingStatusCell(store::Store& store,
                                                              const store::CustomerFilter& filter,
                                                              int64_t day,
                                                              metrics::OnboardingStatusFigure figure) {
    using Result = Expected<std::vector<ExplainRow>>;
    const auto checklist = store::loadChecklist(store);
    const auto customers = store::loadOnboardingCustomers(store, filter);
    const auto milestones = store::loadMilestones(store, filter);
    for (const QString* error :
         {checklist ? nullptr : &checklist.error(), customers ? nullptr : &customers.error(),
          milestones ? nullptr : &milestones.error()})
        if (error) return Result::failure(*error);
    return withCustomerKeys(store, metrics::explainOnboardingStatus(customers.value(), milestones.value(),
                                                                    checklist.value(), day, figure));
}

} // namespace tenure::reports
