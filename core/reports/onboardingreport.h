#pragma once

#include "explain.h"
#include "metrics/onboarding.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/checklistrepository.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::reports {

// An account's onboarding status on the report's day (metrics.md): on track, behind (a
// milestone overdue) or stuck (one overdue by more than twice its allowance).
enum class OnboardingStatus { OnTrack, Behind, Stuck };

// An account in onboarding: signed up in the last 90 days, still a customer and not yet
// onboarded (the dashboard's "onboarding in progress"), or with an overdue milestone (its
// "onboarding overdue").
struct OnboardingAccount {
    int64_t customer = 0; // row id
    QString customerKey;
    QString name;
    int64_t signup = metrics::noDay;
    int completed = 0; // milestones of the checklist completed by the report's day
    int total = 0;     // milestones in the checklist
    OnboardingStatus status = OnboardingStatus::OnTrack;
    std::vector<metrics::OverdueMilestone> overdue; // most overdue first
};

struct OnboardingOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> asOfDay; // default: the last signup or milestone completion
    store::CustomerFilter filter;
};

struct OnboardingReport {
    int64_t asOfDay = metrics::noDay; // noDay: no signups nor completions at all
    std::vector<store::ChecklistMilestone> checklist;
    std::vector<OnboardingAccount> accounts; // latest signup first
    // Every overdue milestone on asOfDay, in the order metrics::overdueMilestones gives them.
    std::vector<metrics::OverdueMilestone> overdue;
    std::vector<QString> overdueKeys; // the customer_id of each entry of `overdue`
    // Per signup period: days to onboard, to each milestone, interactions during onboarding.
    std::vector<metrics::OnboardingRow> trend;
};

// Loads the checklist, signups, milestones and interactions and computes what the Onboarding
// view shows; `tenure-cli report onboarding` prints the trend and the overdue list from it.
Expected<OnboardingReport> computeOnboarding(store::Store& store, const OnboardingOptions& options);

// The customers behind one signup cohort's row of the trend (metrics::explainOnboardingCohort
// over the same inputs, interactions counted up to options.asOfDay as computeOnboarding counts
// them), with customer ids: `report onboarding --explain COHORT`. options.unit is the cohort's.
Expected<std::vector<ExplainRow>>
explainOnboardingCohort(store::Store& store, const OnboardingOptions& options, const Period& cohort);

// The same cohort behind its average days to onboard (and interactions during onboarding), or,
// with a milestone's name, its average days to that milestone (metrics::explainDaysToOnboard,
// metrics::explainDaysToMilestone; overdue as of the report's day): `report onboarding
// --explain COHORT --kpi days_to_onboard_avg` and `--kpi milestone:NAME`. A name that is no
// milestone of the checklist nor of any customer is refused with the checklist's names.
Expected<std::vector<ExplainRow>> explainOnboardingDays(store::Store& store, const OnboardingOptions& options,
                                                        const Period& cohort, const QString& milestone = {});

// The customers behind the dashboard's onboarding cards on `day` (metrics::explainOnboardingStatus
// over the loaders the cards read).
Expected<std::vector<ExplainRow>> explainOnboardingStatusCell(store::Store& store,
                                                              const store::CustomerFilter& filter,
                                                              int64_t day,
                                                              metrics::OnboardingStatusFigure figure);

} // namespace tenure::reports
