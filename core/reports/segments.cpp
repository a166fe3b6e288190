#include "segments.h"

#include "metrics/churn.h"
#include "metrics/revenue.h"
#include "store/metricinputs.h"
#include "store/segmentrepository.h"
#include "store/statement.h"
#include "store/store.h"

#include <algorithm>

namespace tenure::reports {

namespace {

Expected<std::vector<QString>> segmentValues(store::Store& store) {
    store::Statement q(store.handle(),
                       "SELECT DISTINCT segment FROM customers WHERE segment IS NOT NULL ORDER BY segment");
    if (!q.valid()) return Expected<std::vector<QString>>::failure(q.error());
    std::vector<QString> names;
    while (q.step() == SQLITE_ROW)
        names.push_back(q.qtext(0));
    return names;
}

double setting(store::Store& store, const char* key, double fallback) {
    bool ok = false;
    const double v = store.setting(QLatin1String(key)).toDouble(&ok);
    return ok ? v : fallback;
}

} // namespace

QString segmentKindName(SegmentKind kind) {
    return kind == SegmentKind::Saved ? QStringLiteral("saved") : QStringLiteral("field");
}

SegmentCosts segmentCostsFromSettings(store::Store& store) {
    SegmentCosts c;
    c.perTicket = setting(store, "cost_per_ticket", c.perTicket);
    c.perCustomerMonth = setting(store, "fixed_monthly_cost", c.perCustomerMonth);
    c.grossMargin = grossMarginFromSettings(store);
    return c;
}

double grossMarginFromSettings(store::Store& store) {
    return setting(store, "gross_margin_pct", 100.0) / 100.0;
}

Expected<std::optional<Period>> segmentWindow(store::Store& store, std::optional<Period> window) {
    using Result = Expected<std::optional<Period>>;
    if (window) return window;
    // The 12 months ending with the last complete month of the data.
    const auto all = store::loadLifetimes(store);
    if (!all) return Result::failure(all.error());
    int64_t last = metrics::noDay;
    for (const metrics::Lifetime& l : all.value())
        last = std::max({last, l.signup, l.churn});
    if (last == metrics::noDay) return std::optional<Period>();
    const std::vector<Period> months =
        periodsEndingWith(latestCompletePeriod(last, PeriodUnit::Month), 12, PeriodUnit::Month);
    return std::optional<Period>(Period{months.front().start, months.back().end});
}

Expected<std::vector<SegmentRow>> computeSegments(store::Store& store, std::optional<Period> window,
                                                  const SegmentCosts& costs) {
    using Result = Expected<std::vector<SegmentRow>>;
    const auto values = segmentValues(store);
    if (!values) return Result::failure(values.error());
    const auto saved = store::savedSegmentNames(store);
    if (!saved) return Result::failure(saved.error());
    std::vector<std::pair<QString, SegmentKind>> segments;
    for (const QString& name : saved.value())
        segments.emplace_back(name, SegmentKind::Saved);
    for (const QString& value : values.value())
        segments.emplace_back(value, SegmentKind::Value);
    const auto resolved = segmentWindow(store, window);
    if (!resolved) return Result::failure(resolved.error());
    if (!resolved.value()) return std::vector<SegmentRow>{};
    window = resolved.value();
    std::vector<SegmentRow> rows;
    for (const auto& [name, kind] : segments) {
        const store::CustomerFilter filter{name, kind == SegmentKind::Value};
        const auto lifetimes = store::loadLifetimes(store, filter);
        const auto subscriptions = store::loadSubscriptions(store, filter);
        const auto orders = store::loadActivities(store, store::ActivitySource::Orders, filter);
        const auto tickets = store::loadSupportTickets(store, QString(), filter);
        for (const QString* error :
             {lifetimes ? nullptr : &lifetimes.error(), subscriptions ? nullptr : &subscriptions.error(),
              orders ? nullptr : &orders.error(), tickets ? nullptr : &tickets.error()})
            if (error) return Result::failure(*error);
        const std::vector<Period> months =
            periodsCovering(window->start, window->lastDay(), PeriodUnit::Month);
        SegmentRow row;
        row.segment = name;
        row.kind = kind;
        const auto whole = metrics::churnByPeriod(lifetimes.value(), {*window}, window->lastDay()).front();
        row.customers = whole.customersAtEnd;
        row.churnPct = whole.churnPct;
        row.retentionPct = whole.retentionPct;

        // Monthly churn over the window and the six months before it, for CLV.
        std::vector<std::pair<Period, std::optional<double>>> monthlyChurn;
        const auto monthly = metrics::churnByPeriod(
            lifetimes.value(), periodsCovering(window->start - 200, window->lastDay(), PeriodUnit::Month),
            window->lastDay());
        int64_t customerMonths = 0;
        for (const metrics::ChurnRow& m : monthly) {
            monthlyChurn.emplace_back(m.period, m.churnPct);
            if (m.period.start >= window->start) customerMonths += m.customersAtEnd;
        }
        const auto revenue = metrics::revenueByPeriod(subscriptions.value(), months, window->lastDay(),
                                                      costs.grossMargin, monthlyChurn);
        for (const metrics::RevenueRow& r : revenue)
            row.revenue += r.mrrEnd;
        for (const metrics::Activity& o : orders.value())
            if (window->contains(o.day)) row.revenue += o.amount;
        int64_t ticketCount = 0;
        for (const metrics::SupportTicket& t : tickets.value())
            ticketCount += window->contains(t.createdDay) ? 1 : 0;
        row.costToServe = static_cast<double>(ticketCount) * costs.perTicket +
                          static_cast<double>(customerMonths) * costs.perCustomerMonth;
        row.margin = row.revenue - row.costToServe;
        if (!revenue.empty()) row.clv = revenue.back().clv;
        rows.push_back(row);
    }
    return rows;
}

} // namespace tenure::reports
