#pragma once

#include "csvsink.h"
#include "customerprofile.h"

namespace tenure::demo {

// Per-customer row writers, one per entity family (each in its own .cpp, each with its own
// random stream). They write only rows dated between signup and today (or the churn).

struct OnboardingOutcome {
    int64_t completed[4] = {kNoDate, kNoDate, kNoDate, kNoDate}; // completion day per milestone
};

struct VoiceOutcome {
    static constexpr int kMax = 8;
    int64_t detractorDays[kMax] = {};
    int detractors = 0;
};

struct IdCounters {
    int64_t ticket = 0;
    int64_t order = 0;
};

void writeAccount(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& customers,
                  CsvSink& subscriptions);
OnboardingOutcome writeOnboarding(const SimulationInput& in, int64_t index, const CustomerProfile& p,
                                  CsvSink& onboarding);
void writeEvents(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& events);
void writeTickets(const SimulationInput& in, int64_t index, const CustomerProfile& p, IdCounters& ids,
                  CsvSink& tickets);
VoiceOutcome writeVoice(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& nps,
                        CsvSink& feedback);
void writeInteractions(const SimulationInput& in, int64_t index, const CustomerProfile& p,
                       const OnboardingOutcome& onboarding, const VoiceOutcome& voice, CsvSink& interactions);
void writeCommerce(const SimulationInput& in, int64_t index, const CustomerProfile& p, IdCounters& ids,
                   CsvSink& orders, CsvSink& loyalty);

// Shared timing helpers.
inline int weekday(int64_t day) {
    return static_cast<int>(((day % 7) + 10) % 7);
} // 0 = Monday

// A day in [from, to) (to > from), weekends three times less likely than weekdays.
inline int64_t workday(Random& rng, int64_t from, int64_t to) {
    int64_t day = from;
    for (int attempt = 0; attempt < 3; ++attempt) {
        day = rng.range(from, to - 1);
        if (weekday(day) < 5 || rng.chance(0.33)) break;
    }
    return day;
}

// A UTC second of the day at which someone in the region is working (peak early afternoon
// local time, some evenings). The date is kept: the second wraps within the same day.
inline int64_t workSecond(Random& rng, Region region) {
    static constexpr int utcOffsetHours[] = {-5, 1, 9, -4};
    double localHour = rng.chance(0.1) ? rng.uniform(0.0, 24.0) : 8.0 + 5.0 * (rng.uniform() + rng.uniform());
    int64_t second =
        static_cast<int64_t>(localHour * 3600.0) - utcOffsetHours[static_cast<int>(region)] * 3600;
    second %= 86400;
    return second < 0 ? second + 86400 : second;
}

// Which span contains day, or nullptr.
inline const Span* spanAt(const CustomerProfile& p, int64_t day) {
    for (const Span& s : p.spans)
        if (day >= s.start && day < s.end) return &s;
    return nullptr;
}

} // namespace tenure::demo
