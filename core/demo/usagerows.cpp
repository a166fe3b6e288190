#include "rowwriters.h"

#include "model/dates.h"

#include <algorithm>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

struct Event {
    int64_t at;
    int kind;    // 0 login, 1 feature_use, 2 export, 3 invite
    int feature; // for feature_use
};

// Weekly activity multiplier of the calendar: quiet around the new year and in August.
double seasonFactor(int64_t day) {
    const CivilDate c = civilFromDays(day);
    if ((c.month == 12 && c.day >= 22) || (c.month == 1 && c.day <= 2)) return 0.45;
    return c.month == 8 ? 0.8 : 1.0;
}

} // namespace

void writeEvents(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& events) {
    static constexpr std::string_view kKinds[] = {"login"sv, "feature_use"sv, "export"sv, "invite"sv};
    static constexpr double kSegmentRate[] = {0.112, 0.245, 0.47};
    static constexpr double kFeatureWeight[] = {30, 30, 15, 10, 8, 7};
    Random rng = customerStream(in, index, Stream::Events);

    double featureWeights[6];
    bool anyFeature = false;
    for (int f = 0; f < 6; ++f) {
        const bool adopted = (p.features >> f) & 1u;
        featureWeights[f] = adopted ? kFeatureWeight[f] : 0.0;
        anyFeature = anyFeature || adopted;
    }
    const double base = kSegmentRate[static_cast<int>(p.segment)] * (0.25 + 1.5 * p.health);
    Event week[64];
    for (const Span& span : p.spans) {
        for (int64_t w0 = span.start; w0 < span.end; w0 += 7) {
            const int64_t w1 = std::min(w0 + 7, span.end);
            const int64_t weeksIn = (w0 - span.start) / 7;
            double rate = base * seasonFactor(w0) * rng.uniform(0.6, 1.4);
            rate *= weeksIn < 4 ? 2.5 : 0.6 + 0.4 * std::min(1.0, static_cast<double>(weeksIn) / 12.0);
            if (span.churn != kNoDate) {
                const int64_t toChurn = span.churn - w0; // usage fades over the last 12 weeks
                if (toChurn < 84) rate *= 0.08 + 0.92 * static_cast<double>(toChurn) / 84.0;
            }
            rate *= static_cast<double>(w1 - w0) / 7.0;
            const int n = std::min(rng.poisson(rate), 64);
            for (int i = 0; i < n; ++i) {
                Event& e = week[i];
                e.at = workday(rng, w0, w1) * 86400 + workSecond(rng, p.region);
                static constexpr double onboardingMix[] = {45, 30, 5, 20};
                static constexpr double steadyMix[] = {52, 38, 7, 3};
                e.kind = weeksIn < 4 ? rng.weighted(onboardingMix) : rng.weighted(steadyMix);
                if (e.kind == 1 && !anyFeature) e.kind = 0;
                e.feature = e.kind == 1 ? rng.weighted(featureWeights) : -1;
            }
            std::sort(week, week + n, [](const Event& a, const Event& b) {
                return a.at != b.at       ? a.at < b.at
                       : a.kind != b.kind ? a.kind < b.kind
                                          : a.feature < b.feature;
            });
            for (int i = 0; i < n; ++i) {
                const bool duplicate = i > 0 && week[i].at == week[i - 1].at &&
                                       week[i].kind == week[i - 1].kind &&
                                       week[i].feature == week[i - 1].feature;
                if (duplicate) continue; // a re-import must not collapse two identical rows into one
                events.id('C', p.number, 7).sep().timestamp(week[i].at).sep().raw(kKinds[week[i].kind]).sep();
                if (week[i].feature >= 0) events.raw(words::features[static_cast<size_t>(week[i].feature)]);
                events.end();
            }
        }
    }
}

} // namespace tenure::demo
