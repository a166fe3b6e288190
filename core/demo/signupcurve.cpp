#include "signupcurve.h"

#include "model/dates.h"
#include "random.h"

#include <algorithm>

namespace tenure::demo {

SignupCurve::SignupCurve(int64_t today, int years) {
    static constexpr double season[] = {1.18, 1.06, 1.10, 1.00, 0.98, 0.94,
                                        0.84, 0.72, 1.12, 1.10, 1.02, 0.70};
    const int64_t span = std::max<int64_t>(1, int64_t(std::max(years, 1)) * 365);
    m_first = today - span + 1;
    m_cumulative.resize(static_cast<size_t>(span));
    const double growthPerDay = detLog(1.65) / 365.0; // 65 % more signups a year later
    double total = 0.0;
    for (int64_t i = 0; i < span; ++i) {
        const int64_t day = m_first + i;
        const CivilDate c = civilFromDays(day);
        const int weekday = static_cast<int>(((day % 7) + 7 + 3) % 7); // 0 = Monday
        double w = detExp(growthPerDay * static_cast<double>(i)) * season[c.month - 1];
        if (weekday >= 5) w *= 0.3;
        total += w;
        m_cumulative[static_cast<size_t>(i)] = total;
    }
    for (double& c : m_cumulative)
        c /= total;
}

int64_t SignupCurve::dayAt(double q) const {
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), q);
    const auto i = std::min<int64_t>(it - m_cumulative.begin(), int64_t(m_cumulative.size()) - 1);
    return m_first + i;
}

} // namespace tenure::demo
