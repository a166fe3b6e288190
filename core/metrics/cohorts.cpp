#include "cohorts.h"

#include "ratios.h"

#include "model/dates.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace tenure::metrics {

namespace {} // namespace

std::vector<CohortCell> cohortRetention(const std::vector<CohortMember>& members,
                                        const std::vector<Activity>& activities, CohortActivity kind,
                                        PeriodUnit unit, int64_t asOfDay) {
    // The calendar: every period from the first cohort to the one holding asOfDay.
    int64_t firstDay = asOfDay;
    for (const CohortMember& m : members)
        if (m.first != noDay && m.first <= asOfDay) firstDay = std::min(firstDay, m.first);
    const std::vector<Period> periods = periodsCovering(firstDay, asOfDay, unit);
    const auto periodCount = static_cast<int64_t>(periods.size());

    // Members by customer, with their cohort index.
    std::unordered_map<int64_t, size_t> memberOf;
    std::vector<int64_t> cohortOf;
    std::vector<int64_t> size(periods.size(), 0);
    memberOf.reserve(members.size());
    for (const CohortMember& m : members) {
        if (m.first == noDay) continue;
        const int64_t c = periodIndex(periods, m.first);
        if (c < 0 || !memberOf.emplace(m.customer, cohortOf.size()).second) continue;
        cohortOf.push_back(c);
        ++size[static_cast<size_t>(c)];
    }

    // Cell counts: [cohort][offset], offsets up to the last period.
    std::vector<int64_t> active(periods.size() * periods.size(), 0);
    std::vector<double> revenue(periods.size() * periods.size(), 0.0);
    const auto cell = [&](int64_t c, int64_t k) { return static_cast<size_t>(c * periodCount + k); };
    if (kind == CohortActivity::Subscription) {
        for (const CohortMember& m : members) {
            const auto it = memberOf.find(m.customer);
            if (m.first == noDay || it == memberOf.end()) continue;
            const int64_t c = cohortOf[it->second];
            for (int64_t k = 0; c + k < periodCount; ++k) {
                if (m.churn != noDay && m.churn <= periods[static_cast<size_t>(c + k)].lastDay()) break;
                ++active[cell(c, k)];
            }
        }
    }
    // Activities: a bitmap of (member, offset) so that a customer counts once per cell.
    std::vector<uint64_t> seen((cohortOf.size() * static_cast<size_t>(periodCount) + 63) / 64, 0);
    // Activities usually come grouped by customer: remember the last look-up.
    bool looked = false;
    int64_t lastCustomer = 0;
    int64_t lastMember = -1;
    for (const Activity& a : activities) {
        if (!looked || a.customer != lastCustomer) {
            const auto it = memberOf.find(a.customer);
            looked = true;
            lastCustomer = a.customer;
            lastMember = it == memberOf.end() ? -1 : static_cast<int64_t>(it->second);
        }
        if (lastMember < 0) continue;
        const auto member = static_cast<size_t>(lastMember);
        const int64_t p = periodIndex(periods, a.day);
        const int64_t c = cohortOf[member];
        if (p < c) continue;
        const int64_t k = p - c;
        revenue[cell(c, k)] += a.amount;
        if (kind != CohortActivity::Activity) continue;
        const size_t bit = member * static_cast<size_t>(periodCount) + static_cast<size_t>(k);
        if (seen[bit / 64] & (uint64_t{1} << (bit % 64))) continue;
        seen[bit / 64] |= uint64_t{1} << (bit % 64);
        ++active[cell(c, k)];
    }

    std::vector<CohortCell> cells;
    for (int64_t c = 0; c < periodCount; ++c) {
        if (size[static_cast<size_t>(c)] == 0) continue;
        for (int64_t k = 0; c + k < periodCount; ++k) {
            CohortCell out;
            out.cohort = periods[static_cast<size_t>(c)];
            out.size = size[static_cast<size_t>(c)];
            out.offset = static_cast<int>(k);
            out.active = active[cell(c, k)];
            out.retentionPct = percent(static_cast<double>(out.active), static_cast<double>(out.size));
            out.revenue = revenue[cell(c, k)];
            out.revenueRetentionPct = percent(out.revenue, revenue[cell(c, 0)]);
            out.partial = asOfDay < periods[static_cast<size_t>(c + k)].lastDay();
            cells.push_back(out);
        }
    }
    return cells;
}

std::vector<ExplainedCustomer> explainCohortCell(const std::vector<CohortMember>& members,
                                                 const Period& cohort, int offset, PeriodUnit unit) {
    std::vector<ExplainedCustomer> out;
    if (offset < 0 || cohort.end <= cohort.start) return out;
    Period at = periodOf(cohort.start, unit);
    for (int k = 0; k < offset; ++k)
        at = nextPeriod(at, unit);
    const int64_t last = at.lastDay();
    std::unordered_set<int64_t> seen;
    for (const CohortMember& m : members) {
        if (m.first == noDay || !seen.insert(m.customer).second) continue;
        if (!cohort.contains(m.first)) continue;
        const QString joined = QStringLiteral("joined on %1").arg(formatDate(m.first));
        if (m.churn == noDay || m.churn > last)
            out.push_back({m.customer, Role::Numerator,
                           joined + QStringLiteral("; still a customer on %1").arg(formatDate(last))});
        else
            out.push_back({m.customer, Role::Denominator,
                           joined + QStringLiteral("; left on %1, before the end of %2")
                                        .arg(formatDate(m.churn), formatDate(last))});
    }
    std::sort(out.begin(), out.end(),
              [](const ExplainedCustomer& a, const ExplainedCustomer& b) { return a.customer < b.customer; });
    return out;
}

std::vector<ExplainedCustomer> explainActivityCohortCell(const std::vector<CohortMember>& members,
                                                         const std::vector<Activity>& activities,
                                                         const Period& cohort, int offset, PeriodUnit unit) {
    std::vector<ExplainedCustomer> out;
    if (offset < 0 || cohort.end <= cohort.start) return out;
    Period at = periodOf(cohort.start, unit);
    for (int k = 0; k < offset; ++k)
        at = nextPeriod(at, unit);
    struct Seen {
        int64_t inPeriod = 0;
        int64_t lastBefore = noDay;
    };
    std::unordered_map<int64_t, Seen> inCohort;
    std::unordered_set<int64_t> seen;
    for (const CohortMember& m : members) {
        if (m.first == noDay || !seen.insert(m.customer).second) continue;
        if (cohort.contains(m.first)) inCohort.emplace(m.customer, Seen{});
    }
    for (const Activity& a : activities) {
        const auto it = inCohort.find(a.customer);
        if (it == inCohort.end()) continue;
        if (at.contains(a.day))
            ++it->second.inPeriod;
        else if (a.day < at.start)
            it->second.lastBefore = std::max(it->second.lastBefore, a.day);
    }
    const QString range = formatDate(at.start) + QStringLiteral("–") + formatDate(at.lastDay());
    for (const auto& [customer, s] : inCohort) {
        if (s.inPeriod > 0)
            out.push_back({customer, Role::Numerator,
                           QStringLiteral("%1 activities in %2").arg(s.inPeriod).arg(range)});
        else
            out.push_back(
                {customer, Role::Denominator,
                 s.lastBefore == noDay
                     ? QStringLiteral("no activity in %1").arg(range)
                     : QStringLiteral("no activity in %1; last on %2").arg(range, formatDate(s.lastBefore))});
    }
    std::sort(out.begin(), out.end(),
              [](const ExplainedCustomer& a, const ExplainedCustomer& b) { return a.customer < b.customer; });
    return out;
}

} // namespace tenure::metrics
