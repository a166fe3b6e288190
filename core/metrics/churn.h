#pragma once

#include "lifetime.h"

#include "model/period.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::metrics {

// Customer churn and retention per period (metrics.md), counted per customer: a customer's
// lifetimes are merged, so one who leaves and comes back inside a period is neither lost nor
// new in it, and overlapping lifetimes count once. A period begins at the first instant
// of its first day: the customers at start are those whose service covers that instant
// (signed up before the period, churn date on or after its first day). A churn date is the
// first day without service, so a churn dated on a period's first day is a loss of that
// period, and customers at the end of one period are exactly those at the start of the next.
struct ChurnRow {
    Period period;
    int64_t customersAtStart = 0;
    int64_t newCustomers = 0;
    int64_t lost = 0;       // of the customers at start, churned inside the period
    int64_t newAndLost = 0; // signed up and churned inside the period: not in `lost`
    int64_t customersAtEnd = 0;
    std::optional<double> churnPct;     // lost / customersAtStart × 100
    std::optional<double> retentionPct; // (CE − CN) / CS × 100
    bool partial = false;               // the period runs past asOfDay
};

// Per-day prefix sums for the customers at start and end; each customer is looked at only in
// the periods where one of its lifetimes starts or ends.
std::vector<ChurnRow> churnByPeriod(const std::vector<Lifetime>& customers,
                                    const std::vector<Period>& periods, int64_t asOfDay);

struct RetentionRow {
    Period period;
    int64_t cs = 0;
    int64_t cn = 0;
    int64_t ce = 0;
    std::optional<double> retentionPct;
    bool partial = false;
};
std::vector<RetentionRow> retentionByPeriod(const std::vector<Lifetime>& customers,
                                            const std::vector<Period>& periods, int64_t asOfDay);

// The rows behind one period's churn figure. Numerator rows (lost) are also part of the
// denominator; Denominator rows are the customers at start who stayed.
enum class Role { Denominator, Numerator, Excluded };
struct ExplainedCustomer {
    int64_t customer = 0;
    Role role = Role::Excluded;
    QString reason;
};
std::vector<ExplainedCustomer> explainChurn(const std::vector<Lifetime>& customers, const Period& period);

// Churn from a churned flag, for snapshot data without dates (such as IBM's Telco sample).
struct SnapshotCustomer {
    int64_t customer = 0;
    int churned = -1; // 1, 0, or -1 unknown (left out)
    QString group;
};
struct SnapshotRow {
    QString group;
    int64_t customers = 0;
    int64_t churned = 0;
    std::optional<double> churnPct;
};
// One overall row, or one per group sorted by name.
std::vector<SnapshotRow> snapshotChurn(const std::vector<SnapshotCustomer>& customers, bool byGroup);

} // namespace tenure::metrics
