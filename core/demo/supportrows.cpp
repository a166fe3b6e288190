#include "rowwriters.h"

#include <algorithm>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

enum Channel { Email, Chat, Phone, Web };
constexpr std::string_view kChannels[] = {"email"sv, "chat"sv, "phone"sv, "web"sv};
constexpr std::string_view kPriorities[] = {"low"sv, "normal"sv, "high"sv, "urgent"sv};
// Agents differ: some answer fast, one is new and slow.
constexpr double kAgentPace[] = {0.7, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 0.85, 1.3, 0.95, 1.05, 1.7};

void writeTicket(Random& rng, const CustomerProfile& p, const Span& span, int64_t created, int64_t ticketId,
                 CsvSink& out) {
    const int64_t endOfData = (p.today + 1) * 86400;
    const bool strained = span.churn != kNoDate && span.reason == 3 && span.churn - created / 86400 < 150;
    const double channelWeights[] = {40, 25, p.segment == Segment::Enterprise ? 25.0 : 14.0, 21};
    const int channel = rng.weighted(channelWeights);
    static constexpr double priorityWeights[] = {20, 55, 20, 5};
    const int priority = rng.weighted(priorityWeights);
    const int agent = static_cast<int>(rng.below(12));
    const double pace = kAgentPace[agent] * (strained ? 2.5 : 1.0);
    static constexpr double priorityPace[] = {1.5, 1.0, 0.6, 0.3};
    const bool live = channel == Chat || channel == Phone;

    int64_t firstResponse = kNoDate;
    int64_t resolved = kNoDate;
    int64_t wait = -1;
    int contacts = -1;
    bool abandoned = false;
    if (live) {
        abandoned = rng.chance(strained ? 0.12 : 0.045);
        if (abandoned) {
            wait = 20 + static_cast<int64_t>(rng.logNormal(140.0, 0.7));
            if (created + wait < endOfData) {
                resolved = created + wait; // the helpdesk closes an abandoned contact
                contacts = 0;
            }
        } else {
            wait = 5 + static_cast<int64_t>(rng.logNormal(channel == Chat ? 45.0 : 70.0, 1.0) * pace);
            firstResponse = created + wait;
        }
    } else if (!rng.chance(0.003)) { // a few are never answered
        const double median = 3.2 * 3600.0 * pace * priorityPace[priority];
        firstResponse = created + 60 + static_cast<int64_t>(rng.logNormal(median, 1.4));
    }
    if (firstResponse != kNoDate && firstResponse >= endOfData) {
        firstResponse = kNoDate;
        wait = live ? -1 : wait;
    }
    if (firstResponse != kNoDate) {
        double contactWeights[] = {70, 16, 8, 4, 2};
        if (strained || priority == 3) {
            contactWeights[0] = 45;
            contactWeights[2] = 16;
        }
        contacts = 1 + rng.weighted(contactWeights);
        double median = channel == Chat ? 15.0 * 60 : channel == Phone ? 10.0 * 60 : 18.0 * 3600;
        if (live && contacts > 1) median = 20.0 * 3600; // a follow-up by email
        const double spent = rng.logNormal(median, 1.1) * (1.0 + 0.9 * (contacts - 1));
        resolved = firstResponse + 60 + static_cast<int64_t>(spent);
        if (resolved >= endOfData || rng.chance(0.006)) {
            resolved = kNoDate; // still open
            contacts = -1;
        }
    }

    out.id('T', ticketId, 8).sep().id('C', p.number, 7).sep().timestamp(created).sep();
    if (firstResponse != kNoDate) out.timestamp(firstResponse);
    out.sep();
    if (resolved != kNoDate) out.timestamp(resolved);
    out.sep().raw(kChannels[channel]).sep().raw(kPriorities[priority]).sep();
    out.text(words::agents[static_cast<size_t>(agent)]).sep();
    if (contacts >= 0) out.integer(contacts);
    out.sep();
    if (live && wait >= 0) out.integer(wait);
    out.sep();
    if (live) out.boolean(abandoned);
    out.sep();
    int csat = 0;
    if (resolved != kNoDate && !abandoned && rng.chance(0.38)) {
        const bool slow = firstResponse - created > 24 * 3600;
        const double mood = 0.68 + 0.35 * p.health - 0.12 * (contacts - 1) - (slow ? 0.25 : 0.0) -
                            (strained ? 0.3 : 0.0) + 0.2 * rng.normal();
        csat = mood > 0.78 ? 5 : mood > 0.55 ? 4 : mood > 0.4 ? 3 : mood > 0.25 ? 2 : 1;
        out.integer(csat);
    }
    out.sep();
    if (csat == 5 && rng.chance(0.04)) out.text(words::pick(rng, words::wowNotes));
    out.end();
}

} // namespace

void writeTickets(const SimulationInput& in, int64_t index, const CustomerProfile& p, IdCounters& ids,
                  CsvSink& tickets) {
    static constexpr double kMonthlyRate[] = {0.047, 0.112, 0.275};
    Random rng = customerStream(in, index, Stream::Tickets);
    const double base = kMonthlyRate[static_cast<int>(p.segment)] * (0.6 + 0.8 * (1.0 - p.health));
    int64_t created[32];
    for (const Span& span : p.spans) {
        for (int64_t m0 = span.start; m0 < span.end; m0 += 30) {
            const int64_t m1 = std::min(m0 + 30, span.end);
            double rate = base * static_cast<double>(m1 - m0) / 30.0;
            if (m0 - span.start < 45) rate *= 2.2; // questions while setting up
            if (span.churn != kNoDate && span.reason == 3 && span.churn - m0 < 150) rate *= 2.0;
            const int n = std::min(rng.poisson(rate), 32);
            for (int i = 0; i < n; ++i)
                created[i] = workday(rng, m0, m1) * 86400 + workSecond(rng, p.region);
            std::sort(created, created + n);
            for (int i = 0; i < n; ++i)
                writeTicket(rng, p, span, created[i], ++ids.ticket, tickets);
        }
    }
}

} // namespace tenure::demo
