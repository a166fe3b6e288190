#include "cohortgrid.h"

#include "ratios.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace tenure::metrics {

// Customer → member (the first entry of each customer), and each member's cohort. Store ids
// are dense, so a vector indexed by id is the usual case: a million hash look-ups cost more
// than the rest of the pass.
struct CohortGrid::MemberIndex {
    int64_t minId = 0;
    bool dense = false;
    std::vector<int32_t> byId; // dense: member of id minId + i, or -1
    std::unordered_map<int64_t, int32_t> byCustomer;
    std::vector<int32_t> cohortOf; // per member, its period index
    size_t cohorts = 0;            // periods a member can join in: the revenue rows' width

    int64_t find(int64_t customer) const {
        if (!dense) {
            const auto it = byCustomer.find(customer);
            return it == byCustomer.end() ? -1 : it->second;
        }
        const int64_t i = customer - minId;
        return i < 0 || i >= static_cast<int64_t>(byId.size()) ? -1 : byId[static_cast<size_t>(i)];
    }
    // Registers the customer as the next member unless it already is one.
    void insert(int64_t customer, int64_t cohort) {
        const auto next = static_cast<int32_t>(cohortOf.size());
        if (dense) {
            int32_t& slot = byId[static_cast<size_t>(customer - minId)];
            if (slot >= 0) return;
            slot = next;
        } else if (!byCustomer.emplace(customer, next).second) {
            return;
        }
        cohortOf.push_back(static_cast<int32_t>(cohort));
    }
};

CohortGrid::CohortGrid(const std::vector<CohortMember>& members, PeriodUnit unit, int64_t asOfDay)
    : m_unit(unit)
    , m_fixed(asOfDay != noDay) {
    auto index = std::make_shared<MemberIndex>();
    // The calendar: from the first cohort to the as-of day, or for now to the last cohort.
    bool any = false;
    int64_t firstDay = 0;
    int64_t lastDay = 0;
    for (const CohortMember& m : members) {
        if (m.first == noDay || (m_fixed && m.first > asOfDay)) continue;
        firstDay = any ? std::min(firstDay, m.first) : m.first;
        lastDay = any ? std::max(lastDay, m.first) : m.first;
        any = true;
    }
    // Ids of every dated member: one who joined after the as-of day but within its period is
    // still in the last cohort, as before.
    bool anyId = false;
    int64_t minId = 0;
    int64_t maxId = 0;
    for (const CohortMember& m : members) {
        if (m.first == noDay) continue;
        minId = anyId ? std::min(minId, m.customer) : m.customer;
        maxId = anyId ? std::max(maxId, m.customer) : m.customer;
        anyId = true;
    }
    if (m_fixed)
        m_periods = periodsCovering(any ? firstDay : asOfDay, asOfDay, unit);
    else if (any)
        m_periods = periodsCovering(firstDay, lastDay, unit);
    index->cohorts = m_periods.size();
    const auto span = static_cast<uint64_t>(maxId) - static_cast<uint64_t>(minId);
    index->dense = anyId && span <= 4 * members.size() + 1024;
    if (index->dense) {
        index->minId = minId;
        index->byId.assign(static_cast<size_t>(span) + 1, -1);
    } else {
        index->byCustomer.reserve(members.size());
    }
    for (const CohortMember& m : members) {
        if (m.first == noDay) continue;
        const int64_t c = periodIndex(m_periods, m.first);
        if (c >= 0) index->insert(m.customer, c);
    }
    for (size_t p = 0; p < m_periods.size(); ++p)
        m_dayPeriod.resize(static_cast<size_t>(m_periods[p].end - m_periods.front().start),
                           static_cast<int32_t>(p));
    m_rowWords = (index->cohortOf.size() + 63) / 64;
    m_seen.assign(m_periods.size() * m_rowWords, 0);
    m_revenue.assign(m_periods.size() * index->cohorts, 0.0);
    m_index = std::move(index);
}

CohortGrid CohortGrid::emptyCopy() const {
    CohortGrid copy;
    copy.m_index = m_index;
    copy.m_unit = m_unit;
    copy.m_fixed = m_fixed;
    copy.m_periods = m_periods;
    copy.m_dayPeriod = m_dayPeriod;
    copy.m_rowWords = m_rowWords;
    copy.m_seen.assign(m_seen.size(), 0);
    copy.m_revenue.assign(m_revenue.size(), 0.0);
    return copy;
}

void CohortGrid::addPeriodRow() {
    m_periods.push_back(nextPeriod(m_periods.back(), m_unit));
    m_dayPeriod.resize(static_cast<size_t>(m_periods.back().end - m_periods.front().start),
                       static_cast<int32_t>(m_periods.size() - 1));
    m_seen.resize(m_seen.size() + m_rowWords, 0);
    m_revenue.resize(m_revenue.size() + m_index->cohorts, 0.0);
}

int64_t CohortGrid::periodOfDay(int64_t day) {
    if (m_periods.empty() || day < m_periods.front().start) return -1;
    while (day >= m_periods.back().end) {
        if (m_fixed) return -1;
        addPeriodRow();
    }
    return m_dayPeriod[static_cast<size_t>(day - m_periods.front().start)];
}

