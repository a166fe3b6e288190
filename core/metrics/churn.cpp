#include "churn.h"

#include "model/dates.h"

#include <algorithm>
#include <map>

namespace tenure::metrics {

namespace {

bool usable(const Lifetime& l) {
    return l.signup != noDay && (l.churn == noDay || l.churn >= l.signup);
}

std::optional<double> percent(int64_t numerator, int64_t denominator) {
    if (denominator == 0) return std::nullopt;
    return 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
}

// Index of the period holding day, or -1; periods are consecutive and sorted.
int64_t periodIndex(const std::vector<Period>& periods, int64_t day) {
    const auto it = std::upper_bound(periods.begin(), periods.end(), day,
                                     [](int64_t d, const Period& p) { return d < p.start; });
    if (it == periods.begin()) return -1;
    const auto& p = *(it - 1);
    return p.contains(day) ? static_cast<int64_t>(it - 1 - periods.begin()) : -1;
}

int64_t countAtMost(const std::vector<int64_t>& sorted, int64_t day) {
    return std::upper_bound(sorted.begin(), sorted.end(), day) - sorted.begin();
}

} // namespace

std::vector<ChurnRow> churnByPeriod(const std::vector<Lifetime>& customers,
                                    const std::vector<Period>& periods, int64_t asOfDay) {
    std::vector<int64_t> signups;
    std::vector<int64_t> churns;
    std::vector<int64_t> newAndLost(periods.size(), 0);
    signups.reserve(customers.size());
    for (const Lifetime& l : customers) {
        if (!usable(l)) continue;
        signups.push_back(l.signup);
        if (l.churn == noDay) continue;
        churns.push_back(l.churn);
        const int64_t i = periodIndex(periods, l.signup);
        if (i >= 0 && periods[static_cast<size_t>(i)].contains(l.churn)) ++newAndLost[static_cast<size_t>(i)];
    }
    std::sort(signups.begin(), signups.end());
    std::sort(churns.begin(), churns.end());
    // Active on day d: signed up on or before d, churn date after d. Churn dates never precede
    // signups here, so every churn counted up to d belongs to a signup counted up to d.
    const auto activeOn = [&](int64_t d) { return countAtMost(signups, d) - countAtMost(churns, d); };

    std::vector<ChurnRow> rows;
    rows.reserve(periods.size());
    for (size_t i = 0; i < periods.size(); ++i) {
        const Period& p = periods[i];
        ChurnRow row;
        row.period = p;
        row.customersAtStart = activeOn(p.start - 1);
        row.customersAtEnd = activeOn(p.lastDay());
        row.newCustomers = countAtMost(signups, p.lastDay()) - countAtMost(signups, p.start - 1);
        row.newAndLost = newAndLost[i];
        row.lost = countAtMost(churns, p.lastDay()) - countAtMost(churns, p.start - 1) - row.newAndLost;
        row.churnPct = percent(row.lost, row.customersAtStart);
        row.retentionPct = percent(row.customersAtEnd - row.newCustomers, row.customersAtStart);
        row.partial = asOfDay < p.lastDay();
        rows.push_back(row);
    }
    return rows;
}

std::vector<RetentionRow> retentionByPeriod(const std::vector<Lifetime>& customers,
                                            const std::vector<Period>& periods, int64_t asOfDay) {
    std::vector<RetentionRow> rows;
    for (const ChurnRow& c : churnByPeriod(customers, periods, asOfDay))
        rows.push_back(
            {c.period, c.customersAtStart, c.newCustomers, c.customersAtEnd, c.retentionPct, c.partial});
    return rows;
}

std::vector<ExplainedCustomer> explainChurn(const std::vector<Lifetime>& customers, const Period& period) {
    std::vector<ExplainedCustomer> out;
    for (const Lifetime& l : customers) {
        if (l.signup == noDay) {
            out.push_back({l.customer, Role::Excluded, QStringLiteral("no signup date")});
            continue;
        }
        if (l.signup >= period.end) continue; // not yet a customer: nothing to explain
        if (!usable(l)) {
            out.push_back({l.customer, Role::Excluded,
                           QStringLiteral("churn date %1 is before the signup date %2")
                               .arg(formatDate(l.churn), formatDate(l.signup))});
            continue;
        }
        const bool churnedInside = l.churn != noDay && period.contains(l.churn);
        if (l.signup >= period.start) {
            out.push_back(
                {l.customer, Role::Excluded,
                 churnedInside
                     ? QStringLiteral("signed up on %1 and churned on %2, inside the period "
                                      "(new and lost)")
                           .arg(formatDate(l.signup), formatDate(l.churn))
                     : QStringLiteral("signed up on %1, inside the period (new)").arg(formatDate(l.signup))});
        } else if (l.churn != noDay && l.churn < period.start) {
            out.push_back({l.customer, Role::Excluded,
                           QStringLiteral("churned on %1, before the period").arg(formatDate(l.churn))});
        } else if (churnedInside) {
            out.push_back({l.customer, Role::Numerator,
                           QStringLiteral("customer since %1, churned on %2 (counted in the denominator too)")
                               .arg(formatDate(l.signup), formatDate(l.churn))});
        } else {
            out.push_back(
                {l.customer, Role::Denominator,
                 QStringLiteral("customer since %1, active through the period").arg(formatDate(l.signup))});
        }
    }
    return out;
}

std::vector<SnapshotRow> snapshotChurn(const std::vector<SnapshotCustomer>& customers, bool byGroup) {
    std::map<QString, SnapshotRow> groups;
    for (const SnapshotCustomer& c : customers) {
        if (c.churned < 0) continue;
        SnapshotRow& row = groups[byGroup ? c.group : QString()];
        ++row.customers;
        row.churned += c.churned > 0 ? 1 : 0;
    }
    std::vector<SnapshotRow> rows;
    if (groups.empty() && !byGroup) groups[QString()];
    for (auto& [name, row] : groups) {
        row.group = name;
        row.churnPct = percent(row.churned, row.customers);
        rows.push_back(row);
    }
    return rows;
}

} // namespace tenure::metrics
