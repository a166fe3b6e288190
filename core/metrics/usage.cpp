#include "usage.h"

#include <algorithm>
#include <bit>

namespace tenure::metrics {

void sortUsageEvents(std::vector<UsageEvent>& events) {
    const auto less = [](const UsageEvent& a, const UsageEvent& b) {
        return a.customer != b.customer ? a.customer < b.customer : a.day < b.day;
    };
    if (!std::is_sorted(events.begin(), events.end(), less))
        std::stable_sort(events.begin(), events.end(), less);
}

UsageSummary usageOf(const UsageEvent* begin, const UsageEvent* end, int64_t signup, int64_t asOfDay,
                     const std::vector<int32_t>& stickyFeatures) {
    UsageSummary s;
    const int64_t recentStart = asOfDay - recentUsageDays + 1;
    const int64_t previousStart = recentStart - previousUsageDays;
    const int64_t featureStart = asOfDay - featureWindowDays + 1;
    int64_t recentDays = 0, previousDays = 0, lastDay = noDay;
    uint64_t featuresRecent = 0;       // features with an index below 64, as bits
    std::vector<int32_t> moreFeatures; // the rare others
    const size_t sticky = std::min<size_t>(stickyFeatures.size(), 64);
    uint64_t stickyUsed = 0;
    for (const UsageEvent* e = begin; e != end; ++e) {
        if (e->day > asOfDay) break;
        for (size_t i = 0; i < sticky; ++i)
            if (e->feature == stickyFeatures[i]) stickyUsed |= uint64_t{1} << i;
        if (e->day >= featureStart && e->feature >= 0) {
            if (e->feature < 64)
                featuresRecent |= uint64_t{1} << e->feature;
            else if (std::find(moreFeatures.begin(), moreFeatures.end(), e->feature) == moreFeatures.end())
                moreFeatures.push_back(e->feature);
        }
        if (e->day == lastDay) continue; // one active day however many events it has
        lastDay = e->day;
        if (signup != noDay && e->day < signup) continue;
        if (e->day >= recentStart)
            ++recentDays;
        else if (e->day >= previousStart)
            ++previousDays;
    }
    s.lastActiveDay = lastDay;
    s.distinctFeatures30d = std::popcount(featuresRecent) + static_cast<int>(moreFeatures.size());
    s.stickyNeverUsed = (sticky == 64 ? ~uint64_t{0} : (uint64_t{1} << sticky) - 1) & ~stickyUsed;

    // Window lengths in days, clipped to the signup; the recent window counts at least a week
    // so that a customer's first days do not read as a burst of activity.
    const auto clipped = [signup](int64_t from, int64_t to) { // [from, to]
        if (signup != noDay) from = std::max(from, signup);
        return std::max<int64_t>(0, to - from + 1);
    };
    const int64_t recentLength = std::max<int64_t>(7, clipped(recentStart, asOfDay));
    s.activeDaysPerWeek = static_cast<double>(recentDays) * 7.0 / static_cast<double>(recentLength);
    const int64_t previousLength = clipped(previousStart, recentStart - 1);
    if (previousLength >= 7) {
        s.previousActiveDaysPerWeek =
            static_cast<double>(previousDays) * 7.0 / static_cast<double>(previousLength);
        if (previousDays > 0) s.trend = s.activeDaysPerWeek / *s.previousActiveDaysPerWeek;
    }
    return s;
}

std::vector<UsageSummary> usageSummaries(const std::vector<UsageEvent>& events,
                                         const std::vector<Lifetime>& customers, int64_t asOfDay,
                                         const std::vector<int32_t>& stickyFeatures) {
    std::vector<UsageSummary> out;
    out.reserve(customers.size());
    const auto byCustomer = [](const UsageEvent& e, int64_t c) { return e.customer < c; };
    for (const Lifetime& c : customers) {
        const auto first = std::lower_bound(events.begin(), events.end(), c.customer, byCustomer);
        auto last = first;
        while (last != events.end() && last->customer == c.customer)
            ++last;
        out.push_back(usageOf(events.data() + (first - events.begin()),
                              events.data() + (last - events.begin()), c.signup, asOfDay, stickyFeatures));
    }
    return out;
}

} // namespace tenure::metrics
