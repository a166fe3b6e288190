#pragma once

#include <cstdint>
#include <vector>

namespace tenure::demo {

// The distribution of signup days over the years before today: growth (recent months bring
// more signups), seasonality (quiet Augusts and Decembers, busy Januaries and Septembers) and
// fewer signups at weekends. Built once; dayAt() maps a quantile to a day.
class SignupCurve final {
public:
    SignupCurve(int64_t today, int years);
    // The first day whose cumulative share reaches q (0 <= q < 1).
    int64_t dayAt(double q) const;
    int64_t firstDay() const { return m_first; }

private:
    int64_t m_first = 0;
    std::vector<double> m_cumulative; // normalised, last element 1
};

} // namespace tenure::demo