void CohortGrid::add(int64_t customer, int64_t day, double amount) {
    if (m_firstActivity == noDay || day < m_firstActivity) m_firstActivity = day;
    if (m_lastActivity == noDay || day > m_lastActivity) m_lastActivity = day;
    if (m_lastMember == -2 || customer != m_lastCustomer) {
        m_lastCustomer = customer;
        m_lastMember = m_index->find(customer);
    }
    if (m_lastMember < 0) return;
    const auto member = static_cast<size_t>(m_lastMember);
    const int64_t p = periodOfDay(day);
    const int64_t c = m_index->cohortOf[member];
    if (p < c) return; // before the member's cohort (or before every cohort: -1)
    const auto row = static_cast<size_t>(p);
    m_revenue[row * m_index->cohorts + static_cast<size_t>(c)] += amount;
    m_seen[row * m_rowWords + member / 64] |= uint64_t{1} << (member % 64);
}

void CohortGrid::merge(const CohortGrid& other) {
    while (m_periods.size() < other.m_periods.size())
        addPeriodRow();
    for (size_t i = 0; i < other.m_seen.size(); ++i)
        m_seen[i] |= other.m_seen[i];
    for (size_t i = 0; i < other.m_revenue.size(); ++i)
        m_revenue[i] += other.m_revenue[i];
    if (other.m_firstActivity == noDay) return;
    if (m_firstActivity == noDay || other.m_firstActivity < m_firstActivity)
        m_firstActivity = other.m_firstActivity;
    if (m_lastActivity == noDay || other.m_lastActivity > m_lastActivity)
        m_lastActivity = other.m_lastActivity;
}

std::vector<CohortCell> CohortGrid::cells(const std::vector<CohortMember>& members, CohortActivity kind,
                                          int64_t asOfDay) const {
    const MemberIndex& index = *m_index;
    if (index.cohortOf.empty()) return {};
    // Every period from the first cohort's to the one holding asOfDay.
    std::vector<Period> periods = m_periods;
    while (periods.back().end <= asOfDay)
        periods.push_back(nextPeriod(periods.back(), m_unit));
    while (periods.size() > 1 && periods.back().start > asOfDay)
        periods.pop_back();
    const auto periodCount = static_cast<int64_t>(periods.size());
    const auto cell = [periodCount](int64_t c, int64_t k) {
        return static_cast<size_t>(c * periodCount + k);
    };

    std::vector<int64_t> size(periods.size(), 0);
    for (int32_t c : index.cohortOf)
        if (c < periodCount) ++size[static_cast<size_t>(c)];
    std::vector<int64_t> active(periods.size() * periods.size(), 0);
    if (kind == CohortActivity::Subscription) {
        for (const CohortMember& m : members) {
            const int64_t member = index.find(m.customer);
            if (m.first == noDay || member < 0) continue;
            const int64_t c = index.cohortOf[static_cast<size_t>(member)];
            for (int64_t k = 0; c + k < periodCount; ++k) {
                const int64_t last = periods[static_cast<size_t>(c + k)].lastDay();
                if (m.churn != noDay && m.churn <= last) break;
                if (m.gaps.empty() || servedOn(m, last)) ++active[cell(c, k)];
            }
        }
    } else {
        // A bit is only ever set at or after the member's cohort.
        const size_t rows = std::min(m_periods.size(), periods.size());
        for (size_t p = 0; p < rows; ++p) {
            for (size_t w = 0; w < m_rowWords; ++w) {
                for (uint64_t bits = m_seen[p * m_rowWords + w]; bits != 0; bits &= bits - 1) {
                    const size_t member = w * 64 + static_cast<size_t>(std::countr_zero(bits));
                    const int64_t c = index.cohortOf[member];
                    ++active[cell(c, static_cast<int64_t>(p) - c)];
                }
            }
        }
    }
    const auto revenue = [&](int64_t c, int64_t k) {
        const auto row = static_cast<size_t>(c + k);
        return row < m_periods.size() ? m_revenue[row * index.cohorts + static_cast<size_t>(c)] : 0.0;
    };

    std::vector<CohortCell> out;
    for (int64_t c = 0; c < periodCount; ++c) {
        if (size[static_cast<size_t>(c)] == 0) continue;
        for (int64_t k = 0; c + k < periodCount; ++k) {
            CohortCell cellOut;
            cellOut.cohort = periods[static_cast<size_t>(c)];
            cellOut.size = size[static_cast<size_t>(c)];
            cellOut.offset = static_cast<int>(k);
            cellOut.active = active[cell(c, k)];
            cellOut.retentionPct =
                percent(static_cast<double>(cellOut.active), static_cast<double>(cellOut.size));
            cellOut.revenue = revenue(c, k);
            cellOut.revenueRetentionPct = percent(cellOut.revenue, revenue(c, 0));
            cellOut.partial = asOfDay < periods[static_cast<size_t>(c + k)].lastDay();
            out.push_back(cellOut);
        }
    }
    return out;
}

} // namespace tenure::metrics
