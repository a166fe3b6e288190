#include "rowwriters.h"

#include <algorithm>
#include <vector>

namespace tenure::demo {

using namespace std::string_view_literals;

namespace {

constexpr std::string_view kCurrencies[] = {"EUR"sv, "USD"sv, "GBP"sv};
constexpr std::string_view kChannels[] = {"web"sv, "sales"sv, "partner"sv};

enum Entry { Purchase, Refund, Referral, Review, Social, Goodwill };

struct Order {
    int64_t at;
    int64_t cents; // negative for a refund
    int channel;
};

struct LedgerEntry {
    int64_t at;
    int type;
    int64_t points; // purchases: whole currency units of the order
};

int64_t orderCents(Random& rng, Segment segment) {
    static constexpr int64_t smb[] = {1900, 2900, 4950, 7900, 9900, 14900};
    static constexpr int64_t mid[] = {4900, 9900, 14900, 24900, 49900};
    static constexpr int64_t ent[] = {24900, 49900, 99900, 199900};
    static constexpr double quantities[] = {70, 20, 10};
    const int64_t qty = 1 + rng.weighted(quantities);
    switch (segment) {
    case Segment::SMB:
        return smb[rng.below(6)] * qty;
    case Segment::MidMarket:
        return mid[rng.below(5)] * qty;
    case Segment::Enterprise:
        return ent[rng.below(4)] * qty;
    }
    return 0;
}

void writeLedger(Random& rng, const CustomerProfile& p, std::vector<LedgerEntry>& ledger, CsvSink& loyalty) {
    std::sort(ledger.begin(), ledger.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
        return a.at != b.at ? a.at < b.at : a.type != b.type ? a.type < b.type : a.points < b.points;
    });
    const auto row = [&](int64_t at, int64_t points, std::string_view reason) {
        loyalty.id('C', p.number, 7).sep().timestamp(at).sep().integer(points).sep().raw(reason);
        loyalty.end();
    };
    int64_t balance = 0;
    for (const LedgerEntry& e : ledger) {
        switch (e.type) {
        case Purchase:
            // Members spend points at checkout; a redemption never exceeds the balance. The
            // purchase's own points are not written: they are derived from the order (one
            // point per currency unit, the default rate), so the balance counts them here.
            if (balance >= 500 && rng.chance(0.3)) {
                const int64_t redeem = 500 * rng.range(1, std::min<int64_t>(balance / 500, 6));
                row(e.at, -redeem, "redeem"sv);
                balance -= redeem;
            }
            balance += e.points;
            break;
        case Refund:
            // A refund takes back the order's derived points (never below a zero balance).
            balance -= std::min(e.points, balance);
            break;
        case Referral:
            row(e.at, 250, "referral"sv);
            balance += 250;
            break;
        case Review:
            row(e.at, 100, "review"sv);
            balance += 100;
            break;
        case Social:
            row(e.at, 50, "social"sv);
            balance += 50;
            break;
        default:
            row(e.at, 100, "adjust"sv);
            balance += 100;
            break;
        }
    }
}

} // namespace

void writeCommerce(const SimulationInput& in, int64_t index, const CustomerProfile& p, IdCounters& ids,
                   CsvSink& orders, CsvSink& loyalty) {
    if (!p.loyaltyMember) return;
    Random rng = customerStream(in, index, Stream::Commerce);
    thread_local std::vector<Order> bought;
    thread_local std::vector<LedgerEntry> ledger;
    bought.clear();
    ledger.clear();

    static constexpr int64_t kIntervalMin[] = {20, 30, 45};
    static constexpr int64_t kIntervalMax[] = {90, 120, 150};
    const int s = static_cast<int>(p.segment);
    const double usual = static_cast<double>(rng.range(kIntervalMin[s], kIntervalMax[s]));
    const double channelWeights[] = {p.segment == Segment::Enterprise ? 40.0 : 72.0,
                                     p.segment == Segment::Enterprise ? 45.0 : 18.0, 12};
    for (const Span& span : p.spans) {
        double day = static_cast<double>(span.start) + rng.uniform(0.0, usual);
        while (static_cast<int64_t>(day) < span.end) {
            const int64_t d = static_cast<int64_t>(day);
            const Order order{d * 86400 + workSecond(rng, p.region), orderCents(rng, p.segment),
                              rng.weighted(channelWeights)};
            bought.push_back(order);
            if (rng.chance(0.025)) {
                const int64_t back = d + rng.range(1, 14);
                if (back < span.end)
                    bought.push_back({back * 86400 + workSecond(rng, p.region), -order.cents, order.channel});
            }
            double gap = usual * rng.uniform(0.5, 1.5);
            if (span.churn != kNoDate && span.churn - d < 120)
                gap *= 2.2; // purchases thin out before a churn
            day += std::max(1.0, gap);
        }
    }
    std::sort(bought.begin(), bought.end(), [](const Order& a, const Order& b) {
        return a.at != b.at ? a.at < b.at : a.cents != b.cents ? a.cents < b.cents : a.channel < b.channel;
    });
    for (const Order& o : bought) {
        orders.id('C', p.number, 7)
            .sep()
            .timestamp(o.at)
            .sep()
            .id('O', ++ids.order, 8)
            .sep()
            .money(o.cents)
            .sep();
        orders.raw(kCurrencies[static_cast<int>(p.currency)]).sep().raw(kChannels[o.channel]);
        orders.end();
        ledger.push_back({o.at, o.cents > 0 ? Purchase : Refund, (o.cents > 0 ? o.cents : -o.cents) / 100});
    }

    const int64_t from = p.signup;
    const int64_t to = p.lastSpan().end;
    const auto bonus = [&](int type) {
        const int64_t day = workday(rng, from, to);
        if (spanAt(p, day)) ledger.push_back({day * 86400 + workSecond(rng, p.region), type, 0});
    };
    const int referrals = rng.poisson(0.1 * static_cast<double>(to - from) / 365.0);
    for (int i = 0; i < referrals; ++i)
        bonus(Referral);
    if (rng.chance(0.18)) bonus(Review);
    if (rng.chance(0.3)) bonus(Social);
    if (rng.chance(0.03)) bonus(Goodwill);
    writeLedger(rng, p, ledger, loyalty);
}

} // namespace tenure::demo
