#pragma once

#include <climits>
#include <cstdint>

namespace tenure::metrics {

inline constexpr int64_t noDay = INT64_MIN;

// One customer's span of service in days. churn is the first day without service (noDay:
// still a customer); signup noDay: unknown, so the customer is left out of period metrics.
// A customer who comes back is a second Lifetime with the same customer id.
struct Lifetime {
    int64_t customer = 0;
    int64_t signup = noDay;
    int64_t churn = noDay;
};

} // namespace tenure::metrics
