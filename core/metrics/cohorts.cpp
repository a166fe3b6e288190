#include "cohorts.h"

#include "cohortgrid.h"

#include "model/dates.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace tenure::metrics {

std::vector<CohortCell> cohortRetention(const std::vector<CohortMember>& members,
                                        const std::vector<Activity>& activities, CohortActivity kind,
                                        PeriodUnit unit, int64_t asOfDay) {
    CohortGrid grid(members, unit, asOfDay);
    for (const Activity& a : activities)
        grid.add(a.customer, a.day, a.amount);
    return grid.cells(members, kind, asOfDay);
}

bool servedOn(const CohortMember& member, int64_t day) {
    if (member.churn != noDay && day >= member.churn) return false;
    for (const auto& [from, to] : member.gaps)
        if (from <= day && day < to) return false;
    return true;
}

void applyServiceSpans(std::vector<CohortMember>& members, const std::vector<Lifetime>& lifetimes) {
    // Customers with no lifetime at all left on an unknown day (flagged churned, no date, no
    // ended subscription): churn leaves them out of dated figures, and so does this.
    std::vector<int64_t> known;
    known.reserve(lifetimes.size());
    for (const Lifetime& l : lifetimes)
        known.push_back(l.customer);
    std::sort(known.begin(), known.end());
    std::erase_if(members, [&](const CohortMember& m) {
        return !std::binary_search(known.begin(), known.end(), m.customer);
    });
    // Usable lifetimes by customer, sorted by start.
    std::vector<Lifetime> spans;
    spans.reserve(lifetimes.size());
    for (const Lifetime& l : lifetimes)
        if (l.signup != noDay && (l.churn == noDay || l.churn >= l.signup)) spans.push_back(l);
    std::sort(spans.begin(), spans.end(), [](const Lifetime& a, const Lifetime& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.signup < b.signup;
    });
    std::vector<size_t> order(members.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return members[a].customer < members[b].customer; });
    size_t s = 0;
    for (size_t i : order) {
        CohortMember& m = members[i];
        while (s < spans.size() && spans[s].customer < m.customer)
            ++s;
        size_t e = s;
        while (e < spans.size() && spans[e].customer == m.customer)
            ++e;
        if (e == s) continue;
        m.gaps.clear();
        int64_t start = spans[s].signup;
        int64_t end = spans[s].churn; // noDay: still open
        if (m.first != noDay && start > m.first) m.gaps.emplace_back(m.first, start);
        for (size_t k = s + 1; k < e && end != noDay; ++k) {
            if (spans[k].signup > end) m.gaps.emplace_back(end, spans[k].signup); // touching spans merge
            end = spans[k].churn == noDay ? noDay : std::max(end, spans[k].churn);
        }
        m.churn = end;
    }
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
        if (servedOn(m, last))
            out.push_back({m.customer, Role::Numerator,
                           joined + QStringLiteral("; still a customer on %1").arg(formatDate(last))});
        else if (m.churn != noDay && m.churn <= last)
            out.push_back({m.customer, Role::Denominator,
                           joined + QStringLiteral("; left on %1, before the end of %2")
                                        .arg(formatDate(m.churn), formatDate(last))});
        else
            out.push_back({m.customer, Role::Denominator,
                           joined + QStringLiteral("; without service on %1 (left, came back later)")
                                        .arg(formatDate(last))});
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
