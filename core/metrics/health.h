#pragma once

#include "accountfacts.h"
#include "journey.h"

#include <QString>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace tenure::metrics {

// Health score (metrics.md, "Health score and churn risk"): the weighted mean of component
// scores, each 0–100. Each component maps one account fact to 0–100 (see the functions below);
// a component without data is left out, and the weights are normalised to sum 1 over the
// components that have a value (and a weight above 0).
enum class HealthComponent { UsageTrend, Recency, Onboarding, Support, Nps, RevenueTrend };
inline constexpr size_t healthComponentCount = 6;
// usage_trend, recency, onboarding, support, nps, revenue_trend: the names in reports and in
// the `health_weight_NAME` settings.
const char* healthComponentName(HealthComponent component);
std::optional<HealthComponent> healthComponentFromName(const QString& name);

using HealthWeights = std::array<double, healthComponentCount>;
// usage trend 25, recency 15, onboarding 15, support 15, NPS 15, revenue trend 15.
HealthWeights defaultHealthWeights();

// The mappings to 0–100, each clamped to [0, 100]:
// usage trend t (last 4 weeks ÷ previous 30): 100 × t — steady or growing usage is 100, the
//   "usage down" threshold 0.7 is 70, no activity in the last 4 weeks is 0.
double usageTrendScore(double trend);
// recency, d days since the last event or order: 100 up to 7 days, then falling linearly to 0
//   at 90 days: 100 × (90 − d) / 83.
double recencyScore(int64_t daysSinceLastActivity);
// onboarding, of the required milestones due before the day (or done early): 100 × done / due;
//   each one not done is overdue, and raises the setup_overdue signal.
double onboardingScore(int done, int due);
// support: 100 − 20 per open ticket − 15 per slow answer of the last 90 days.
double supportScore(int openTickets, int slowAnswers);
// NPS: the latest answer's score (0–10) × 10.
double npsScore(int score);
// revenue trend r (MRR now ÷ 90 days before, else order revenue of the last 90 days ÷ the
//   previous 90): 100 × r — flat or growing revenue is 100, a halving 50.
double revenueTrendScore(double ratio);

// Component values of one account on a day; nullopt where the account has no data:
// usage trend undefined (see UsageSummary::trend), never active, no required milestone due,
// no ticket open nor in the last 90 days, no NPS answer, no revenue 90 days before.
std::array<std::optional<double>, healthComponentCount> componentValues(const AccountFacts& facts,
                                                                        int64_t asOfDay);

enum class HealthBand { Healthy, Neutral, AtRisk };
inline constexpr double healthyFrom = 70;
inline constexpr double neutralFrom = 40;
// healthy ≥ 70, neutral 40 up to (not including) 70, at_risk < 40; on the unrounded score.
HealthBand healthBand(double score);
const char* healthBandName(HealthBand band); // healthy, neutral, at_risk

struct ComponentContribution {
    HealthComponent component = HealthComponent::UsageTrend;
    double value = 0;        // 0–100
    double weight = 0;       // normalised: the weights of an account sum to 1
    double contribution = 0; // value × weight; an account's contributions sum to its score
};
struct HealthScore {
    std::optional<double> score; // nullopt: no component with a value and a weight
    std::optional<HealthBand> band;
    std::vector<ComponentContribution> components;
};
HealthScore combineHealth(const std::array<std::optional<double>, healthComponentCount>& values,
                          const HealthWeights& weights);

// At-risk signals (metrics.md), each with the evidence that raised it.
enum class RiskSignal {
    UsageDown,         // usage trend < 0.7
    SetupOverdue,      // a required onboarding milestone past its due date, not completed
    KeyFeaturesUnused, // a sticky feature never used, 30 days or more after signup
    NpsDetractor,      // latest NPS answer 0–6
    NpsPassive,        // latest NPS answer 7–8
    PurchaseGap,       // days since the last order > 2 × the median interval between orders
    TicketOpenLong,    // a ticket open for more than 7 days
};
inline constexpr double usageDownBelow = 0.7;
inline constexpr int64_t keyFeaturesAfterDays = 30;
const char* riskSignalName(RiskSignal signal); // usage_down, setup_overdue, …
struct SignalHit {
    RiskSignal signal = RiskSignal::UsageDown;
    QString evidence;
};
// stickyNames: the names behind UsageSummary::stickyNeverUsed's bits. Without `evidence`, the
// texts are left empty (the back-test needs only the names).
std::vector<SignalHit> riskSignals(const AccountFacts& facts, const HealthAccount& account, int64_t asOfDay,
                                   const std::vector<QString>& stickyNames, bool evidence = true);

// What the settings say (reports::healthSettings reads them from a store).
struct HealthSettings {
    HealthWeights weights = defaultHealthWeights();
    std::map<QString, HealthWeights> segmentWeights; // by segment name; replaces `weights`
    std::vector<QString> stickyFeatures;
    int manyFeatures = defaultManyFeatures;
};

struct AccountHealth {
    size_t account = 0; // index into HealthInputs::accounts
    HealthScore health;
    std::vector<SignalHit> signals;
    JourneyStage stage = JourneyStage::Adoption;
};

// Every account signed up on or before the as-of day (and, unless includeChurned, still a
// customer on it), in the order of inputs.accounts. Churned accounts get their stage and
// nothing else: there is no health to keep for a customer who left.
std::vector<AccountHealth> assessHealth(const HealthInputs& inputs, const HealthSettings& settings,
                                        int64_t asOfDay, bool includeChurned = false, bool evidence = true);

} // namespace tenure::metrics
