#pragma once

#include "churn.h"
#include "cohorts.h"
#include "lifetime.h"

#include "model/period.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace tenure::metrics {

// A milestone of the onboarding checklist template: its target is offsetDays after signup.
struct MilestoneTemplate {
    QString name;
    int offsetDays = 0;
    bool required = true;
};

// One customer's state of one milestone; due noDay: signup + the template's offset.
struct MilestoneState {
    int64_t customer = 0;
    QString milestone;
    int64_t due = noDay;
    int64_t completed = noDay; // the day it was completed
};

struct OnboardingCustomer {
    int64_t customer = 0;
    int64_t signup = noDay;
    int64_t churn = noDay;    // churned customers are no longer onboarding: never overdue
    int64_t interactions = 0; // logged between signup and onboarding completion (or asOf)
};

// Per signup period (metrics.md): days to onboard = the day the last required milestone was
// completed − signup; days to milestone m = its completion − signup; interactions during
// onboarding. Averages over the customers who completed (each milestone: who completed it).
struct OnboardingRow {
    Period cohort;
    int64_t customers = 0;
    int64_t completed = 0;
    std::optional<double> daysToOnboardAvg;
    std::optional<double> interactionsAvg;
    std::map<QString, std::optional<double>> daysToMilestoneAvg;
};

std::vector<OnboardingRow> onboardingByCohort(const std::vector<OnboardingCustomer>& customers,
                                              const std::vector<MilestoneState>& milestones,
                                              const std::vector<MilestoneTemplate>& checklist,
                                              PeriodUnit unit);

// The customers behind one signup cohort's onboarding figures (onboardingByCohort's row of
// `cohort`), by signup day: those who completed onboarding are the numerator rows, with their
// days to onboard and interactions during onboarding (the averages' terms); the others are in
// the denominator only, with the required milestones they miss. Customers without a signup day
// are in no cohort and have no row.
std::vector<ExplainedCustomer> explainOnboardingCohort(const std::vector<OnboardingCustomer>& customers,
                                                       const std::vector<MilestoneState>& milestones,
                                                       const std::vector<MilestoneTemplate>& checklist,
                                                       const Period& cohort);

// The same cohort behind its averages. Days to onboard (and interactions during onboarding):
// customers who completed onboarding are the numerator rows, with their days and interactions,
// and each counts once in the denominator; the others are left out, with the required milestones
// they miss and, for those still customers on asOfDay, which of them are overdue then (as
// overdueMilestones sees them: a milestone with a row, past its target, not completed).
std::vector<ExplainedCustomer> explainDaysToOnboard(const std::vector<OnboardingCustomer>& customers,
                                                    const std::vector<MilestoneState>& milestones,
                                                    const std::vector<MilestoneTemplate>& checklist,
                                                    const Period& cohort, int64_t asOfDay);
// Days to the milestone `milestone`: each completion of it by a cohort member is a numerator row
// ("Data migrated reached on 2024-07-05: 3 days"), counted once in the denominator, as
// onboardingByCohort averages them; members who have not completed it are left out, with its
// target and whether it is overdue on asOfDay.
std::vector<ExplainedCustomer> explainDaysToMilestone(const std::vector<OnboardingCustomer>& customers,
                                                      const std::vector<MilestoneState>& milestones,
                                                      const std::vector<MilestoneTemplate>& checklist,
                                                      const Period& cohort, const QString& milestone,
                                                      int64_t asOfDay);

// The day each customer completed onboarding (the last required milestone), noDay if not yet.
std::map<int64_t, int64_t> onboardingCompletion(const std::vector<OnboardingCustomer>& customers,
                                                const std::vector<MilestoneState>& milestones,
                                                const std::vector<MilestoneTemplate>& checklist);

// Fills each customer's interactions during onboarding: those between signup and the
// completion day (asOfDay while onboarding is not complete), both included.
void countOnboardingInteractions(std::vector<OnboardingCustomer>& customers,
                                 const std::vector<Activity>& interactions,
                                 const std::map<int64_t, int64_t>& completion, int64_t asOfDay);

// A milestone past its target and not completed on asOfDay. Stuck: overdue by more than twice
// its allowance (the template's offset); behind otherwise.
// The dashboard's onboarding cards on each of `days` (ascending): customers in onboarding
// (active, signed up in the 90 days before, not yet onboarded) and customers with at least one
// overdue milestone (as overdueMilestones() counts them on that day). One pass over the
// milestones for all days, instead of one per day.
struct OnboardingStatus {
    int64_t day = 0;
    int64_t inProgress = 0;
    int64_t overdueCustomers = 0;
};
std::vector<OnboardingStatus> onboardingStatusOn(const std::vector<OnboardingCustomer>& customers,
                                                 const std::vector<MilestoneState>& milestones,
                                                 const std::vector<MilestoneTemplate>& checklist,
                                                 const std::vector<int64_t>& days);

// The customers behind one day's dashboard figure of onboardingStatusOn: in progress (active,
// signed up in the 90 days up to the day, not onboarded by it: the numerator; the onboarded ones
// of that window left out) or overdue (each with the milestones due before the day and still
// open). Sorted by customer.
enum class OnboardingStatusFigure { InProgress, Overdue };
std::vector<ExplainedCustomer> explainOnboardingStatus(const std::vector<OnboardingCustomer>& customers,
                                                       const std::vector<MilestoneState>& milestones,
                                                       const std::vector<MilestoneTemplate>& checklist,
                                                       int64_t day, OnboardingStatusFigure figure);

struct OverdueMilestone {
    int64_t customer = 0;
    QString milestone;
    int64_t due = 0;
    int64_t daysOverdue = 0;
    bool stuck = false;
};
std::vector<OverdueMilestone> overdueMilestones(const std::vector<OnboardingCustomer>& customers,
                                                const std::vector<MilestoneState>& milestones,
                                                const std::vector<MilestoneTemplate>& checklist,
                                                int64_t asOfDay);

} // namespace tenure::metrics
