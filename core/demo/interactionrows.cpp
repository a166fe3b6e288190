#include "rowwriters.h"

#include <algorithm>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

enum Kind { Call, Email, Meeting, Training };
constexpr std::string_view kKinds[] = {"call"sv, "email"sv, "meeting"sv, "training"sv};

struct Touch {
    int64_t at;
    int kind;
    std::string_view note;
};

class Touches final {
public:
    Touches(Random& rng, const CustomerProfile& p)
        : m_rng(rng)
        , m_p(p) {}
    // Keeps the touch only when the customer is active that day and the day is not after today.
    void add(int64_t day, Kind kind, std::string_view note) {
        if (m_count == kMax || day > m_p.today || !spanAt(m_p, day)) return;
        m_items[m_count++] = {day * 86400 + workSecond(m_rng, m_p.region), kind, note};
    }
    void write(CsvSink& out) {
        std::sort(m_items, m_items + m_count, [](const Touch& a, const Touch& b) {
            return a.at != b.at ? a.at < b.at : a.kind != b.kind ? a.kind < b.kind : a.note < b.note;
        });
        for (int i = 0; i < m_count; ++i) {
            if (i > 0 && m_items[i].at == m_items[i - 1].at && m_items[i].note == m_items[i - 1].note)
                continue;
            const int owner = m_rng.chance(0.05) ? static_cast<int>(m_rng.below(8)) : m_p.owner;
            out.id('C', m_p.number, 7)
                .sep()
                .timestamp(m_items[i].at)
                .sep()
                .raw(kKinds[m_items[i].kind])
                .sep();
            out.text(m_items[i].note).sep().text(words::owners[static_cast<size_t>(owner)]);
            out.end();
        }
    }

private:
    static constexpr int kMax = 48;
    Random& m_rng;
    const CustomerProfile& m_p;
    Touch m_items[kMax];
    int m_count = 0;
};

constexpr std::string_view kCheckIns[] = {"Check-in call"sv, "Monthly check-in, no open issues"sv,
                                          "Reviewed usage dashboard together"sv,
                                          "Discussed roadmap, integrations and API limits"sv};
constexpr std::string_view kNudges[] = {"Sent tips for the reports module"sv, "Shared release notes"sv,
                                        "Invited to the customer webinar"sv, "Sent best-practice guide"sv};

} // namespace

void writeInteractions(const SimulationInput& in, int64_t index, const CustomerProfile& p,
                       const OnboardingOutcome& onboarding, const VoiceOutcome& voice,
                       CsvSink& interactions) {
    Random rng = customerStream(in, index, Stream::Interactions);
    Touches t(rng, p);
    const bool smb = p.segment == Segment::SMB;

    // Onboarding: welcome, kickoff, check-ins while setting up, training.
    t.add(p.signup, Email, "Welcome email with onboarding plan"sv);
    if (!smb || rng.chance(0.4))
        t.add(p.signup + rng.range(1, 5), Meeting,
              "Kickoff meeting: agreed migration plan, owners and dates"sv);
    const int calls = rng.poisson(smb ? 0.5 : 1.2);
    for (int i = 0; i < calls; ++i)
        t.add(p.signup + rng.range(3, 28), Call, "Onboarding check-in call"sv);
    if (onboarding.completed[3] != kNoDate && (!smb || rng.chance(0.5)))
        t.add(onboarding.completed[3], Training,
              rng.chance(0.5) ? "Admin training"sv : "Reporting workshop for the team"sv);

    for (const Span& span : p.spans) {
        // Regular touches: tech-touch emails for small accounts, calls and reviews for larger ones.
        const int64_t cadence = smb ? 180 : 90;
        for (int64_t day = span.start + 60; day < span.end; day += cadence + rng.range(-15, 15)) {
            if (!rng.chance(smb ? 0.45 : 0.75)) continue;
            if (smb)
                t.add(day, Email, words::pick(rng, kNudges));
            else if (p.segment == Segment::Enterprise && rng.chance(0.5))
                t.add(day, Meeting, "Quarterly business review"sv);
            else
                t.add(day, Call, words::pick(rng, kCheckIns));
        }
        // Renewals of annual contracts are prepared a month or two ahead.
        if (p.annual) {
            for (int years = 1;; ++years) {
                const int64_t renewal = addMonths(span.start, 12 * years);
                if (renewal - 60 > std::min(span.end, p.today)) break;
                t.add(renewal - rng.range(30, 60), Call, "Renewal call: confirmed budget and stakeholders"sv);
                if (p.segment == Segment::Enterprise)
                    t.add(renewal - rng.range(10, 29), Meeting, "Renewal negotiation"sv);
            }
        }
        // Save attempts before a churn (some of them after today: the customer is at risk now).
        if (span.churn != kNoDate && rng.chance(0.45))
            t.add(span.churn - rng.range(10, 40), Call,
                  "Save call: offered a plan review, discount or training"sv);
    }
    for (int i = 0; i < voice.detractors; ++i)
        if (rng.chance(0.6))
            t.add(voice.detractorDays[i] + rng.range(1, 7), Call, "Follow-up on NPS answer"sv);
    t.write(interactions);
}

} // namespace tenure::demo
