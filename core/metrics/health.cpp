#include "health.h"

#include "model/dates.h"

#include <algorithm>

namespace tenure::metrics {

namespace {

double clamp100(double v) {
    return std::clamp(v, 0.0, 100.0);
}

QString oneDecimal(double v) {
    return QString::number(v, 'f', 1);
}

// Feature indexes of the sticky names (an index past the table for a name no event has).
std::vector<int32_t> stickyIndexes(const HealthInputs& in, const std::vector<QString>& names) {
    std::vector<int32_t> out;
    for (const QString& name : names) {
        const auto it = std::find(in.features.begin(), in.features.end(), name);
        out.push_back(static_cast<int32_t>(it - in.features.begin()) +
                      (it == in.features.end() ? static_cast<int32_t>(out.size()) : 0));
    }
    return out;
}

} // namespace

const char* healthComponentName(HealthComponent c) {
    switch (c) {
    case HealthComponent::UsageTrend:
        return "usage_trend";
    case HealthComponent::Recency:
        return "recency";
    case HealthComponent::Onboarding:
        return "onboarding";
    case HealthComponent::Support:
        return "support";
    case HealthComponent::Nps:
        return "nps";
    case HealthComponent::RevenueTrend:
        return "revenue_trend";
    }
    return "";
}

std::optional<HealthComponent> healthComponentFromName(const QString& name) {
    for (size_t i = 0; i < healthComponentCount; ++i) {
        const auto c = static_cast<HealthComponent>(i);
        if (name == QLatin1String(healthComponentName(c))) return c;
    }
    return std::nullopt;
}

HealthWeights defaultHealthWeights() {
    return {25, 15, 15, 15, 15, 15};
}

double usageTrendScore(double trend) {
    return clamp100(100 * trend);
}

double recencyScore(int64_t days) {
    if (days <= 7) return 100;
    return clamp100(100.0 * static_cast<double>(90 - days) / 83.0);
}

double onboardingScore(int done, int due) {
    return due > 0 ? clamp100(100.0 * done / due) : 0;
}

double supportScore(int openTickets, int slowAnswers) {
    return clamp100(100.0 - 20.0 * openTickets - 15.0 * slowAnswers);
}

double npsScore(int score) {
    return clamp100(10.0 * score);
}

double revenueTrendScore(double ratio) {
    return clamp100(100 * ratio);
}

std::array<std::optional<double>, healthComponentCount> componentValues(const AccountFacts& f, int64_t asOf) {
    std::array<std::optional<double>, healthComponentCount> v;
    if (f.usage.trend) v[size_t(HealthComponent::UsageTrend)] = usageTrendScore(*f.usage.trend);
    if (f.lastActivityDay != noDay)
        v[size_t(HealthComponent::Recency)] = recencyScore(asOf - f.lastActivityDay);
    if (f.milestonesDue > 0)
        v[size_t(HealthComponent::Onboarding)] = onboardingScore(f.milestonesDone, f.milestonesDue);
    if (f.openTickets > 0 || f.recentTickets > 0)
        v[size_t(HealthComponent::Support)] = supportScore(f.openTickets, f.slowAnswers);
    if (f.latestNps) v[size_t(HealthComponent::Nps)] = npsScore(*f.latestNps);
    if (f.revenueRatio) v[size_t(HealthComponent::RevenueTrend)] = revenueTrendScore(*f.revenueRatio);
    return v;
}

HealthBand healthBand(double score) {
    return score >= healthyFrom   ? HealthBand::Healthy
           : score >= neutralFrom ? HealthBand::Neutral
                                  : HealthBand::AtRisk;
}

const char* healthBandName(HealthBand band) {
    switch (band) {
    case HealthBand::Healthy:
        return "healthy";
    case HealthBand::Neutral:
        return "neutral";
    case HealthBand::AtRisk:
        return "at_risk";
    }
    return "";
}

HealthScore combineHealth(const std::array<std::optional<double>, healthComponentCount>& values,
                          const HealthWeights& weights) {
    HealthScore h;
    double total = 0;
    for (size_t i = 0; i < healthComponentCount; ++i)
        if (values[i] && weights[i] > 0) total += weights[i];
    if (total <= 0) return h;
    double score = 0;
    for (size_t i = 0; i < healthComponentCount; ++i) {
        if (!values[i] || weights[i] <= 0) continue;
        const double w = weights[i] / total;
        h.components.push_back({static_cast<HealthComponent>(i), *values[i], w, *values[i] * w});
        score += *values[i] * w;
    }
    h.score = std::clamp(score, 0.0, 100.0); // a sum of rounded products may pass 100 by 1e-14
    h.band = healthBand(score);
    return h;
}

const char* riskSignalName(RiskSignal s) {
    switch (s) {
    case RiskSignal::UsageDown:
        return "usage_down";
    case RiskSignal::SetupOverdue:
        return "setup_overdue";
    case RiskSignal::KeyFeaturesUnused:
        return "key_features_unused";
    case RiskSignal::NpsDetractor:
        return "nps_detractor";
    case RiskSignal::NpsPassive:
        return "nps_passive";
    case RiskSignal::PurchaseGap:
        return "purchase_gap";
    case RiskSignal::TicketOpenLong:
        return "ticket_open_long";
    }
    return "";
}

std::vector<SignalHit> riskSignals(const AccountFacts& f, const HealthAccount& a, int64_t asOf,
                                   const std::vector<QString>& stickyNames, bool evidence) {
    std::vector<SignalHit> out;
    const auto add = [&out, evidence](RiskSignal s, auto text) {
        out.push_back({s, evidence ? text() : QString()});
    };
    if (f.usage.trend && *f.usage.trend < usageDownBelow)
        add(RiskSignal::UsageDown, [&f] {
            return QStringLiteral(
                       "usage down: %1 active days/week over the last 4 weeks vs %2 over the previous 30")
                .arg(oneDecimal(f.usage.activeDaysPerWeek), oneDecimal(*f.usage.previousActiveDaysPerWeek));
        });
    if (f.overdueMilestones > 0)
        add(RiskSignal::SetupOverdue, [&f, asOf] {
            return QStringLiteral("setup not completed: \"%1\" was due %2 (%3 days ago)%4")
                .arg(f.mostOverdue, formatDate(f.mostOverdueDue))
                .arg(asOf - f.mostOverdueDue)
                .arg(f.overdueMilestones > 1
                         ? QStringLiteral(", %1 milestones overdue").arg(f.overdueMilestones)
                         : QString());
        });
    if (f.usage.stickyNeverUsed && a.signup != noDay && asOf - a.signup >= keyFeaturesAfterDays)
        add(RiskSignal::KeyFeaturesUnused, [&f, &stickyNames] {
            QStringList names;
            for (size_t i = 0; i < stickyNames.size() && i < 64; ++i)
                if ((f.usage.stickyNeverUsed >> i) & 1u) names << stickyNames[i];
            return QStringLiteral("key features never used: %1").arg(names.join(QStringLiteral(", ")));
        });
    if (f.latestNps && *f.latestNps <= 8) {
        const bool detractor = npsCategory(*f.latestNps) == NpsCategory::Detractor;
        add(detractor ? RiskSignal::NpsDetractor : RiskSignal::NpsPassive, [&f, detractor] {
            return QStringLiteral("latest NPS answer %1 (%2) on %3")
                .arg(*f.latestNps)
                .arg(detractor ? QStringLiteral("detractor") : QStringLiteral("passive"),
                     formatDate(f.latestNpsDay));
        });
    }
    if (f.usualOrderInterval && f.lastOrderDay != noDay &&
        static_cast<double>(asOf - f.lastOrderDay) > 2 * *f.usualOrderInterval)
        add(RiskSignal::PurchaseGap, [&f, asOf] {
            return QStringLiteral(
                       "purchase gap: %1 days since the last order, usually %2 days between orders")
                .arg(asOf - f.lastOrderDay)
                .arg(oneDecimal(*f.usualOrderInterval));
        });
    if (f.ticketsOpenOver7Days > 0)
        add(RiskSignal::TicketOpenLong, [&f] {
            return QStringLiteral("%1 ticket(s) open longer than 7 days, the oldest for %2 days")
                .arg(f.ticketsOpenOver7Days)
                .arg(f.oldestOpenDays);
        });
    return out;
}

std::vector<AccountHealth> assessHealth(const HealthInputs& in, const HealthSettings& settings, int64_t asOf,
                                        bool includeChurned, bool evidence) {
    std::vector<HealthWeights> bySegment(in.segments.size(), settings.weights);
    for (size_t s = 0; s < in.segments.size(); ++s)
        if (const auto it = settings.segmentWeights.find(in.segments[s]); it != settings.segmentWeights.end())
            bySegment[s] = it->second;
    const std::vector<int32_t> sticky = stickyIndexes(in, settings.stickyFeatures);
    std::vector<AccountHealth> out;
    out.reserve(in.accounts.size());
    for (size_t i = 0; i < in.accounts.size(); ++i) {
        const HealthAccount& a = in.accounts[i];
        if (a.signup == noDay || a.signup > asOf) continue;
        AccountHealth h;
        h.account = i;
        if (a.churn != noDay && a.churn <= asOf) {
            if (!includeChurned) continue;
            h.stage = JourneyStage::Churned;
            out.push_back(std::move(h));
            continue;
        }
        const AccountFacts f = accountFacts(in, a, asOf, sticky);
        const HealthWeights& weights = a.segment >= 0 ? bySegment[size_t(a.segment)] : settings.weights;
        h.health = combineHealth(componentValues(f, asOf), weights);
        h.signals = riskSignals(f, a, asOf, settings.stickyFeatures, evidence);
        JourneyFacts j{a.signup,
                       a.churn,
                       a.renewal,
                       std::nullopt,
                       h.health.band == HealthBand::Healthy,
                       f.usage.distinctFeatures30d};
        if (f.hasMilestones) j.onboardingComplete = f.onboardingComplete;
        h.stage = journeyStage(j, asOf, settings.manyFeatures);
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace tenure::metrics
