#include "customerprofile.h"

#include "model/dates.h"
#include "signupcurve.h"

#include <algorithm>

namespace tenure::demo {

namespace {

Segment pickSegment(Random& rng, double progress) {
    // The company moves upmarket: later signups are more often mid-market and enterprise.
    const double enterprise = 0.06 + 0.04 * progress;
    const double mid = 0.24 + 0.06 * progress;
    const double u = rng.uniform();
    return u < enterprise ? Segment::Enterprise : u < enterprise + mid ? Segment::MidMarket : Segment::SMB;
}

Plan pickPlan(Random& rng, Segment segment) {
    static constexpr double smb[] = {55, 35, 10, 0};
    static constexpr double mid[] = {0, 40, 48, 12};
    static constexpr double ent[] = {0, 0, 25, 75};
    const int i = segment == Segment::SMB         ? rng.weighted(smb)
                  : segment == Segment::MidMarket ? rng.weighted(mid)
                                                  : rng.weighted(ent);
    return static_cast<Plan>(i);
}

int pickSeats(Random& rng, Segment segment) {
    switch (segment) {
    case Segment::SMB:
        return std::clamp(static_cast<int>(rng.logNormal(3.0, 0.7)), 1, 25);
    case Segment::MidMarket:
        return std::clamp(static_cast<int>(rng.logNormal(22.0, 0.5)), 8, 150);
    case Segment::Enterprise:
        return std::clamp(static_cast<int>(rng.logNormal(120.0, 0.6)), 40, 2000);
    }
    return 1;
}

int64_t mrrCents(Plan plan, int seats, bool annual, double discount) {
    double cents = static_cast<double>(monthlyPriceCents(plan)) * seats * (1.0 - discount);
    if (annual) cents *= 0.85; // two months free, normalised to a month
    return static_cast<int64_t>(cents + 0.5);
}

double monthlyHazard(const CustomerProfile& p, Plan plan, int monthsIn) {
    static constexpr double bySegment[] = {0.041, 0.036, 0.038};
    static constexpr double byPlan[] = {1.2, 1.0, 0.85, 0.8};
    const double unhealthy = 1.0 - p.health;
    const double healthFactor = 0.25 + 4.0 * unhealthy * unhealthy;
    const double tenureFactor = monthsIn <= 3 ? 1.4 : monthsIn <= 12 ? 1.0 : 0.8;
    return bySegment[static_cast<int>(p.segment)] * byPlan[static_cast<int>(plan)] * healthFactor *
           tenureFactor;
}

int pickReason(Random& rng, const CustomerProfile& p) {
    // price, missing feature, switched to competitor, poor support, business closed, no longer needed
    double w[] = {22, 18, 17, 6, 12, 16};
    if (p.segment == Segment::SMB) {
        w[0] *= 1.3;
        w[4] *= 1.8;
    } else if (p.segment == Segment::Enterprise) {
        w[1] *= 1.4;
        w[2] *= 1.5;
        w[4] *= 0.3;
    }
    w[3] *= 1.0 + 1.5 * (1.0 - p.health);
    return rng.weighted(w);
}

int pickOwner(Random& rng, Region region) {
    switch (region) {
    case Region::NA:
        return static_cast<int>(rng.below(3)); // James, Daniel, Rachel
    case Region::EMEA:
        return 3 + static_cast<int>(rng.below(3)); // Tom, Sophie, Maya
    case Region::APAC:
        return rng.chance(0.7) ? 6 : 2; // Priya, some Rachel
    case Region::LATAM:
        return rng.chance(0.8) ? 7 : 1; // Lucía, some Daniel
    }
    return 0;
}

void simulateLifecycle(Random& rng, CustomerProfile& p, Plan plan, double discount) {
    const int64_t today = p.today;
    const int64_t horizon = today + 183; // simulate a little beyond today: coming churns leave signs
    int64_t start = p.signup;
    int changes = 0;
    bool reactivated = false;
    p.subscriptions.push_back({start, kNoDate, plan, mrrCents(plan, p.seats, p.annual, discount)});
    for (;;) {
        Span span{start, today + 1, kNoDate, -1};
        for (int k = 1;; ++k) {
            const int64_t day = addMonths(start, k);
            if (day > horizon) break;
            const double m = monthlyHazard(p, plan, k);
            if (!p.annual || k % 12 == 0) {
                const double pChurn = p.annual ? 1.0 - detExp(12.0 * detLog(1.0 - m)) : m;
                if (rng.chance(pChurn)) {
                    span.churn = day;
                    span.end = std::min(day, today + 1);
                    span.reason = pickReason(rng, p);
                    break;
                }
            }
            if (day > today || changes >= 4) continue;
            const double expand = 0.011 * (0.3 + 1.3 * p.health) * (p.segment == Segment::SMB ? 0.8 : 1.3);
            const double contract = 0.005 * (1.6 - p.health);
            const double u = rng.uniform();
            if (u >= expand + contract) continue;
            const Plan top = p.segment == Segment::SMB ? Plan::Pro : Plan::Enterprise;
            const Plan bottom = p.segment == Segment::Enterprise ? Plan::Pro : Plan::Starter;
            if (u < expand) {
                if (plan < top && rng.chance(0.45))
                    plan = static_cast<Plan>(static_cast<int>(plan) + 1);
                else
                    p.seats = std::max(p.seats + 1, static_cast<int>(p.seats * rng.uniform(1.1, 1.5)));
            } else if (plan > bottom && rng.chance(0.35)) {
                plan = static_cast<Plan>(static_cast<int>(plan) - 1);
            } else if (p.seats > 1) {
                p.seats = std::max(1, static_cast<int>(p.seats * rng.uniform(0.55, 0.9)));
            } else {
                continue;
            }
            ++changes;
            p.subscriptions.back().end = day;
            p.subscriptions.push_back({day, kNoDate, plan, mrrCents(plan, p.seats, p.annual, discount)});
        }
        p.spans.push_back(span);
        if (span.churn == kNoDate || span.churn > today) return;
        p.subscriptions.back().end = span.churn;
        // Some leavers come back (never those whose business closed).
        const bool mayReturn = span.reason != 4 && span.reason != 3;
        if (reactivated || !mayReturn || !rng.chance(0.05 + 0.15 * p.health)) return;
        const int64_t back = span.churn + rng.range(45, 420);
        if (back > today) return;
        reactivated = true;
        start = back;
        if (span.reason == 0 && plan > Plan::Starter && p.segment != Segment::Enterprise)
            plan = static_cast<Plan>(static_cast<int>(plan) - 1);
        p.subscriptions.push_back({start, kNoDate, plan, mrrCents(plan, p.seats, p.annual, discount)});
    }
}

} // namespace

Random customerStream(const SimulationInput& input, int64_t index, Stream stream) {
    return Random(mixSeed(input.seed, static_cast<uint64_t>(index), static_cast<uint64_t>(stream)));
}

int64_t monthlyPriceCents(Plan plan) {
    static constexpr int64_t perSeat[] = {1900, 3900, 6900, 9900};
    return perSeat[static_cast<int>(plan)];
}

int64_t addMonths(int64_t day, int months) {
    const CivilDate c = civilFromDays(day);
    const int total = c.year * 12 + (c.month - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    return daysFromCivil(year, month, std::min(c.day, daysInMonth(year, month)));
}

void simulateCustomer(const SimulationInput& input, int64_t index, CustomerProfile& p) {
    Random rng = customerStream(input, index, Stream::Profile);
    p.number = index + 1;
    p.today = input.today;
    p.subscriptions.clear();
    p.spans.clear();

    // Stratified quantiles: ids ascend with the signup date, as in a real system.
    const double q = (static_cast<double>(index) + rng.uniform()) / static_cast<double>(input.customers);
    p.signup = input.curve->dayAt(q);
    const double progress = static_cast<double>(p.signup - input.curve->firstDay()) /
                            static_cast<double>(std::max<int64_t>(1, input.today - input.curve->firstDay()));

    static constexpr double regionWeights[] = {42, 35, 15, 8};
    p.region = static_cast<Region>(rng.weighted(regionWeights));
    p.currency =
        p.region == Region::EMEA ? (rng.chance(0.28) ? Currency::GBP : Currency::EUR) : Currency::USD;
    p.owner = pickOwner(rng, p.region);
    p.segment = pickSegment(rng, progress);
    const Plan plan = pickPlan(rng, p.segment);
    p.seats = pickSeats(rng, p.segment);
    static constexpr double annualShare[] = {0.25, 0.55, 0.9};
    p.annual = rng.chance(annualShare[static_cast<int>(p.segment)]);
    const double discount = p.segment == Segment::SMB         ? 0.0
                            : p.segment == Segment::MidMarket ? rng.uniform(0.0, 0.1)
                                                              : rng.uniform(0.05, 0.25);
    static constexpr double healthShift[] = {-0.02, 0.0, 0.04};
    const double h = 0.1 + (rng.uniform() + rng.uniform() + rng.uniform()) / 3.0 +
                     healthShift[static_cast<int>(p.segment)];
    p.health = std::clamp(h, 0.03, 0.97);

    static constexpr double memberShare[] = {0.45, 0.25, 0.12};
    p.loyaltyMember = rng.chance(memberShare[static_cast<int>(p.segment)]);
    static constexpr double featureBase[] = {0.85, 0.8, 0.5, 0.4, 0.25, 0.35};
    p.features = 0;
    for (int f = 0; f < 6; ++f) {
        double pf = featureBase[f] * (0.35 + 0.8 * p.health);
        if (p.segment != Segment::SMB && f >= 2) pf *= 1.6;
        if (rng.chance(std::min(pf, 0.97))) p.features |= 1u << f;
    }
    simulateLifecycle(rng, p, plan, discount);
}

} // namespace tenure::demo
