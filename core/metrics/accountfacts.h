#pragma once

#include "cohorts.h"
#include "nps.h"
#include "onboarding.h"
#include "revenue.h"
#include "support.h"
#include "usage.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::metrics {

// What the health score, the at-risk signals and the journey stage read of each account, as
// plain data. Every vector but `accounts` is sorted by customer (then time): sortHealthInputs().
struct HealthAccount {
    int64_t customer = 0;
    int64_t signup = noDay;
    int64_t churn = noDay;
    int64_t renewal = noDay;
    int segment = -1; // index into HealthInputs::segments; −1: none
};

struct HealthTicket {
    int64_t customer = 0;
    int64_t createdAt = 0;
    int64_t createdDay = 0;
    int64_t firstResponseAt = noTime;
    int64_t firstResponseDay = noDay;
    int64_t resolvedDay = noDay;
};

struct HealthInputs {
    std::vector<HealthAccount> accounts;
    std::vector<QString> segments;
    std::vector<UsageEvent> events;
    std::vector<QString> features; // names of UsageEvent::feature
    std::vector<Activity> orders;  // amount: the order's value
    std::vector<Subscription> subscriptions;
    std::vector<HealthTicket> tickets;
    std::vector<NpsAnswer> nps;
    std::vector<MilestoneState> milestones;
    std::vector<MilestoneTemplate> checklist;
};
void sortHealthInputs(HealthInputs& inputs);
// The last day with any data: signups, churns, events, orders, tickets, NPS answers.
int64_t lastDataDay(const HealthInputs& inputs);

// One account's facts on the as-of day; nothing after that day is looked at.
struct AccountFacts {
    UsageSummary usage;
    int64_t lastActivityDay = noDay; // the later of the last event and the last order
    // Onboarding: required milestone rows (a row whose milestone is not in the checklist counts
    // as required). due: its due date, else signup + the checklist's offset.
    bool hasMilestones = false;
    int milestonesDue = 0;  // due on or before the as-of day, or completed by then
    int milestonesDone = 0; // of those, completed by the as-of day
    bool onboardingComplete = false;
    int overdueMilestones = 0; // due before the as-of day and not completed by it
    QString mostOverdue;       // the name of the longest overdue one
    int64_t mostOverdueDue = noDay;
    // Support: open = created by the as-of day and not resolved by it; recent = created in the
    // last 90 days; slow = recent and first answered after more than 24 h, or still unanswered
    // a day after it was created.
    int openTickets = 0;
    int recentTickets = 0;
    int slowAnswers = 0;
    int ticketsOpenOver7Days = 0;
    int64_t oldestOpenDays = 0;
    std::optional<int> latestNps;
    int64_t latestNpsDay = noDay;
    // Revenue trend: MRR on the as-of day ÷ MRR 90 days before (subscriptions), else order
    // revenue of the last 90 days ÷ the 90 before; nullopt when the older figure is 0.
    std::optional<double> revenueRatio;
    bool revenueFromMrr = false;
    double revenueNow = 0;
    double revenueBefore = 0;
    // Orders: the last order day and the median interval between order days (at least three).
    int64_t lastOrderDay = noDay;
    std::optional<double> usualOrderInterval;
};

inline constexpr int64_t supportWindowDays = 90;
inline constexpr int64_t revenueWindowDays = 90;
inline constexpr int64_t slowAnswerSeconds = 24 * 3600;
inline constexpr int64_t longOpenTicketDays = 7;

// stickyFeatures: feature indexes (of inputs.features) for UsageSummary::stickyNeverUsed.
AccountFacts accountFacts(const HealthInputs& inputs, const HealthAccount& account, int64_t asOfDay,
                          const std::vector<int32_t>& stickyFeatures);

} // namespace tenure::metrics
