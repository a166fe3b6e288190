#pragma once

#include "model/period.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::metrics {

// numerator / denominator × 100, undefined (never 0, never NaN) when the denominator is 0.
inline std::optional<double> percent(double numerator, double denominator) {
    if (denominator == 0) return std::nullopt;
    return 100.0 * numerator / denominator;
}

// Index of the period holding day, or -1; the periods are sorted and do not overlap.
inline int64_t periodIndex(const std::vector<Period>& periods, int64_t day) {
    const auto it = std::upper_bound(periods.begin(), periods.end(), day,
                                     [](int64_t d, const Period& p) { return d < p.start; });
    if (it == periods.begin() || !(it - 1)->contains(day)) return -1;
    return it - 1 - periods.begin();
}

} // namespace tenure::metrics
