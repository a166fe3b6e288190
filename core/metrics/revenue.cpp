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

// CLV's smoothing window: the six full months before the month holding `day`.
std::vector<Period> clvMonths(int64_t day) {
    const Period current = periodOf(day, PeriodUnit::Month);
    return periodsEndingWith(periodOf(current.start - 1, PeriodUnit::Month), 6, PeriodUnit::Month);
}

// A churn or margin percentage as the explanations print it.
QString percentText(double pct) {
    return QString::number(pct, 'f', 2) + QStringLiteral(" %");
}

} // namespace

std::vector<std::pair<Period, std::optional<double>>> clvChurnRates(const std::vector<ChurnRow>& months) {
    std::vector<std::pair<Period, std::optional<double>>> out;
    out.reserve(months.size());
    for (const ChurnRow& row : months)
        out.emplace_back(row.period, row.partial ? std::nullopt : row.churnPct);
    return out;
}

std::optional<double>
customerLifetimeValue(double arpa, double grossMargin, int64_t day,
                      const std::vector<std::pair<Period, std::optional<double>>>& monthlyChurnPct) {
    std::vector<int64_t> starts;
    for (const Period& m : clvMonths(day))
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

std::vector<ExplainedCustomer> explainArpa(const std::vector<Subscription>& subscriptions,
                                           const Period& period) {
    std::vector<ExplainedCustomer> out;
    if (period.end <= period.start) return out;
    const int64_t before = period.start - 1; // as explainRevenue: the day before the period …
    const int64_t last = period.lastDay();   // … and its last day, where ARPA is read
    std::map<int64_t, std::vector<const Subscription*>> byCustomer;
    for (const Subscription& s : subscriptions)
        byCustomer[s.customer].push_back(&s);
    for (const auto& [customer, subs] : byCustomer) {
        double m1 = 0;
        int atEnd = 0;               // subscriptions active on the last day
        bool touched = false;        // subscribed on some day from `before` to `last`
        int64_t endedInside = noDay; // the latest end inside the period
        int64_t startsAfter = noDay; // the first start after the period
        for (const Subscription* s : subs) {
            if (s->start <= last && (s->end == noDay || last < s->end)) {
                m1 += s->mrr;
                ++atEnd;
            }
            if (s->start <= last && (s->end == noDay || s->end > before)) touched = true;
            if (s->end != noDay && s->end > before && s->end <= last && s->start < s->end)
                endedInside = std::max(endedInside == noDay ? s->end : endedInside, s->end);
            if (s->start > last)
                startsAfter = std::min(startsAfter == noDay ? s->start : startsAfter, s->start);
        }
        m1 = snapped(m1); // revenueByPeriod's rule: below a millionth is 0
        const QString figure = QStringLiteral("MRR %1 on %2: ").arg(money(m1), formatDate(last));
        if (m1 > 0) {
            out.push_back({customer, Role::Numerator,
                           figure + QStringLiteral("paying customer") +
                               (atEnd > 1 ? QStringLiteral(" (%1 subscriptions)").arg(atEnd) : QString())});
            continue;
        }
        if (!touched) continue; // gone before the period or not yet started: not a candidate
        QString why;
        if (atEnd > 0)
            why = QStringLiteral("subscribed without MRR");
        else if (endedInside != noDay)
            why = QStringLiteral("subscription ended on %1").arg(formatDate(endedInside));
        else
            why = QStringLiteral("no subscription on that day");
        if (startsAfter != noDay)
            why += QStringLiteral("; next one starts on %1").arg(formatDate(startsAfter));
        out.push_back({customer, Role::Excluded,
                       figure + QStringLiteral("not a paying customer (") + why + QLatin1Char(')')});
    }
    return out;
}

std::vector<ExplainedTerm> explainClv(const RevenueRow& row, double grossMargin,
                                      const std::vector<ChurnRow>& monthlyChurn) {
    std::vector<ExplainedTerm> out;
    const int64_t last = row.period.lastDay();
    if (row.arpa)
        out.push_back({QStringLiteral("arpa"), Role::Numerator,
                       QStringLiteral("ARPA %1 = MRR %2 on %3 ÷ %4 paying customers (--kpi arpa lists them)")
                           .arg(money(*row.arpa), money(row.mrrEnd), formatDate(last))
                           .arg(row.payingAtEnd)});
    else
        out.push_back({QStringLiteral("arpa"), Role::Excluded,
                       QStringLiteral("ARPA undefined: no paying customer on %1").arg(formatDate(last))});
    out.push_back(
        {QStringLiteral("gross_margin"), Role::Numerator,
         QStringLiteral("gross margin %1 (setting gross_margin_pct)").arg(percentText(100.0 * grossMargin))});

    const auto rates = clvChurnRates(monthlyChurn);
    double sum = 0;
    int counted = 0;
    for (const Period& month : clvMonths(last)) {
        const QString label = periodLabel(month, PeriodUnit::Month);
        const auto it = std::find_if(monthlyChurn.begin(), monthlyChurn.end(),
                                     [&month](const ChurnRow& r) { return r.period.start == month.start; });
        if (it == monthlyChurn.end()) {
            out.push_back(
                {label, Role::Excluded, QStringLiteral("no churn rate: outside the data's months")});
        } else if (it->partial) {
            out.push_back(
                {label, Role::Excluded, QStringLiteral("no churn rate: the month is in progress (partial)")});
        } else if (!it->churnPct) {
            out.push_back({label, Role::Excluded, QStringLiteral("no churn rate: no customers at start")});
        } else {
            sum += *it->churnPct;
            ++counted;
            out.push_back({label, Role::Denominator,
                           QStringLiteral("churn %1: %2 lost of %3 customers at start")
                               .arg(percentText(*it->churnPct))
                               .arg(it->lost)
                               .arg(it->customersAtStart)});
        }
    }
    const QString average = QStringLiteral("average_churn");
    if (counted < 3) {
        out.push_back({average, Role::Excluded,
                       QStringLiteral("CLV undefined: %1 of the six months have a churn rate, 3 are needed")
                           .arg(counted)});
        return out;
    }
    const double averagePct = sum / static_cast<double>(counted);
    const QString said =
        QStringLiteral("average monthly churn %1 over %2 months").arg(percentText(averagePct)).arg(counted);
    if (sum == 0) {
        out.push_back({average, Role::Excluded, said + QStringLiteral(": CLV undefined (no customer lost)")});
        return out;
    }
    if (!row.arpa) {
        out.push_back({average, Role::Excluded, said + QStringLiteral(": CLV undefined (ARPA undefined)")});
        return out;
    }
    // The figure itself from the report's own function, so that the two cannot differ.
    const std::optional<double> clv = customerLifetimeValue(*row.arpa, grossMargin, last, rates);
    out.push_back(
        {average, Role::Denominator,
         said + QStringLiteral(": CLV = %1 × %2 ÷ %3 = %4")
                    .arg(money(*row.arpa), percentText(100.0 * grossMargin), percentText(averagePct),
                         clv ? money(*clv) : QStringLiteral("undefined"))});
    return out;
}

} // namespace tenure::metrics
