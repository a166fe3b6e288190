#pragma once

#include "metrics/lifetime.h"
#include "model/period.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::reports {

// The first and last day that hold data, grown one day at a time; unknown days are skipped.
struct DayRange {
    int64_t first = 0;
    int64_t last = 0;
    bool empty = true;

    void add(int64_t day) {
        if (day == metrics::noDay) return;
        first = empty ? day : std::min(first, day);
        last = empty ? day : std::max(last, day);
        empty = false;
    }
};

// The periods a report covers, as `tenure-cli report` has always chosen them: from `from` (else
// the data's first day) to `to` (else its last); none without data unless both are given. A
// view asks for the last `lastPeriods` of them only (0: all), a chart's worth.
inline std::vector<Period> reportPeriods(const DayRange& data, PeriodUnit unit, std::optional<int64_t> from,
                                         std::optional<int64_t> to, int lastPeriods = 0) {
    if (data.empty && (!from || !to)) return {};
    std::vector<Period> periods = periodsCovering(from.value_or(data.first), to.value_or(data.last), unit);
    if (lastPeriods > 0 && periods.size() > static_cast<size_t>(lastPeriods))
        periods.erase(periods.begin(), periods.end() - lastPeriods);
    return periods;
}

} // namespace tenure::reports
