// The rows behind the dashboard's onboarding cards (onboardingStatusOn's counts on one day).
#include "onboarding.h"

#include "model/dates.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tenure::metrics {

std::vector<ExplainedCustomer> explainOnboardingStatus(const std::vector<OnboardingCustomer>& customers,
                                                       const std::vector<MilestoneState>& milestones,
                                                       const std::vector<MilestoneTemplate>& checklist,
                                                       int64_t day, OnboardingStatusFigure figure) {
    std::vector<ExplainedCustomer> out;
    std::unordered_map<int64_t, const OnboardingCustomer*> byId;
    byId.reserve(customers.size());
    for (const OnboardingCustomer& c : customers)
        byId[c.customer] = &c;
    if (figure == OnboardingStatusFigure::InProgress) {
        // Active customers who signed up in the 90 days up to the day: not onboarded by then are
        // the numerator; onboarded ones are listed as left out. Nobody else is listed.
        const auto completion = onboardingCompletion(customers, milestones, checklist);
        for (const OnboardingCustomer& c : customers) {
            if (c.signup == noDay || c.signup > day || c.signup < day - 90) continue;
            if (c.churn != noDay && c.churn <= day) continue;
            const auto done = completion.find(c.customer);
            const int64_t completed = done == completion.end() ? noDay : done->second;
            const QString signedUp = QStringLiteral("signed up on %1").arg(formatDate(c.signup));
            if (completed == noDay || completed > day)
                out.push_back({c.customer, Role::Numerator,
                               signedUp + QStringLiteral(", not onboarded by %1").arg(formatDate(day))});
            else
                out.push_back({c.customer, Role::Excluded,
                               signedUp + QStringLiteral(", onboarded on %1").arg(formatDate(completed))});
        }
    } else {
        // Customers with a milestone due before the day, not completed by it, still customers:
        // each with the milestones that make them overdue (as onboardingStatusOn counts them).
        std::map<int64_t, QStringList> late;
        for (const MilestoneState& m : milestones) {
            const auto found = byId.find(m.customer);
            if (found == byId.end()) continue;
            const OnboardingCustomer& c = *found->second;
            int64_t due = m.due;
            if (due == noDay && c.signup != noDay)
                for (const MilestoneTemplate& t : checklist)
                    if (t.name == m.milestone) due = c.signup + t.offsetDays;
            if (due == noDay) continue;
            const bool open = m.completed == noDay || m.completed > day;
            const bool active = c.churn == noDay || c.churn > day;
            if (open && active && due < day)
                late[m.customer] << QStringLiteral("%1 due on %2").arg(m.milestone, formatDate(due));
        }
        for (auto& [customer, names] : late)
            out.push_back(
                {customer, Role::Numerator,
                 QStringLiteral("overdue on %1: %2").arg(formatDate(day), names.join(QStringLiteral("; ")))});
    }
    std::sort(out.begin(), out.end(),
              [](const ExplainedCustomer& a, const ExplainedCustomer& b) { return a.customer < b.customer; });
    return out;
}

} // namespace tenure::metrics
