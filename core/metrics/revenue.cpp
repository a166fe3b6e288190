#include "revenue.h"

#include "ratios.h"

#include <algorithm>

namespace tenure::metrics {

namespace {} // namespace

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
            running += mrrAt[b];
            if (b > 0) {
                RevenueRow& row = rows[b - 1];
                const double m0 = before;
                const double m1 = running;
                row.mrrStart += m0;
                row.mrrEnd += m1;
                row.payingAtEnd += m1 > 0 ? 1 : 0;
                if (m0 <= 0 && m1 > 0)
                    (firstStart < periods[b - 1].start ? row.reactivation : row.newMrr) += m1;
                else if (m0 > 0 && m1 <= 0)
                    row.churned += m0;
                else if (m1 > m0)
                    row.expansion += m1 - m0;
                else if (m1 < m0)
                    row.contraction += m0 - m1;
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

} // namespace tenure::metrics
