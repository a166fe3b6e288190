#pragma once

#include "cohorts.h"

#include "model/period.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace tenure::metrics {

// Cohort retention counted while the activities stream in, so that ten million usage events
// never have to be held as a vector: which members had any activity in which period (a bitmap,
// one row of member bits per period) and the revenue per (period, cohort), summed in the order
// the activities come. Periods are counted from the first cohort's; when the as-of day is not
// known before the activities are read (it is the data's last day), the grid grows a period
// row whenever an activity falls past the periods it has.
class CohortGrid final {
public:
    // `asOfDay`: the report's last day when it is known up front (activities after it are
    // ignored, members who joined after it are left out); noDay when the data decides it.
    CohortGrid(const std::vector<CohortMember>& members, PeriodUnit unit, int64_t asOfDay = noDay);

    // An empty grid over the same members, for another thread's share of the activities; it
    // shares the (read-only) member index.
    CohortGrid emptyCopy() const;

    void add(int64_t customer, int64_t day, double amount);
    // Adds another grid's activities (from emptyCopy()). Revenue sums are added cell by cell,
    // which may differ in the last digits from one grid fed every activity: merge grids only
    // of activities without amounts.
    void merge(const CohortGrid& other);

    // The first and last day of any activity added, member or not; noDay when none was.
    int64_t firstActivityDay() const { return m_firstActivity; }
    int64_t lastActivityDay() const { return m_lastActivity; }

    // The cells of cohortRetention(). `members` are those the grid was built from (subscription
    // retention reads their churn days); `asOfDay` is the one given at construction or, if that
    // was noDay, a day on or after every member's first day and every activity's day.
    std::vector<CohortCell> cells(const std::vector<CohortMember>& members, CohortActivity kind,
                                  int64_t asOfDay) const;

private:
    struct MemberIndex;
    CohortGrid() = default;
    int64_t periodOfDay(int64_t day); // index from the first cohort's period, growing; -1 if outside
    void addPeriodRow();

    std::shared_ptr<const MemberIndex> m_index;
    PeriodUnit m_unit = PeriodUnit::Month;
    bool m_fixed = false;             // the as-of day was given: no periods are added
    std::vector<Period> m_periods;    // from the first cohort's period on
    std::vector<int32_t> m_dayPeriod; // period of each day from the first period's start: no search per row
    size_t m_rowWords = 0;            // words per period row of the bitmap
    std::vector<uint64_t> m_seen;     // [period][member] bits
    std::vector<double> m_revenue;    // [period][cohort]
    int64_t m_firstActivity = noDay;
    int64_t m_lastActivity = noDay;
    // Activities come grouped by customer, in time order: remember the last look-ups.
    int64_t m_lastCustomer = 0;
    int64_t m_lastMember = -2; // -2: nothing looked up yet; -1: not a member
};

} // namespace tenure::metrics
