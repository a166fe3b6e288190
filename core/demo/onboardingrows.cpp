#include "rowwriters.h"

#include <algorithm>

namespace tenure::demo {

using namespace std::string_view_literals;

OnboardingOutcome writeOnboarding(const SimulationInput& in, int64_t index, const CustomerProfile& p,
                                  CsvSink& onboarding) {
    static constexpr std::string_view kMilestones[] = {"Data migrated"sv, "Technical setup verified"sv,
                                                       "First key feature used"sv, "Training completed"sv};
    static constexpr int kDueAfter[] = {7, 14, 21, 30};
    Random rng = customerStream(in, index, Stream::Onboarding);
    OnboardingOutcome out;
    const Span& first = p.spans.front();
    // Customers who leave early rarely finished setting up.
    const bool earlyLeaver = first.churn != kNoDate && first.churn - p.signup < 240;
    const double unhealthy = 1.0 - p.health;
    bool skipped = false;
    int64_t previous = static_cast<int64_t>(p.signup) * 86400;
    for (int m = 0; m < 4; ++m) {
        const int64_t due = p.signup + kDueAfter[m];
        if (due > in.today) break; // due dates never lie after today
        double never = 0.03 + 0.16 * unhealthy + (earlyLeaver ? 0.22 : 0.0);
        if (m == 3 && p.segment == Segment::SMB) never += 0.1;
        if (skipped) never = 0.6;
        int64_t at = kNoDate;
        if (!rng.chance(never)) {
            int64_t day = due + rng.range(-6, 1);
            if (rng.chance(0.08 + 0.25 * unhealthy))
                day = due + 1 + static_cast<int64_t>(rng.logNormal(7.0, 0.8));
            day = std::max(day, p.signup);
            at = std::max(previous + 600, day * 86400 + workSecond(rng, p.region));
            if (at >= first.end * 86400)
                at = kNoDate; // not (yet) done: after today or after the customer left
        }
        skipped = at == kNoDate;
        onboarding.id('C', p.number, 7).sep().raw(kMilestones[m]).sep().date(due).sep();
        if (at != kNoDate) {
            onboarding.timestamp(at);
            out.completed[m] = at / 86400;
            previous = at;
        }
        onboarding.end();
    }
    return out;
}

} // namespace tenure::demo
