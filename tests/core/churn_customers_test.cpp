#include "metrics/churn.h"
#include "model/dates.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace tenure;
using namespace tenure::metrics;

namespace {
int64_t day(int y, int m, int d) {
    return daysFromCivil(y, m, d);
}
const Period jul{day(2024, 7, 1), day(2024, 8, 1)};

// Naive per-customer reference: a customer is active on d when any usable lifetime covers d.
ChurnRow naive(const std::vector<Lifetime>& ls, const Period& p) {
    std::map<int64_t, std::vector<Lifetime>> by;
    for (const auto& l : ls)
        if (l.signup != noDay && (l.churn == noDay || l.churn >= l.signup)) by[l.customer].push_back(l);
    auto active = [](const std::vector<Lifetime>& v, int64_t d) {
        for (const auto& l : v)
            if (l.signup <= d && (l.churn == noDay || d < l.churn)) return true;
        return false;
    };
    ChurnRow r;
    for (const auto& [id, v] : by) {
        const bool s = active(v, p.start - 1), e = active(v, p.lastDay());
        bool started = false;
        for (const auto& l : v)
            started = started || (p.contains(l.signup) && !active(v, l.signup - 1));
        r.customersAtStart += s;
        r.customersAtEnd += e;
        if (s && !e) ++r.lost;
        if (!s && started) {
            ++r.newCustomers;
            if (!e) ++r.newAndLost;
        }
    }
    return r;
}
} // namespace

TEST(ChurnPerCustomer, ComingBackInsideThePeriodIsNotLost) {
    const auto r = churnByPeriod({{1, day(2024, 1, 1), day(2024, 7, 10)}, {1, day(2024, 7, 20), noDay}},
                                 {jul}, day(2025, 1, 1))[0];
    EXPECT_EQ(r.customersAtStart, 1);
    EXPECT_EQ(r.lost, 0);
    EXPECT_EQ(r.newCustomers, 0);
    EXPECT_EQ(r.customersAtEnd, 1);
    const auto e = explainChurn({{1, day(2024, 1, 1), day(2024, 7, 10)}, {1, day(2024, 7, 20), noDay}}, jul);
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].role, Role::Denominator);
}

TEST(ChurnPerCustomer, OverlappingLifetimesCountOnce) {
    const auto r = churnByPeriod({{1, day(2024, 1, 1), noDay}, {1, day(2024, 3, 1), day(2024, 7, 5)}}, {jul},
                                 day(2025, 1, 1))[0];
    EXPECT_EQ(r.customersAtStart, 1);
    EXPECT_EQ(r.lost, 0);
    EXPECT_EQ(r.customersAtEnd, 1);
}

TEST(ChurnPerCustomer, MatchesANaiveCountOnRandomHistories) {
    std::mt19937_64 rng(42);
    std::vector<Lifetime> ls;
    for (int64_t c = 0; c < 3000; ++c) {
        int64_t t = day(2023, 1, 1) + static_cast<int64_t>(rng() % 700);
        const int spans = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < spans; ++k) {
            const int64_t churn = rng() % 3 == 0 ? noDay : t + static_cast<int64_t>(rng() % 90);
            ls.push_back({c * 7 + 1000000, t, churn}); // sparse ids: the comparison-sort path
            if (churn == noDay) break;
            t = churn + static_cast<int64_t>(rng() % 60) - 10; // sometimes overlapping
        }
    }
    for (PeriodUnit u : {PeriodUnit::Day, PeriodUnit::Week, PeriodUnit::Month, PeriodUnit::Quarter}) {
        auto periods = periodsCovering(day(2023, 1, 1), day(2025, 3, 31), u);
        if (u == PeriodUnit::Month) // overlapping windows as well
            for (int64_t d = day(2023, 1, 1); d < day(2025, 1, 1); d += 45)
                periods.push_back({d, d + 90});
        const auto rows = churnByPeriod(ls, periods, day(2025, 3, 31));
        for (size_t i = 0; i < periods.size(); ++i) {
            const ChurnRow n = naive(ls, periods[i]);
            ASSERT_EQ(rows[i].customersAtStart, n.customersAtStart) << i;
            ASSERT_EQ(rows[i].customersAtEnd, n.customersAtEnd) << i;
            ASSERT_EQ(rows[i].lost, n.lost) << i;
            ASSERT_EQ(rows[i].newCustomers, n.newCustomers) << i;
            ASSERT_EQ(rows[i].newAndLost, n.newAndLost) << i;
        }
        for (size_t i = 0; i < periods.size(); i += 17) {
            const auto e = explainChurn(ls, periods[i]);
            int64_t num = 0, den = 0, nl = 0;
            for (const auto& x : e) {
                num += x.role == Role::Numerator;
                den += x.role != Role::Excluded;
                nl += x.reason.contains(QStringLiteral("new and lost"));
            }
            ASSERT_EQ(num, rows[i].lost);
            ASSERT_EQ(den, rows[i].customersAtStart);
            ASSERT_EQ(nl, rows[i].newAndLost);
        }
    }
}
