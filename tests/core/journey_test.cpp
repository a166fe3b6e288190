#include "metrics/journey.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
const int64_t asOf = daysFromCivil(2024, 6, 30);

JourneyFacts established() {
    JourneyFacts f;
    f.signup = asOf - 400;
    f.onboardingComplete = true;
    return f;
}
} // namespace

TEST(Journey, EachStage) {
    JourneyFacts f = established();
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.churn = asOf;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Churned);
    f = established();
    f.signup = asOf - 89; // the first 90 days
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Onboarding);
    f.signup = asOf - 90;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.onboardingComplete = false; // past 90 days, checklist not complete
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Onboarding);
    f = established();
    f.onboardingComplete = std::nullopt; // no checklist rows: the 90-day rule alone
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.renewal = asOf + 89;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Renewal);
    f.renewal = asOf + 90;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.renewal = asOf - 1; // a renewal date in the past is no renewal to come
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
}

TEST(Journey, ExpansionCandidateIsHealthyAndUsesManyFeatures) {
    JourneyFacts f = established();
    f.healthy = true;
    f.distinctFeatures30d = defaultManyFeatures - 1;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.distinctFeatures30d = defaultManyFeatures;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::ExpansionCandidate);
    EXPECT_EQ(journeyStage(f, asOf, 6), JourneyStage::Adoption); // a higher setting
    f.healthy = false;
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Adoption);
    f.healthy = true;
    f.renewal = asOf + 10; // a renewal comes first
    EXPECT_EQ(journeyStage(f, asOf), JourneyStage::Renewal);
    EXPECT_STREQ(journeyStageName(JourneyStage::ExpansionCandidate), "expansion_candidate");
}
