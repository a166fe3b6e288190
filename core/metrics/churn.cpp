#include "metrics/churn.h"

#include "ratios.h"

#include "model/dates.h"

#include <algorithm>
#include <map>

namespace tenure::metrics {

namespace {

// The day whose activity is a period's starting state: the day before it. A period begins at the
// first instant of its first day, and a churn date is the first day without service, so a churn
// dated on the first day is a loss of the period and a signup on it is a new customer of it; the
// customers at one period's end are those at the next one's start.
int64_t referenceDay(const Period& period) {
    return period.start - 1;
}

constexpr int64_t openEnd = INT64_MAX;

// A customer's activity [start, end); end == openEnd: still active.
struct Span {
    int64_t start = 0;
    int64_t end = openEnd;
};

// Every customer's lifetimes merged into disjoint spans sorted by day, one group per customer.
// Customers with a single lifetime come first, in input order; then the others.
struct CustomerSpans {
    std::vector<Span> spans;
    std::vector<size_t> groupStarts; // group k: spans [groupStarts[k], groupStarts[k + 1])
    std::vector<int64_t> customers;  // customer id of each group
    int64_t firstDay = openEnd;      // earliest start
    int64_t lastDay = noDay;         // latest start or (closed) end
};

bool usable(const Lifetime& l) {
    return l.signup != noDay && (l.churn == noDay || l.churn >= l.signup);
}

Span spanOf(const Lifetime& l) {
    return {l.signup, l.churn == noDay ? openEnd : l.churn};
}

// Indexes of the usable lifetimes whose customer has more than one; all of them when the ids are
// too sparse to count in an array (then no lifetime is known to be its customer's only one).
std::vector<size_t> sharedLifetimes(const std::vector<Lifetime>& lifetimes, std::vector<bool>& single) {
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    size_t n = 0;
    for (const Lifetime& l : lifetimes) {
        if (!usable(l)) continue;
        lo = std::min(lo, l.customer);
        hi = std::max(hi, l.customer);
        ++n;
    }
    std::vector<size_t> shared;
    single.assign(lifetimes.size(), false);
    if (n == 0) return shared;
    const uint64_t range = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
    if (range > 8 * static_cast<uint64_t>(n) + 1024) {
        for (size_t i = 0; i < lifetimes.size(); ++i)
            if (usable(lifetimes[i])) shared.push_back(i);
        return shared;
    }
    const auto slot = [lo](int64_t id) {
        return static_cast<size_t>(static_cast<uint64_t>(id) - static_cast<uint64_t>(lo));
    };
    std::vector<uint8_t> seen(static_cast<size_t>(range) + 1, 0); // 0, 1, or 2 for "more"
    for (const Lifetime& l : lifetimes)
        if (usable(l) && seen[slot(l.customer)] < 2) ++seen[slot(l.customer)];
    for (size_t i = 0; i < lifetimes.size(); ++i) {
        if (!usable(lifetimes[i])) continue;
        if (seen[slot(lifetimes[i].customer)] == 1)
            single[i] = true;
        else
            shared.push_back(i);
    }
    return shared;
}

CustomerSpans buildSpans(const std::vector<Lifetime>& lifetimes) {
    CustomerSpans act;
    std::vector<bool> single;
    std::vector<size_t> shared = sharedLifetimes(lifetimes, single);
    act.spans.reserve(lifetimes.size());
    act.groupStarts.reserve(lifetimes.size() + 1);
    act.customers.reserve(lifetimes.size());
    for (size_t i = 0; i < lifetimes.size(); ++i) {
        if (!single[i]) continue;
        act.groupStarts.push_back(act.spans.size());
        act.customers.push_back(lifetimes[i].customer);
        act.spans.push_back(spanOf(lifetimes[i]));
    }
    std::sort(shared.begin(), shared.end(), [&](size_t a, size_t b) {
        const Lifetime &x = lifetimes[a], &y = lifetimes[b];
        return x.customer != y.customer ? x.customer < y.customer : x.signup < y.signup;
    });
    for (size_t i = 0; i < shared.size();) {
        const int64_t id = lifetimes[shared[i]].customer;
        act.groupStarts.push_back(act.spans.size());
        act.customers.push_back(id);
        Span cur = spanOf(lifetimes[shared[i]]);
        for (++i; i < shared.size() && lifetimes[shared[i]].customer == id; ++i) {
            const Span next = spanOf(lifetimes[shared[i]]);
            if (next.start <= cur.end) { // overlapping or back to back: one stretch of activity
                cur.end = std::max(cur.end, next.end);
            } else {
                act.spans.push_back(cur);
                cur = next;
            }
        }
        act.spans.push_back(cur);
    }
    act.groupStarts.push_back(act.spans.size());
    for (const Span& s : act.spans) {
        act.firstDay = std::min(act.firstDay, s.start);
        act.lastDay = std::max(act.lastDay, s.end == openEnd ? s.start : s.end);
    }
    return act;
}

// Active customers on any day, from per-day counts of span starts and ends and their prefix
// sums over the days the periods and the data share.
class ActiveCounter final {
public:
    ActiveCounter(const CustomerSpans& act, int64_t firstQuery, int64_t lastQuery) {
        m_lo = std::max(firstQuery, act.firstDay);
        m_hi = std::max(m_lo, std::min(lastQuery, act.lastDay));
        const auto size = static_cast<size_t>(m_hi - m_lo + 1);
        m_starts.assign(size, 0);
        m_ends.assign(size, 0);
        for (const Span& s : act.spans) {
            if (s.start <= m_hi) ++m_starts[index(s.start)];
            if (s.end <= m_hi) ++m_ends[index(s.end)];
        }
        for (size_t k = 1; k < size; ++k) {
            m_starts[k] += m_starts[k - 1];
            m_ends[k] += m_ends[k - 1];
        }
    }

