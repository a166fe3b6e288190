#include "journey.h"

namespace tenure::metrics {

JourneyStage journeyStage(const JourneyFacts& f, int64_t asOfDay, int manyFeatures) {
    if (f.churn != noDay && f.churn <= asOfDay) return JourneyStage::Churned;
    if ((f.signup != noDay && asOfDay - f.signup < onboardingWindowDays) ||
        (f.onboardingComplete && !*f.onboardingComplete))
        return JourneyStage::Onboarding;
    if (f.renewal != noDay && f.renewal >= asOfDay && f.renewal - asOfDay < renewalWindowDays)
        return JourneyStage::Renewal;
    if (f.healthy && f.distinctFeatures30d >= manyFeatures) return JourneyStage::ExpansionCandidate;
    return JourneyStage::Adoption;
}

const char* journeyStageName(JourneyStage stage) {
    switch (stage) {
    case JourneyStage::Onboarding:
        return "onboarding";
    case JourneyStage::Adoption:
        return "adoption";
    case JourneyStage::ExpansionCandidate:
        return "expansion_candidate";
    case JourneyStage::Renewal:
        return "renewal";
    case JourneyStage::Churned:
        return "churned";
    }
    return "adoption";
}

} // namespace tenure::metrics
