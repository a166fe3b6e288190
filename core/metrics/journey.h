#pragma once

#include "lifetime.h"

#include <cstdint>
#include <optional>

namespace tenure::metrics {

// Journey stage (metrics.md; land / adopt / expand / renew), first match wins:
//   churned             the churn date is on or before the as-of day;
//   onboarding          signed up less than 90 days before, or the checklist is not complete;
//   renewal             the renewal date falls within the next 90 days (as-of day included);
//   expansion candidate healthy and using at least `manyFeatures` distinct features in the
//                       last 30 days (the `health_many_features` setting, default 4);
//   adoption            every other customer.
enum class JourneyStage { Onboarding, Adoption, ExpansionCandidate, Renewal, Churned };

inline constexpr int64_t onboardingWindowDays = 90;
inline constexpr int64_t renewalWindowDays = 90;
inline constexpr int defaultManyFeatures = 4;

struct JourneyFacts {
    int64_t signup = noDay;
    int64_t churn = noDay;
    int64_t renewal = noDay;
    // nullopt: the customer has no checklist rows, so only the 90-day rule applies.
    std::optional<bool> onboardingComplete;
    bool healthy = false; // health band healthy on the as-of day
    int distinctFeatures30d = 0;
};

JourneyStage journeyStage(const JourneyFacts& facts, int64_t asOfDay, int manyFeatures = defaultManyFeatures);

// onboarding, adoption, expansion_candidate, renewal, churned.
const char* journeyStageName(JourneyStage stage);

} // namespace tenure::metrics