    // Days before m_lo hold no starts or are never asked; days after m_hi hold no events or are
    // never asked.
    int64_t activeOn(int64_t day) const {
        if (day < m_lo) return 0;
        const size_t k = index(std::min(day, m_hi));
        return m_starts[k] - m_ends[k];
    }

private:
    size_t index(int64_t day) const { return static_cast<size_t>(std::max(day, m_lo) - m_lo); }

    int64_t m_lo = 0;
    int64_t m_hi = 0;
    std::vector<int64_t> m_starts;
    std::vector<int64_t> m_ends;
};

// Answers "is this customer active on d" for non-decreasing days, in amortised O(1).
class SpanCursor final {
public:
    SpanCursor(const std::vector<Span>& spans, size_t first, size_t last)
        : m_spans(spans)
        , m_pos(first)
        , m_last(last) {}

    bool activeOn(int64_t day) {
        while (m_pos < m_last && m_spans[m_pos].end <= day)
            ++m_pos;
        return m_pos < m_last && m_spans[m_pos].start <= day;
    }

private:
    const std::vector<Span>& m_spans;
    size_t m_pos;
    size_t m_last;
};

struct Movements {
    std::vector<int64_t> lost, added, addedAndLost;
};

// Lost, new and new-and-lost of one set of disjoint periods, in one walk over the customers: a
// customer moves only in the periods whose window (the days after the reference day) holds one of
// its span starts or ends, so only those are looked at.
void walkLayer(const CustomerSpans& act, const std::vector<Period>& periods, const std::vector<size_t>& layer,
               int64_t lo, int64_t hi, Movements& out) {
    std::vector<int32_t> slot(static_cast<size_t>(hi - lo + 1), -1);
    for (size_t q : layer) {
        const int64_t from = std::max(referenceDay(periods[q]) + 1, lo);
        const int64_t to = std::min(periods[q].lastDay(), hi);
        for (int64_t d = from; d <= to; ++d)
            slot[static_cast<size_t>(d - lo)] = static_cast<int32_t>(q);
    }
    for (size_t g = 0; g + 1 < act.groupStarts.size(); ++g) {
        SpanCursor cursor(act.spans, act.groupStarts[g], act.groupStarts[g + 1]);
        int32_t current = -1;
        bool started = false;
        const auto flush = [&] {
            if (current < 0) return;
            const Period& p = periods[static_cast<size_t>(current)];
            const bool atStart = cursor.activeOn(referenceDay(p));
            const bool atEnd = cursor.activeOn(p.lastDay());
            const auto q = static_cast<size_t>(current);
            if (atStart && !atEnd) {
                ++out.lost[q];
            } else if (!atStart && started) {
                ++out.added[q];
                if (!atEnd) ++out.addedAndLost[q];
            }
        };
        const auto visit = [&](int64_t day, bool isStart) {
            if (day < lo || day > hi) return;
            const int32_t q = slot[static_cast<size_t>(day - lo)];
            if (q < 0) return;
            if (q != current) {
                flush();
                current = q;
                started = false;
            }
            started = started || isStart;
        };
        for (size_t j = act.groupStarts[g]; j < act.groupStarts[g + 1]; ++j) {
            visit(act.spans[j].start, true);
            if (act.spans[j].end != openEnd) visit(act.spans[j].end, false);
        }
        flush();
    }
}

// Non-empty periods split into layers of disjoint periods (one layer for the usual contiguous
// series; overlapping windows need more).
std::vector<std::vector<size_t>> disjointLayers(const std::vector<Period>& periods) {
    std::vector<size_t> sorted;
    for (size_t i = 0; i < periods.size(); ++i)
        if (periods[i].end > periods[i].start) sorted.push_back(i);
    std::sort(sorted.begin(), sorted.end(), [&](size_t a, size_t b) {
        return periods[a].start != periods[b].start ? periods[a].start < periods[b].start
                                                    : periods[a].end < periods[b].end;
    });
    std::vector<std::vector<size_t>> layers;
    std::vector<int64_t> layerEnds;
    for (size_t i : sorted) {
        size_t k = 0;
        while (k < layers.size() && layerEnds[k] > periods[i].start)
            ++k;
        if (k == layers.size()) {
            layers.emplace_back();
            layerEnds.push_back(0);
        }
        layers[k].push_back(i);
        layerEnds[k] = periods[i].end;
    }
    return layers;
}

} // namespace

std::vector<ChurnRow> churnByPeriod(const std::vector<Lifetime>& lifetimes,
                                    const std::vector<Period>& periods, int64_t asOfDay) {
    std::vector<ChurnRow> rows(periods.size());
    for (size_t i = 0; i < periods.size(); ++i) {
        rows[i].period = periods[i];
        rows[i].partial = asOfDay < periods[i].lastDay();
    }
    const std::vector<std::vector<size_t>> layers = disjointLayers(periods);
    const CustomerSpans act = buildSpans(lifetimes);
    if (layers.empty() || act.spans.empty()) return rows;

    int64_t firstQuery = INT64_MAX, lastQuery = INT64_MIN;
    for (const auto& layer : layers) {
        for (size_t q : layer) {
            firstQuery = std::min(firstQuery, referenceDay(periods[q]));
            lastQuery = std::max(lastQuery, periods[q].lastDay());
        }
    }
    const ActiveCounter active(act, firstQuery, lastQuery);
    Movements moves{std::vector<int64_t>(periods.size(), 0), std::vector<int64_t>(periods.size(), 0),
                    std::vector<int64_t>(periods.size(), 0)};
    const int64_t lo = std::max(firstQuery, act.firstDay);
    const int64_t hi = std::max(lo, std::min(lastQuery, act.lastDay));
    for (const auto& layer : layers)
        walkLayer(act, periods, layer, lo, hi, moves);

    for (const auto& layer : layers) {
        for (size_t q : layer) {
            ChurnRow& row = rows[q];
            row.customersAtStart = active.activeOn(referenceDay(periods[q]));
            row.customersAtEnd = active.activeOn(periods[q].lastDay());
            row.lost = moves.lost[q];
            row.newCustomers = moves.added[q];
            row.newAndLost = moves.addedAndLost[q];
            row.churnPct = percent(row.lost, row.customersAtStart);
            row.retentionPct = percent(row.customersAtEnd - row.newCustomers, row.customersAtStart);
        }
    }
    return rows;
}

std::vector<RetentionRow> retentionByPeriod(const std::vector<Lifetime>& lifetimes,
                                            const std::vector<Period>& periods, int64_t asOfDay) {
    std::vector<RetentionRow> rows;
    rows.reserve(periods.size());
    for (const ChurnRow& c : churnByPeriod(lifetimes, periods, asOfDay))
        rows.push_back(
            {c.period, c.customersAtStart, c.newCustomers, c.customersAtEnd, c.retentionPct, c.partial});
    return rows;
}

std::vector<ExplainedCustomer> explainChurn(const std::vector<Lifetime>& lifetimes, const Period& period) {
    std::vector<ExplainedCustomer> out;
    if (period.end <= period.start) return out;
    const CustomerSpans act = buildSpans(lifetimes);
    const int64_t ref = referenceDay(period);
    const int64_t last = period.lastDay();
    for (size_t g = 0; g + 1 < act.groupStarts.size(); ++g) {
        const size_t first = act.groupStarts[g], end = act.groupStarts[g + 1];
        SpanCursor cursor(act.spans, first, end);
        const bool atStart = cursor.activeOn(ref);
        const bool atEnd = cursor.activeOn(last);
        int64_t startInWindow = noDay, endInWindow = noDay, endBefore = noDay;
        for (size_t j = first; j < end; ++j) {
            const Span& s = act.spans[j];
            if (s.start > ref && s.start <= last) startInWindow = s.start;
            if (s.end > ref && s.end <= last) endInWindow = s.end;
            if (s.end <= ref) endBefore = s.end;
        }
        const int64_t id = act.customers[g];
        if (atStart && !atEnd) {
            out.push_back({id, Role::Numerator,
                           QStringLiteral("churned on ") + formatDate(endInWindow) +
                               QStringLiteral(" (counted in the denominator too)")});
        } else if (atStart) {
            QString reason = QStringLiteral("active at the start of ") + formatDate(period.start);
            if (endInWindow != noDay)
                reason += QStringLiteral("; churned on ") + formatDate(endInWindow) +
                          QStringLiteral(" and came back on ") + formatDate(startInWindow) +
                          QStringLiteral(", not lost");
            out.push_back({id, Role::Denominator, reason});
        } else if (startInWindow != noDay) {
            out.push_back(
                {id, Role::Excluded,
                 atEnd ? QStringLiteral("signed up on %1, inside the period (new)")
                             .arg(formatDate(startInWindow))
                       : QStringLiteral("signed up on %1 and churned on %2, inside the period (new and lost)")
                             .arg(formatDate(startInWindow), formatDate(endInWindow))});
        } else if (endBefore != noDay) {
            out.push_back({id, Role::Excluded,
                           QStringLiteral("churned on %1, before the period").arg(formatDate(endBefore))});
        }
    }
    // Customers with no usable lifetime at all.
    std::vector<int64_t> known = act.customers;
    std::sort(known.begin(), known.end());
    std::map<int64_t, QString> leftOut;
    for (const Lifetime& l : lifetimes) {
        if (usable(l) || std::binary_search(known.begin(), known.end(), l.customer)) continue;
        if (l.signup != noDay && l.signup >= period.end) continue; // not yet a customer
        QString& reason = leftOut[l.customer];
        if (l.signup == noDay)
            reason = QStringLiteral("no signup date");
        else if (reason.isEmpty())
            reason = QStringLiteral("churn date %1 is before the signup date %2")
                         .arg(formatDate(l.churn), formatDate(l.signup));
    }
    for (auto& [id, reason] : leftOut)
        out.push_back({id, Role::Excluded, reason});
    std::sort(out.begin(), out.end(),
              [](const ExplainedCustomer& a, const ExplainedCustomer& b) { return a.customer < b.customer; });
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
