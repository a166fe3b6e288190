#pragma once

// What the explanation tests share: days, the summer months they explain, and reading rows back.
#include "metrics/churn.h"
#include "model/dates.h"
#include "model/period.h"

#include <algorithm>
#include <vector>

namespace tenure::explaintest {

inline int64_t day(int year, int month, int d) {
    return daysFromCivil(year, month, d);
}

inline const Period june = periodOf(daysFromCivil(2024, 6, 1), PeriodUnit::Month);
inline const Period july = periodOf(daysFromCivil(2024, 7, 1), PeriodUnit::Month);
inline const Period august = periodOf(daysFromCivil(2024, 8, 1), PeriodUnit::Month);

inline const metrics::ExplainedCustomer* rowOf(const std::vector<metrics::ExplainedCustomer>& rows,
                                               int64_t customer) {
    for (const metrics::ExplainedCustomer& r : rows)
        if (r.customer == customer) return &r;
    return nullptr;
}

template <typename Row> int64_t countRole(const std::vector<Row>& rows, metrics::Role role) {
    return std::count_if(rows.begin(), rows.end(), [role](const Row& r) { return r.role == role; });
}

} // namespace tenure::explaintest
