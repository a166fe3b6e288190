#include "support.h"

#include "ratios.h"

#include <algorithm>
#include <map>

namespace tenure::metrics {

namespace {

constexpr int64_t day = 86400;

// What one (period, group) cell collects before its figures are computed.
struct Cell {
    int64_t tickets = 0, answered = 0;
    int64_t resp24Eligible = 0, resp24Met = 0;
    int64_t resolvedWithContacts = 0, oneTouch = 0;
    int64_t live = 0, abandonKnown = 0, abandoned = 0, waitsOver5Min = 0;
    std::vector<double> frt, resolution, waits;
    std::vector<double> frtBusiness, resolutionBusiness;
    int64_t backlog = 0;
};

} // namespace

std::optional<double> quantile(std::vector<double>& values, double q) {
    if (values.empty()) return std::nullopt;
    // Two ranks are needed, not a sorted vector: selection is linear where a sort is not, which
    // matters with eight quantiles per cell over a million tickets.
    const double position = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<size_t>(position);
    const auto nth = values.begin() + static_cast<std::ptrdiff_t>(below);
    std::nth_element(values.begin(), nth, values.end());
    const double low = *nth;
    const double high = below + 1 < values.size() ? *std::min_element(nth + 1, values.end()) : low;
    const double fraction = position - static_cast<double>(below);
    return low + (high - low) * fraction;
}

void addBusinessDurations(std::vector<SupportTicket>& tickets, BusinessClock& clock) {
    for (SupportTicket& t : tickets) {
        if (t.firstResponseAt != noTime && t.firstResponseAt >= t.createdAt)
            t.frtBusiness = clock.seconds(t.createdAt, t.firstResponseAt);
        if (t.resolvedAt != noTime && t.resolvedAt >= t.createdAt)
            t.resolutionBusiness = clock.seconds(t.createdAt, t.resolvedAt);
    }
}

std::vector<SupportRow> supportByPeriod(const std::vector<SupportTicket>& tickets,
                                        const std::vector<Period>& periods,
                                        const std::vector<int64_t>& periodEnds, int64_t asOf, bool byGroup) {
    std::map<QString, std::vector<Cell>> groups;
    // The loader interns group names (loadSupportTickets), so the tickets of one group share one
    // string: a ticket's cells are found by its string's data among the few seen so far before
    // its text is compared in the map, which cost a few string comparisons per ticket. Strings
    // that are not shared still find their group by text.
    struct Seen {
        const QChar* data;
        qsizetype size;
        std::vector<Cell>* cells;
    };
    std::vector<Seen> seen;
    const QString none;
    const auto cellsOf = [&](const QString& name) -> std::vector<Cell>& {
        const QString& group = byGroup ? name : none;
        for (const Seen& s : seen)
            if (s.data == group.constData() && s.size == group.size()) return *s.cells;
        auto [it, inserted] = groups.try_emplace(group);
        if (inserted) it->second.resize(periods.size());
        if (seen.size() < 32) seen.push_back({group.constData(), group.size(), &it->second});
        return it->second;
    };
    for (const SupportTicket& t : tickets) {
        std::vector<Cell>& cells = cellsOf(t.group);
        // Backlog: open at the end of every period from its creation to its resolution.
        const auto firstEnd = std::upper_bound(periodEnds.begin(), periodEnds.end(), t.createdAt);
        const auto lastEnd = t.resolvedAt == noTime
                                 ? periodEnds.end()
                                 : std::upper_bound(periodEnds.begin(), periodEnds.end(), t.resolvedAt);
        for (auto it = firstEnd; it < lastEnd; ++it)
            ++cells[static_cast<size_t>(it - periodEnds.begin())].backlog;

        const int64_t p = periodIndex(periods, t.createdDay);
        if (p < 0) continue;
        Cell& c = cells[static_cast<size_t>(p)];
        ++c.tickets;
        const bool answered = t.firstResponseAt != noTime && t.firstResponseAt >= t.createdAt;
        if (answered) {
            ++c.answered;
            c.frt.push_back(static_cast<double>(t.firstResponseAt - t.createdAt));
            if (t.frtBusiness != noTime) c.frtBusiness.push_back(static_cast<double>(t.frtBusiness));
        }
        // A ticket still unanswered after 24 hours is a miss, not missing data.
        if (t.createdAt <= asOf - day) {
            ++c.resp24Eligible;
            c.resp24Met += answered && t.firstResponseAt - t.createdAt <= day ? 1 : 0;
        }
        if (t.resolvedAt != noTime && t.resolvedAt >= t.createdAt) {
            c.resolution.push_back(static_cast<double>(t.resolvedAt - t.createdAt));
            if (t.resolutionBusiness != noTime)
                c.resolutionBusiness.push_back(static_cast<double>(t.resolutionBusiness));
            if (t.contacts >= 0) {
                ++c.resolvedWithContacts;
                c.oneTouch += t.contacts <= 1 ? 1 : 0;
            }
        }
        if (t.live) {
            ++c.live;
            if (t.waitSeconds >= 0) {
                c.waits.push_back(t.waitSeconds);
                c.waitsOver5Min += t.waitSeconds > 300 ? 1 : 0;
            }
            if (t.abandoned >= 0) {
                ++c.abandonKnown;
                c.abandoned += t.abandoned;
            }
        }
    }
    if (groups.empty() && !byGroup) cellsOf(none);

    std::vector<SupportRow> rows;
    for (size_t i = 0; i < periods.size(); ++i) {
        for (auto& [group, cells] : groups) {
            Cell& c = cells[i];
            SupportRow r;
            r.period = periods[i];
            r.group = group;
            r.tickets = c.tickets;
            r.answered = c.answered;
            r.frtMedian = quantile(c.frt, 0.5);
            r.frtP90 = quantile(c.frt, 0.9);
            r.resp24Pct = percent(c.resp24Met, c.resp24Eligible);
            r.fcrPct = percent(c.oneTouch, c.resolvedWithContacts);
            r.resolutionMedian = quantile(c.resolution, 0.5);
            r.resolutionP90 = quantile(c.resolution, 0.9);
            r.frtBusinessMedian = quantile(c.frtBusiness, 0.5);
            r.frtBusinessP90 = quantile(c.frtBusiness, 0.9);
            r.resolutionBusinessMedian = quantile(c.resolutionBusiness, 0.5);
            r.resolutionBusinessP90 = quantile(c.resolutionBusiness, 0.9);
            r.liveContacts = c.live;
            if (!c.waits.empty()) {
                double sum = 0;
                for (double w : c.waits)
                    sum += w;
                r.waitAvg = sum / static_cast<double>(c.waits.size());
            }
            r.waitP90 = quantile(c.waits, 0.9);
            r.waitOver5MinPct = percent(c.waitsOver5Min, static_cast<int64_t>(c.waits.size()));
            r.abandonPct = percent(c.abandoned, c.abandonKnown);
            r.backlog = c.backlog;
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

} // namespace tenure::metrics
