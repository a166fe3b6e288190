#include "rowwriters.h"

#include <algorithm>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

// NPS surveys go out 90 days after signup and every 180 days after; some customers answer.
void writeNps(Random& rng, const CustomerProfile& p, CsvSink& nps, VoiceOutcome& out) {
    static constexpr double kResponseRate[] = {0.16, 0.2, 0.245};
    for (int64_t sent = p.signup + 90; sent <= p.today; sent += 180) {
        if (!rng.chance(kResponseRate[static_cast<int>(p.segment)])) continue;
        const int64_t day = sent + rng.range(0, 9);
        const Span* span = spanAt(p, day);
        if (!span) continue;
        // Customers who are about to leave answer lower (the signal the health score reads).
        const bool leaving = span->churn != kNoDate && span->churn - day < 200;
        const double mood = 0.45 + 0.72 * p.health + 0.18 * rng.normal() - (leaving ? 0.3 : 0.0);
        const int score = std::clamp(static_cast<int>(mood * 10.0 + 0.5), 0, 10);
        nps.id('C', p.number, 7).sep().timestamp(day * 86400 + workSecond(rng, p.region)).sep();
        nps.integer(score).sep();
        if (rng.chance(0.35)) {
            const words::List& comments = score >= 9   ? words::promoterComments
                                          : score >= 7 ? words::passiveComments
                                                       : words::detractorComments;
            nps.text(words::pick(rng, comments));
        }
        nps.end();
        if (score <= 6 && out.detractors < VoiceOutcome::kMax) out.detractorDays[out.detractors++] = day;
    }
}

struct Note {
    int64_t at;
    std::string_view kind;
    std::string_view category;
    std::string_view text;
};

void writeFeedback(Random& rng, const CustomerProfile& p, CsvSink& feedback) {
    constexpr int kMax = 32;
    Note notes[kMax];
    int count = 0;
    const auto add = [&](int64_t day, std::string_view kind, std::string_view category,
                         std::string_view text) {
        if (count < kMax) notes[count++] = {day * 86400 + workSecond(rng, p.region), kind, category, text};
    };
    for (const Span& span : p.spans) {
        const int64_t months = (span.end - span.start) / 30;
        const int n = rng.poisson(0.012 * static_cast<double>(months));
        for (int i = 0; i < n; ++i) {
            const int64_t day = workday(rng, span.start, span.end);
            const double kindWeights[] = {60, 25 * (1.5 - p.health), 15 * (0.5 + p.health)};
            const int kind = rng.weighted(kindWeights);
            if (kind == 0) {
                const int f = static_cast<int>(rng.below(6));
                add(day, "feature_request"sv, words::features[static_cast<size_t>(f)],
                    words::featureRequest(rng, f));
            } else if (kind == 1) {
                const int c = static_cast<int>(rng.below(5));
                add(day, "complaint"sv, words::complaintCategories[static_cast<size_t>(c)],
                    words::complaintText(rng, c));
            } else {
                const int c = static_cast<int>(rng.below(3));
                add(day, "praise"sv, words::praiseCategories[static_cast<size_t>(c)],
                    words::praiseText(rng, c));
            }
        }
        // Exit surveys: their category is the churn reason (the churn-reason chart reads it).
        if (span.churn != kNoDate && span.churn <= p.today && rng.chance(0.7)) {
            const int64_t day = std::min(span.churn + rng.range(0, 5), p.today);
            const std::string_view text = rng.chance(0.8) ? words::exitComment(rng, span.reason) : ""sv;
            add(day, "exit_survey"sv, words::churnReasons[static_cast<size_t>(span.reason)], text);
        }
    }
    std::sort(notes, notes + count, [](const Note& a, const Note& b) {
        return a.at != b.at ? a.at < b.at : a.kind != b.kind ? a.kind < b.kind : a.text < b.text;
    });
    for (int i = 0; i < count; ++i) {
        feedback.id('C', p.number, 7).sep().timestamp(notes[i].at).sep().raw(notes[i].kind).sep();
        feedback.text(notes[i].category).sep().text(notes[i].text);
        feedback.end();
    }
}

} // namespace

VoiceOutcome writeVoice(const SimulationInput& in, int64_t index, const CustomerProfile& p, CsvSink& nps,
                        CsvSink& feedback) {
    Random rng = customerStream(in, index, Stream::Voice);
    VoiceOutcome out;
    writeNps(rng, p, nps, out);
    writeFeedback(rng, p, feedback);
    return out;
}

} // namespace tenure::demo
