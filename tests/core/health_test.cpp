#include "metrics/health.h"
#include "metrics/healthbacktest.h"
#include "model/dates.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::metrics;

namespace {
const int64_t asOf = daysFromCivil(2024, 6, 30);
using Values = std::array<std::optional<double>, healthComponentCount>;

// One established account (signed up 400 days ago), and nothing else yet.
HealthInputs oneAccount() {
    HealthInputs in;
    in.accounts.push_back({1, asOf - 400, noDay, noDay, -1});
    return in;
}

AccountFacts factsOf(HealthInputs& in, const std::vector<int32_t>& sticky = {}) {
    sortHealthInputs(in);
    return accountFacts(in, in.accounts.front(), asOf, sticky);
}

std::vector<QString> signalNames(const std::vector<SignalHit>& hits) {
    std::vector<QString> names;
    for (const SignalHit& h : hits)
        names.push_back(QLatin1String(riskSignalName(h.signal)));
    return names;
}

size_t idx(HealthComponent c) {
    return static_cast<size_t>(c);
}
} // namespace

TEST(HealthComponents, MappingsToZeroToHundred) {
    EXPECT_DOUBLE_EQ(usageTrendScore(0.5), 50);
    EXPECT_DOUBLE_EQ(usageTrendScore(1.3), 100);
    EXPECT_DOUBLE_EQ(usageTrendScore(0), 0);
    EXPECT_DOUBLE_EQ(recencyScore(0), 100);
    EXPECT_DOUBLE_EQ(recencyScore(7), 100);
    EXPECT_DOUBLE_EQ(recencyScore(48), 100.0 * 42 / 83);
    EXPECT_DOUBLE_EQ(recencyScore(90), 0);
    EXPECT_DOUBLE_EQ(recencyScore(400), 0);
    EXPECT_DOUBLE_EQ(onboardingScore(1, 4), 25);
    EXPECT_DOUBLE_EQ(supportScore(1, 2), 50);
    EXPECT_DOUBLE_EQ(supportScore(10, 0), 0);
    EXPECT_DOUBLE_EQ(supportScore(0, 0), 100);
    EXPECT_DOUBLE_EQ(npsScore(7), 70);
    EXPECT_DOUBLE_EQ(revenueTrendScore(0.8), 80);
    EXPECT_DOUBLE_EQ(revenueTrendScore(2), 100);
}

TEST(HealthComponents, AnAccountWithoutDataHasNoComponent) {
    HealthInputs in = oneAccount();
    const Values v = componentValues(factsOf(in), asOf);
    for (const auto& value : v)
        EXPECT_FALSE(value);
    EXPECT_FALSE(combineHealth(v, defaultHealthWeights()).score);
}

TEST(HealthComponents, EachFromItsData) {
    HealthInputs in = oneAccount();
    for (int i = 0; i < 60; ++i) // previous 30 weeks: 2 active days a week
        in.events.push_back({1, static_cast<int32_t>(asOf - 237 + 3 * i), -1});
    for (int i = 0; i < 4; ++i) // last 4 weeks: 1, the last one 13 days ago
        in.events.push_back({1, static_cast<int32_t>(asOf - 25 + 4 * i), -1});
    in.checklist = {{QStringLiteral("Data migrated"), 7, true},
                    {QStringLiteral("Training"), 30, true},
                    {QStringLiteral("Newsletter"), 5, false}};
    in.milestones = {{1, QStringLiteral("Data migrated"), noDay, asOf - 390},
                     {1, QStringLiteral("Training"), asOf - 1, noDay}, // overdue by a day
                     {1, QStringLiteral("Newsletter"), noDay, noDay}}; // optional: left out
    // An open ticket (answered after 30 h: slow) and a resolved one answered in an hour.
    const int64_t t0 = (asOf - 10) * 86400;
    in.tickets = {{1, t0, asOf - 10, t0 + 30 * 3600, asOf - 9, noDay},
                  {1, t0, asOf - 10, t0 + 3600, asOf - 10, asOf - 9}};
    in.nps = {{1, asOf - 100, 9}, {1, asOf - 50, 6}};
    in.subscriptions = {{1, asOf - 400, asOf - 30, 100}, {1, asOf - 30, noDay, 80}};
    const AccountFacts f = factsOf(in);
    const Values v = componentValues(f, asOf);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::UsageTrend)], 50);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::Recency)], 100.0 * (90 - 13) / 83);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::Onboarding)], 50);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::Support)], 100 - 20 - 15);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::Nps)], 60);
    EXPECT_DOUBLE_EQ(*v[idx(HealthComponent::RevenueTrend)], 80);
    EXPECT_TRUE(f.revenueFromMrr);
}

