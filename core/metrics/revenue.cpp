#include "revenue.h"

#include "ratios.h"

#include "model/dates.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tenure::metrics {

namespace {

// MRR is summed in doubles: a customer whose subscriptions of 0.1 and 0.2 both ended would be
// left with 2.8e-17 of MRR, "paying" and contracted instead of churned. Below a millionth of a
// currency unit, MRR is 0 and two amounts are the same.
constexpr double mrrEpsilon = 1e-6;
double snapped(double mrr) {
    return std::abs(mrr) < mrrEpsilon ? 0.0 : mrr;
}

// How one customer's MRR moved over a period: m0 just before it, m1 on its last day. Zero
// before and some after is new, or reactivation for a customer who subscribed before the period.
enum class Movement { None, New, Reactivation, Expansion, Contraction, Churned };
struct MovementAmount {
    Movement movement = Movement::None;
    double amount = 0; // positive: the MRR added or taken away
};
// m0 and m1 are snapped().
MovementAmount movementOf(double m0, double m1, bool subscribedBefore) {
    if (m0 <= 0 && m1 > 0) return {subscribedBefore ? Movement::Reactivation : Movement::New, m1};
    if (m0 > 0 && m1 <= 0) return {Movement::Churned, m0};
    if (m1 > m0 + mrrEpsilon) return {Movement::Expansion, m1 - m0};
    if (m1 < m0 - mrrEpsilon) return {Movement::Contraction, m0 - m1};
    return {};
}

QString money(double v) {
    return QString::number(v, 'f', 2);
}

} // namespace

std::optional<double>
customerLifetimeValue(double arpa, double grossMargin, int64_t day,
                      const std::vector<std::pair<Period, std::optional<double>>>& monthlyChurnPct) {
    // The six full months before the month holding `day`.
    std::vector<int64_t> starts;
    const Period current = periodOf(day, PeriodUnit::Month);
    for (const Period& m :
         periodsEndingWith(periodOf(current.start - 1, PeriodUnit::Month), 6, PeriodUnit::Month))
        starts.push_back(m.start);
    double sum = 0;
    int months = 0;
    for (const auto& [month, churn] : monthlyChurnPct) {
        if (!churn || std::find(starts.begin(), starts.end(), month.start) == starts.end()) continue;
        sum += *churn;
        ++months;
    }
    if (months < 3 || sum == 0) return std::nullopt;
    const double averageRate = sum / months / 100.0;
    return arpa * grossMargin / averageRate;
}

std::vector<RevenueRow>
revenueByPeriod(const std::vector<Subscription>& subscriptions, const std::vector<Period>& periods,
                int64_t asOfDay, double grossMargin,
                const std::vector<std::pair<Period, std::optional<double>>>& monthlyChurnPct) {
    std::vector<RevenueRow> rows(periods.size());
    if (periods.empty()) return rows;
    // Boundaries: the day before each period, and the last period's last day. Period i runs
    // from boundary i (exclusive) to boundary i + 1 (inclusive).
    std::vector<int64_t> boundaries;
    for (const Period& p : periods)
        boundaries.push_back(p.start - 1);
    boundaries.push_back(periods.back().lastDay());

    std::vector<size_t> order(subscriptions.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return subscriptions[a].customer < subscriptions[b].customer; });

    std::vector<double> mrrAt(boundaries.size() + 1);
    for (size_t i = 0; i < order.size();) {
        const int64_t customer = subscriptions[order[i]].customer;
        std::fill(mrrAt.begin(), mrrAt.end(), 0.0);
        int64_t firstStart = INT64_MAX;
        for (; i < order.size() && subscriptions[order[i]].customer == customer; ++i) {
            const Subscription& s = subscriptions[order[i]];
            firstStart = std::min(firstStart, s.start);
            // Boundaries b with start <= b < end carry this subscription's MRR.
            const auto from =
                std::lower_bound(boundaries.begin(), boundaries.end(), s.start) - boundaries.begin();
            const auto to = s.end == noDay ? static_cast<std::ptrdiff_t>(boundaries.size())
                                           : std::lower_bound(boundaries.begin(), boundaries.end(), s.end) -
                                                 boundaries.begin();
            if (from < to) {
                mrrAt[static_cast<size_t>(from)] += s.mrr;
                mrrAt[static_cast<size_t>(to)] -= s.mrr;
            }
        }
        double running = 0;
        double before = 0;
        for (size_t b = 0; b < boundaries.size(); ++b) {
            running = snapped(running + mrrAt[b]);
            if (b > 0) {
                RevenueRow& row = rows[b - 1];
                const double m0 = before;
                const double m1 = running;
                row.mrrStart += m0;
                row.mrrEnd += m1;
                row.payingAtEnd += m1 > 0 ? 1 : 0;
                const MovementAmount moved = movementOf(m0, m1, firstStart < periods[b - 1].start);
                switch (moved.movement) {
                case Movement::None:
                    break;
                case Movement::New:
                    row.newMrr += moved.amount;
                    break;
                case Movement::Reactivation:
                    row.reactivation += moved.amount;
                    break;
                case Movement::Expansion:
                    row.expansion += moved.amount;
                    break;
                case Movement::Contraction:
                    row.contraction += moved.amount;
                    break;
                case Movement::Churned:
                    row.churned += moved.amount;
                    break;
                }
            }
            before = running;
        }
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        RevenueRow& r = rows[i];
        r.period = periods[i];
        r.grossMrrChurnPct = percent(r.churned + r.contraction, r.mrrStart);
        r.nrrPct = percent(r.mrrStart + r.expansion - r.contraction - r.churned, r.mrrStart);
        r.grrPct = percent(r.mrrStart - r.contraction - r.churned, r.mrrStart);
        if (r.payingAtEnd > 0) r.arpa = r.mrrEnd / static_cast<double>(r.payingAtEnd);
        if (r.arpa) r.clv = customerLifetimeValue(*r.arpa, grossMargin, r.period.lastDay(), monthlyChurnPct);
        r.partial = asOfDay < r.period.lastDay();
    }
    return rows;
}

