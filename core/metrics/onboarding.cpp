#include "onboarding.h"

#include "model/dates.h"

#include <QStringList>

#include <algorithm>
#include <unordered_map>

namespace tenure::metrics {

namespace {

const MilestoneTemplate* findTemplate(const std::vector<MilestoneTemplate>& checklist, const QString& name) {
    for (const MilestoneTemplate& m : checklist)
        if (m.name == name) return &m;
    return nullptr;
}

// Milestones of one customer, by the customer's row id.
std::unordered_map<int64_t, std::vector<const MilestoneState*>>
byCustomer(const std::vector<MilestoneState>& milestones) {
    std::unordered_map<int64_t, std::vector<const MilestoneState*>> out;
    for (const MilestoneState& m : milestones)
        out[m.customer].push_back(&m);
    return out;
}

// "1 day", "12 days".
QString counted(int64_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

std::optional<double> average(double sum, int64_t count) {
    if (count == 0) return std::nullopt;
    return sum / static_cast<double>(count);
}

// The day onboarding completed: every required milestone of the checklist done (those the
// customer has no row for count as not done); noDay otherwise.
int64_t completionDay(const std::vector<const MilestoneState*>& states,
                      const std::vector<MilestoneTemplate>& checklist) {
    int64_t last = noDay;
    bool anyRequired = false;
    for (const MilestoneTemplate& t : checklist) {
        if (!t.required) continue;
        anyRequired = true;
        int64_t done = noDay;
        for (const MilestoneState* s : states)
            if (s->milestone == t.name) done = s->completed;
        if (done == noDay) return noDay;
        last = std::max(last, done);
    }
    return anyRequired ? last : noDay;
}

} // namespace

std::map<int64_t, int64_t> onboardingCompletion(const std::vector<OnboardingCustomer>& customers,
                                                const std::vector<MilestoneState>& milestones,
                                                const std::vector<MilestoneTemplate>& checklist) {
    const auto states = byCustomer(milestones);
    std::map<int64_t, int64_t> out;
    for (const OnboardingCustomer& c : customers) {
        const auto it = states.find(c.customer);
        out[c.customer] = it == states.end() ? noDay : completionDay(it->second, checklist);
    }
    return out;
}

std::vector<OnboardingRow> onboardingByCohort(const std::vector<OnboardingCustomer>& customers,
                                              const std::vector<MilestoneState>& milestones,
                                              const std::vector<MilestoneTemplate>& checklist,
                                              PeriodUnit unit) {
    const auto states = byCustomer(milestones);
    struct Sums {
        OnboardingRow row;
        double days = 0;
        double interactions = 0;
        std::map<QString, std::pair<double, int64_t>> milestoneDays;
    };
    std::map<int64_t, Sums> cohorts; // by cohort start
    for (const OnboardingCustomer& c : customers) {
        if (c.signup == noDay) continue;
        const Period cohort = periodOf(c.signup, unit);
        Sums& sums = cohorts[cohort.start];
        sums.row.cohort = cohort;
        ++sums.row.customers;
        const auto it = states.find(c.customer);
        if (it == states.end()) continue;
        for (const MilestoneState* s : it->second)
            if (s->completed != noDay) {
                auto& [total, count] = sums.milestoneDays[s->milestone];
                total += static_cast<double>(s->completed - c.signup);
                ++count;
            }
        const int64_t done = completionDay(it->second, checklist);
        if (done == noDay) continue;
        ++sums.row.completed;
        sums.days += static_cast<double>(done - c.signup);
        sums.interactions += static_cast<double>(c.interactions);
    }
    std::vector<OnboardingRow> rows;
    for (auto& [start, sums] : cohorts) {
        OnboardingRow row = sums.row;
        row.daysToOnboardAvg = average(sums.days, row.completed);
        row.interactionsAvg = average(sums.interactions, row.completed);
        for (const MilestoneTemplate& t : checklist)
            row.daysToMilestoneAvg[t.name] = std::nullopt;
        for (const auto& [name, totals] : sums.milestoneDays)
            row.daysToMilestoneAvg[name] = average(totals.first, totals.second);
        rows.push_back(std::move(row));
    }
    return rows;
}

namespace {

// What an explanation says of a milestone a customer has not completed: its target, and on
// asOfDay whether it is overdue (overdueMilestones' reading: a row of it, past its target, the
// customer still with us; stuck beyond twice its allowance).
QString openMilestone(const OnboardingCustomer& c, const std::vector<const MilestoneState*>& own,
                      const MilestoneTemplate* t, const QString& name, int64_t asOfDay) {
    const MilestoneState* state = nullptr;
    for (const MilestoneState* s : own)
        if (s->milestone == name) state = s;
    if (!state) return name + QStringLiteral(" (no record)");
    int64_t due = state->due;
    if (due == noDay && t && c.signup != noDay) due = c.signup + t->offsetDays;
    if (due == noDay) return name + QStringLiteral(" (no target)");
    const bool withUs = c.churn == noDay || c.churn > asOfDay;
    if (asOfDay == noDay || !withUs || due >= asOfDay)
        return name + QStringLiteral(" (due on %1)").arg(formatDate(due));
    const int64_t late = asOfDay - due;
    const bool stuck = late > 2 * static_cast<int64_t>(t ? t->offsetDays : 0);
    return name + QStringLiteral(" (due on %1, overdue by %2 on %3: %4)")
                      .arg(formatDate(due), counted(late, "day", "days"), formatDate(asOfDay),
                           stuck ? QStringLiteral("stuck") : QStringLiteral("behind"));
}

// The cohort's members by signup day, then row id (explainOnboardingCohort's order).
std::vector<const OnboardingCustomer*> cohortMembers(const std::vector<OnboardingCustomer>& customers,
                                                     const Period& cohort) {
    std::vector<const OnboardingCustomer*> members;
    for (const OnboardingCustomer& c : customers)
        if (c.signup != noDay && cohort.contains(c.signup)) members.push_back(&c);
    std::stable_sort(members.begin(), members.end(),
                     [](const OnboardingCustomer* a, const OnboardingCustomer* b) {
                         return a->signup != b->signup ? a->signup < b->signup : a->customer < b->customer;
                     });
    return members;
}

// A customer who completed onboarding on `done`: the terms of the cohort's averages.
QString onboarded(const OnboardingCustomer& c, int64_t done) {
    return QStringLiteral("onboarded on %1: %2 to onboard, %3 during onboarding")
        .arg(formatDate(done), counted(done - c.signup, "day", "days"),
             counted(c.interactions, "interaction", "interactions"));
}

// The required milestones of the checklist a customer has not completed, in its order
// (completionDay's reading: a customer's last row of a milestone counts).
std::vector<const MilestoneTemplate*> missingRequired(const std::vector<const MilestoneState*>& own,
                                                      const std::vector<MilestoneTemplate>& checklist) {
    std::vector<const MilestoneTemplate*> missing;
    for (const MilestoneTemplate& t : checklist) {
        if (!t.required) continue;
        int64_t completed = noDay;
        for (const MilestoneState* s : own)
            if (s->milestone == t.name) completed = s->completed;
        if (completed == noDay) missing.push_back(&t);
    }
    return missing;
}

} // namespace

std::vector<ExplainedCustomer> explainOnboardingCohort(const std::vector<OnboardingCustomer>& customers,
                                                       const std::vector<MilestoneState>& milestones,
                                                       const std::vector<MilestoneTemplate>& checklist,
                                                       const Period& cohort) {
    const auto states = byCustomer(milestones);
    const std::vector<const OnboardingCustomer*> members = cohortMembers(customers, cohort);
    const int64_t required = std::count_if(checklist.begin(), checklist.end(),
                                           [](const MilestoneTemplate& t) { return t.required; });
    const std::vector<const MilestoneState*> none;
    std::vector<ExplainedCustomer> out;
    out.reserve(members.size());
    for (const OnboardingCustomer* c : members) {
        const auto it = states.find(c->customer);
        const std::vector<const MilestoneState*>& own = it == states.end() ? none : it->second;
        const QString signedUp = QStringLiteral("signed up on %1, ").arg(formatDate(c->signup));
        if (const int64_t done = completionDay(own, checklist); done != noDay) {
            out.push_back({c->customer, Role::Numerator, signedUp + onboarded(*c, done)});
            continue;
        }
        QStringList missing;
        for (const MilestoneTemplate* t : missingRequired(own, checklist))
            missing << t->name;
        QString reason = signedUp + QStringLiteral("not onboarded: ");
        if (required == 0)
            reason += QStringLiteral("the checklist has no required milestone");
        else
            reason += QStringLiteral("missing %1 (%2 of %3 required done)")
                          .arg(missing.join(QStringLiteral(", ")))
                          .arg(required - static_cast<int64_t>(missing.size()))
                          .arg(required);
        if (c->churn != noDay) reason += QStringLiteral("; churned on ") + formatDate(c->churn);
        out.push_back({c->customer, Role::Denominator, reason});
    }
    return out;
}

std::vector<ExplainedCustomer> explainDaysToOnboard(const std::vector<OnboardingCustomer>& customers,
                                                    const std::vector<MilestoneState>& milestones,
                                                    const std::vector<MilestoneTemplate>& checklist,
                                                    const Period& cohort, int64_t asOfDay) {
    const auto states = byCustomer(milestones);
    const std::vector<const MilestoneState*> none;
    std::vector<ExplainedCustomer> out;
    for (const OnboardingCustomer* c : cohortMembers(customers, cohort)) {
        const auto it = states.find(c->customer);
        const std::vector<const MilestoneState*>& own = it == states.end() ? none : it->second;
        const QString signedUp = QStringLiteral("signed up on %1, ").arg(formatDate(c->signup));
        if (const int64_t done = completionDay(own, checklist); done != noDay) {
            out.push_back({c->customer, Role::Numerator, signedUp + onboarded(*c, done)});
            continue;
        }
        QStringList missing;
        for (const MilestoneTemplate* t : missingRequired(own, checklist))
            missing << openMilestone(*c, own, t, t->name, asOfDay);
        QString reason = signedUp + QStringLiteral("not onboarded yet: ");
        reason += missing.isEmpty() ? QStringLiteral("the checklist has no required milestone")
                                    : QStringLiteral("missing ") + missing.join(QStringLiteral(", "));
        if (c->churn != noDay) reason += QStringLiteral("; churned on ") + formatDate(c->churn);
        out.push_back({c->customer, Role::Excluded, reason});
    }
    return out;
}

std::vector<ExplainedCustomer> explainDaysToMilestone(const std::vector<OnboardingCustomer>& customers,
                                                      const std::vector<MilestoneState>& milestones,
                                                      const std::vector<MilestoneTemplate>& checklist,
                                                      const Period& cohort, const QString& milestone,
                                                      int64_t asOfDay) {
    const auto states = byCustomer(milestones);
    const std::vector<const MilestoneState*> none;
    const MilestoneTemplate* t = findTemplate(checklist, milestone);
    std::vector<ExplainedCustomer> out;
    for (const OnboardingCustomer* c : cohortMembers(customers, cohort)) {
        const auto it = states.find(c->customer);
        const std::vector<const MilestoneState*>& own = it == states.end() ? none : it->second;
        const QString signedUp = QStringLiteral("signed up on %1, ").arg(formatDate(c->signup));
        // onboardingByCohort averages over every completed row of the milestone.
        bool completed = false;
        for (const MilestoneState* s : own) {
            if (s->milestone != milestone || s->completed == noDay) continue;
            completed = true;
            out.push_back({c->customer, Role::Numerator,
                           signedUp + QStringLiteral("%1 reached on %2: %3")
                                          .arg(milestone, formatDate(s->completed),
                                               counted(s->completed - c->signup, "day", "days"))});
        }
        if (completed) continue;
        QString reason =
            signedUp + QStringLiteral("not completed yet: ") + openMilestone(*c, own, t, milestone, asOfDay);
        if (c->churn != noDay) reason += QStringLiteral("; churned on ") + formatDate(c->churn);
        out.push_back({c->customer, Role::Excluded, reason});
    }
    return out;
}

void countOnboardingInteractions(std::vector<OnboardingCustomer>& customers,
                                 const std::vector<Activity>& interactions,
                                 const std::map<int64_t, int64_t>& completion, int64_t asOfDay) {
    std::unordered_map<int64_t, OnboardingCustomer*> byId;
    for (OnboardingCustomer& c : customers) {
        c.interactions = 0;
        byId[c.customer] = &c;
    }
    for (const Activity& a : interactions) {
        const auto it = byId.find(a.customer);
        if (it == byId.end() || it->second->signup == noDay) continue;
        const auto done = completion.find(a.customer);
        const int64_t until = done == completion.end() || done->second == noDay ? asOfDay : done->second;
        if (a.day >= it->second->signup && a.day <= until) ++it->second->interactions;
    }
}

std::vector<OverdueMilestone> overdueMilestones(const std::vector<OnboardingCustomer>& customers,
                                                const std::vector<MilestoneState>& milestones,
                                                const std::vector<MilestoneTemplate>& checklist,
                                                int64_t asOfDay) {
    std::unordered_map<int64_t, int64_t> signups; // of the customers still with us on asOfDay
    for (const OnboardingCustomer& c : customers)
        if (c.churn == noDay || c.churn > asOfDay) signups[c.customer] = c.signup;
    std::vector<OverdueMilestone> out;
    for (const MilestoneState& m : milestones) {
        if (m.completed != noDay && m.completed <= asOfDay) continue;
        const MilestoneTemplate* t = findTemplate(checklist, m.milestone);
        const auto signup = signups.find(m.customer);
        if (signup == signups.end()) continue;
        int64_t due = m.due;
        if (due == noDay && t && signup != signups.end() && signup->second != noDay)
            due = signup->second + t->offsetDays;
        if (due == noDay || due >= asOfDay) continue;
        const int64_t late = asOfDay - due;
        const int allowance = t ? t->offsetDays : 0;
        out.push_back({m.customer, m.milestone, due, late, late > 2 * static_cast<int64_t>(allowance)});
    }
    return out;
}

std::vector<OnboardingStatus> onboardingStatusOn(const std::vector<OnboardingCustomer>& customers,
                                                 const std::vector<MilestoneState>& milestones,
                                                 const std::vector<MilestoneTemplate>& checklist,
                                                 const std::vector<int64_t>& days) {
    std::vector<OnboardingStatus> out;
    for (int64_t day : days)
        out.push_back({day, 0, 0});
    const auto completion = onboardingCompletion(customers, milestones, checklist);
    std::unordered_map<int64_t, const OnboardingCustomer*> byId;
    byId.reserve(customers.size());
    for (const OnboardingCustomer& c : customers) {
        byId[c.customer] = &c;
        const auto done = completion.find(c.customer);
        const int64_t completed = done == completion.end() ? noDay : done->second;
        for (OnboardingStatus& s : out) {
            if (c.signup > s.day || c.signup < s.day - 90 || (c.churn != noDay && c.churn <= s.day)) continue;
            s.inProgress += completed == noDay || completed > s.day ? 1 : 0;
        }
    }
    // A customer is overdue on a day when any of its milestones is: due before that day, not
    // completed by it, and the customer still with us. Each customer's days form a bit mask.
    std::unordered_map<int64_t, uint64_t> overdueDays;
    std::vector<std::pair<const QString*, const MilestoneTemplate*>> templates; // per name seen
    for (const MilestoneState& m : milestones) {
        const auto customer = byId.find(m.customer);
        if (customer == byId.end()) continue;
        const MilestoneTemplate* t = nullptr;
        bool known = false;
        for (const auto& [name, found] : templates)
            if (*name == m.milestone) {
                t = found;
                known = true;
                break;
            }
        if (!known) {
            t = findTemplate(checklist, m.milestone);
            templates.emplace_back(&m.milestone, t);
        }
        const OnboardingCustomer& c = *customer->second;
        int64_t due = m.due;
        if (due == noDay && t && c.signup != noDay) due = c.signup + t->offsetDays;
        if (due == noDay) continue;
        uint64_t mask = 0;
        for (size_t i = 0; i < out.size() && i < 64; ++i) {
            const int64_t day = out[i].day;
            const bool open = m.completed == noDay || m.completed > day;
            const bool active = c.churn == noDay || c.churn > day;
            if (open && active && due < day) mask |= uint64_t{1} << i;
        }
        if (mask) overdueDays[m.customer] |= mask;
    }
    for (const auto& [customer, mask] : overdueDays)
        for (size_t i = 0; i < out.size() && i < 64; ++i)
            out[i].overdueCustomers += (mask >> i) & 1;
    return out;
}

} // namespace tenure::metrics