TEST(HealthComponents, RevenueTrendFromOrdersWithoutSubscriptions) {
    HealthInputs in = oneAccount();
    in.orders = {{1, asOf - 150, 200}, {1, asOf - 20, 50}, {1, asOf + 1, 1000}};
    const AccountFacts f = factsOf(in);
    EXPECT_FALSE(f.revenueFromMrr);
    EXPECT_DOUBLE_EQ(*f.revenueRatio, 0.25);
    EXPECT_DOUBLE_EQ(*componentValues(f, asOf)[idx(HealthComponent::RevenueTrend)], 25);
}

TEST(HealthScore, WeightsAreNormalisedOverTheComponentsWithAValue) {
    Values v;
    v[idx(HealthComponent::UsageTrend)] = 50; // weight 25
    v[idx(HealthComponent::Nps)] = 100;       // weight 15
    const HealthScore h = combineHealth(v, defaultHealthWeights());
    ASSERT_TRUE(h.score);
    EXPECT_DOUBLE_EQ(*h.score, 50 * 25.0 / 40 + 100 * 15.0 / 40); // 68.75
    EXPECT_EQ(*h.band, HealthBand::Neutral);
    ASSERT_EQ(h.components.size(), 2u);
    EXPECT_DOUBLE_EQ(h.components[0].weight + h.components[1].weight, 1.0);
    EXPECT_NEAR(h.components[0].contribution + h.components[1].contribution, *h.score, 1e-9);
    // A weight of 0 leaves its component out as well; no weighted component, no score.
    HealthWeights w = defaultHealthWeights();
    w[idx(HealthComponent::UsageTrend)] = 0;
    EXPECT_DOUBLE_EQ(*combineHealth(v, w).score, 100);
    EXPECT_EQ(combineHealth(v, w).components.size(), 1u);
    w[idx(HealthComponent::Nps)] = 0;
    EXPECT_FALSE(combineHealth(v, w).score);
    EXPECT_FALSE(combineHealth(v, w).band);
}

TEST(HealthScore, BandsAtTheirBoundaries) {
    EXPECT_EQ(healthBand(39.99), HealthBand::AtRisk);
    EXPECT_EQ(healthBand(40), HealthBand::Neutral);
    EXPECT_EQ(healthBand(69.99), HealthBand::Neutral);
    EXPECT_EQ(healthBand(70), HealthBand::Healthy);
    EXPECT_EQ(healthBand(0), HealthBand::AtRisk);
    EXPECT_EQ(healthBand(100), HealthBand::Healthy);
    EXPECT_STREQ(healthBandName(HealthBand::AtRisk), "at_risk");
}

TEST(HealthScore, SegmentWeightsReplaceTheStoreWide) {
    HealthInputs in;
    in.segments = {QStringLiteral("Enterprise")};
    in.accounts = {{1, asOf - 400, noDay, noDay, 0}, {2, asOf - 400, noDay, noDay, -1}};
    in.nps = {{1, asOf - 5, 2}, {2, asOf - 5, 2}};
    in.events = {{1, static_cast<int32_t>(asOf), -1}, {2, static_cast<int32_t>(asOf), -1}};
    HealthSettings settings;
    settings.segmentWeights[QStringLiteral("Enterprise")] = {0, 0, 0, 0, 1, 0}; // NPS only
    const auto health = assessHealth(in, settings, asOf);
    ASSERT_EQ(health.size(), 2u);
    EXPECT_DOUBLE_EQ(*health[0].health.score, 20);
    EXPECT_DOUBLE_EQ(*health[1].health.score, 20 * 15.0 / 30 + 100 * 15.0 / 30); // NPS and recency
}