std::vector<ExplainedCustomer> explainRevenue(const std::vector<Subscription>& subscriptions,
                                              const Period& period) {
    std::vector<ExplainedCustomer> out;
    if (period.end <= period.start) return out;
    const int64_t before = period.start - 1; // revenueByPeriod's boundaries: the day before …
    const int64_t last = period.lastDay();   // … and the last day
    const auto activeOn = [](const Subscription& s, int64_t day) {
        return s.start <= day && (s.end == noDay || day < s.end);
    };
    std::map<int64_t, std::vector<const Subscription*>> byCustomer;
    for (const Subscription& s : subscriptions)
        byCustomer[s.customer].push_back(&s);
    for (const auto& [customer, subs] : byCustomer) {
        double m0 = 0, m1 = 0;
        int64_t firstStart = INT64_MAX;
        bool changedInside = false; // a subscription began or ended inside the period
        int64_t insideStart = noDay, insideEnd = noDay;
        bool freeAtEnds = false; // subscribed at either end, yet no MRR there: free plans
        for (const Subscription* s : subs) {
            firstStart = std::min(firstStart, s->start);
            if (activeOn(*s, before)) m0 += s->mrr;
            if (activeOn(*s, last)) m1 += s->mrr;
            freeAtEnds = freeAtEnds || activeOn(*s, before) || activeOn(*s, last);
            const bool startsInside = s->start > before && s->start <= last;
            const bool endsInside = s->end != noDay && s->end > before && s->end <= last;
            if ((startsInside || endsInside) && (s->end == noDay || s->start < s->end)) {
                changedInside = true;
                if (startsInside && (insideStart == noDay || s->start < insideStart)) insideStart = s->start;
                if (endsInside && (insideEnd == noDay || s->end > insideEnd)) insideEnd = s->end;
            }
        }
        m0 = snapped(m0);
        m1 = snapped(m1);
        const QString figures = QStringLiteral("MRR %1 → %2: ").arg(money(m0), money(m1));
        const MovementAmount moved = movementOf(m0, m1, firstStart < period.start);
        switch (moved.movement) {
        case Movement::New:
            out.push_back(
                {customer, Role::Numerator, figures + QStringLiteral("new +") + money(moved.amount)});
            break;
        case Movement::Reactivation:
            out.push_back({customer, Role::Numerator,
                           figures + QStringLiteral("reactivation +%1 (first subscribed on %2)")
                                         .arg(money(moved.amount), formatDate(firstStart))});
            break;
        case Movement::Expansion:
            out.push_back(
                {customer, Role::Numerator, figures + QStringLiteral("expansion +") + money(moved.amount)});
            break;
        case Movement::Contraction:
            out.push_back(
                {customer, Role::Numerator, figures + QStringLiteral("contraction -") + money(moved.amount)});
            break;
        case Movement::Churned:
            out.push_back(
                {customer, Role::Numerator, figures + QStringLiteral("churned -") + money(moved.amount)});
            break;
        case Movement::None:
            if (m0 > 0) {
                out.push_back({customer, Role::Denominator,
                               figures + QStringLiteral("no movement (in MRR at start only)") +
                                   (changedInside ? QStringLiteral("; changes inside the period net out")
                                                  : QString())});
            } else if (changedInside || freeAtEnds) {
                QString reason = figures + QStringLiteral("no MRR at either end");
                if (insideStart != noDay && insideEnd != noDay && insideStart < insideEnd)
                    reason += QStringLiteral(" (subscribed on %1 and ended on %2, inside the period)")
                                  .arg(formatDate(insideStart), formatDate(insideEnd));
                else if (insideStart != noDay)
                    reason +=
                        QStringLiteral(" (subscribed on %1, inside the period)").arg(formatDate(insideStart));
                else if (insideEnd != noDay)
                    reason += QStringLiteral(" (ended on %1, inside the period)").arg(formatDate(insideEnd));
                else
                    reason += QStringLiteral(" (subscriptions without MRR)");
                out.push_back({customer, Role::Excluded, reason});
            }
            break;
        }
    }
    return out;
}

} // namespace tenure::metrics