TEST(HealthSignals, UsageDownWithEvidence) {
    HealthInputs in = oneAccount();
    for (int i = 0; i < 60; ++i)
        in.events.push_back({1, static_cast<int32_t>(asOf - 237 + 3 * i), -1});
    for (int i = 0; i < 4; ++i)
        in.events.push_back({1, static_cast<int32_t>(asOf - 20 + 5 * i), -1});
    const auto hits = riskSignals(factsOf(in), in.accounts[0], asOf, {});
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("usage_down")});
    EXPECT_EQ(
        hits[0].evidence,
        QStringLiteral("usage down: 1.0 active days/week over the last 4 weeks vs 2.0 over the previous 30"));
}

TEST(HealthSignals, NoUsageDownAtATrendOfThreeQuarters) {
    HealthInputs in = oneAccount();
    for (int i = 0; i < 30; ++i) // 1.0 a week before, 0.75 now: a trend of 0.75
        in.events.push_back({1, static_cast<int32_t>(asOf - 237 + 7 * i), -1});
    for (int i = 0; i < 3; ++i)
        in.events.push_back({1, static_cast<int32_t>(asOf - 20 + 5 * i), -1});
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty());
}

TEST(HealthSignals, SetupNotCompletedPastItsDueDate) {
    HealthInputs in = oneAccount();
    in.checklist = {{QStringLiteral("Data migrated"), 7, true}};
    in.milestones = {{1, QStringLiteral("Data migrated"), asOf - 12, noDay}};
    const auto hits = riskSignals(factsOf(in), in.accounts[0], asOf, {});
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("setup_overdue")});
    EXPECT_EQ(hits[0].evidence,
              QStringLiteral("setup not completed: \"Data migrated\" was due 2024-06-18 (12 days ago)"));
    in.milestones[0].due = asOf; // due today: not late yet
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty());
    in.milestones[0] = {1, QStringLiteral("Data migrated"), asOf - 12, asOf - 1}; // done
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty());
}

TEST(HealthSignals, KeyFeaturesNeverUsed) {
    HealthInputs in = oneAccount();
    in.features = {QStringLiteral("reports"), QStringLiteral("api")};
    in.events = {{1, static_cast<int32_t>(asOf - 3), 0}};
    const std::vector<QString> sticky{QStringLiteral("reports"), QStringLiteral("api"),
                                      QStringLiteral("sso")};
    const auto hits = riskSignals(factsOf(in, {0, 1, 2}), in.accounts[0], asOf, sticky);
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("key_features_unused")});
    EXPECT_EQ(hits[0].evidence, QStringLiteral("key features never used: api, sso"));
    in.accounts[0].signup = asOf - 10; // too new to judge
    EXPECT_TRUE(riskSignals(factsOf(in, {0, 1, 2}), in.accounts[0], asOf, sticky).empty());
}

TEST(HealthSignals, DetractorOrPassiveLatestNps) {
    HealthInputs in = oneAccount();
    in.nps = {{1, asOf - 50, 3}, {1, asOf - 5, 8}};
    auto hits = riskSignals(factsOf(in), in.accounts[0], asOf, {});
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("nps_passive")});
    EXPECT_EQ(hits[0].evidence, QStringLiteral("latest NPS answer 8 (passive) on 2024-06-25"));
    in.nps.push_back({1, asOf - 1, 6});
    EXPECT_EQ(signalNames(riskSignals(factsOf(in), in.accounts[0], asOf, {})),
              std::vector<QString>{QStringLiteral("nps_detractor")});
    in.nps.push_back({1, asOf, 9});
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty());
}

TEST(HealthSignals, PurchaseGapLongerThanTwiceTheUsualInterval) {
    HealthInputs in = oneAccount();
    in.orders = {{1, asOf - 100, 10}, {1, asOf - 90, 10}, {1, asOf - 80, 10}, {1, asOf - 61, 10}};
    const auto hits = riskSignals(factsOf(in), in.accounts[0], asOf, {}); // usual 10 days, gap 61
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("purchase_gap")});
    EXPECT_EQ(hits[0].evidence,
              QStringLiteral("purchase gap: 61 days since the last order, usually 10.0 days between orders"));
    in.orders.push_back({1, asOf - 25, 10}); // gaps 10, 10, 19, 36: usual 14.5, gap 25
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty());
}

TEST(HealthSignals, TicketOpenLongerThanSevenDays) {
    HealthInputs in = oneAccount();
    const auto ticket = [](int64_t created, int64_t resolved) {
        const int64_t at = created * 86400;
        return HealthTicket{1, at, created, at + 600, created, resolved};
    };
    in.tickets = {ticket(asOf - 7, noDay), ticket(asOf - 30, asOf - 2)};
    EXPECT_TRUE(riskSignals(factsOf(in), in.accounts[0], asOf, {}).empty()); // 7 days is not longer
    in.tickets.push_back(ticket(asOf - 9, asOf + 1));                        // resolved after the day
    const auto hits = riskSignals(factsOf(in), in.accounts[0], asOf, {});
    ASSERT_EQ(signalNames(hits), std::vector<QString>{QStringLiteral("ticket_open_long")});
    EXPECT_EQ(hits[0].evidence, QStringLiteral("1 ticket(s) open longer than 7 days, the oldest for 9 days"));
}

TEST(HealthBacktest, MonthEndsWithAWholeHorizon) {
    const auto days = backtestDays(daysFromCivil(2024, 1, 1), daysFromCivil(2024, 6, 30));
    ASSERT_EQ(days.size(), 3u); // April's end + 90 days is after June 30
    EXPECT_EQ(days[0], daysFromCivil(2024, 1, 31));
    EXPECT_EQ(days[1], daysFromCivil(2024, 2, 29));
    EXPECT_EQ(days[2], daysFromCivil(2024, 3, 31));
}

TEST(HealthBacktest, ChurnPerBandAndChurnersNeverFlagged) {
    const int64_t signup = daysFromCivil(2024, 1, 1);
    const int64_t npsDay = daysFromCivil(2024, 1, 10);
    HealthInputs in;
    in.accounts = {{1, signup, noDay, noDay, -1},                      // healthy, stays
                   {2, signup, daysFromCivil(2024, 4, 15), noDay, -1}, // at risk, churns
                   {3, signup, daysFromCivil(2024, 3, 15), noDay, -1}, // healthy, churns
                   {4, signup, noDay, noDay, -1},                      // no data
                   {5, daysFromCivil(2024, 3, 1), noDay, noDay, -1}};  // joins later
    in.nps = {{1, npsDay, 10}, {2, npsDay, 2}, {3, npsDay, 9}, {5, daysFromCivil(2024, 3, 2), 5}};
    in.nps.push_back({3, daysFromCivil(2024, 4, 1), 0}); // after its churn: never seen
    sortHealthInputs(in);
    HealthSettings settings;
    settings.weights = {0, 0, 0, 0, 1, 0}; // NPS only
    const auto b = backtestHealth(in, settings, backtestDays(signup, daysFromCivil(2024, 6, 30)));
    const auto& healthy = b.bands[size_t(HealthBand::Healthy)];
    const auto& neutral = b.bands[size_t(HealthBand::Neutral)];
    const auto& atRisk = b.bands[size_t(HealthBand::AtRisk)];
    EXPECT_EQ(healthy.accounts, 5);   // 1 on three month-ends, 3 on two
    EXPECT_EQ(healthy.churned90d, 2); // 3 on Jan 31 and Feb 29
    EXPECT_DOUBLE_EQ(*healthy.churnRatePct, 40);
    EXPECT_EQ(atRisk.accounts, 3);
    EXPECT_EQ(atRisk.churned90d, 3);
    EXPECT_EQ(neutral.accounts, 1); // 5 on March 31 (NPS 5)
    EXPECT_EQ(neutral.churned90d, 0);
    EXPECT_DOUBLE_EQ(*neutral.churnRatePct, 0);
    EXPECT_EQ(b.unscored.accounts, 3);
    EXPECT_EQ(b.churners, 2);
    EXPECT_EQ(b.churnersNeverFlagged, 1); // account 3
    EXPECT_DOUBLE_EQ(*b.neverFlaggedPct, 50);
}
