#include "explainsupport.h"

#include "model/businesshours.h"
#include "storesettings.h"

#include <algorithm>
#include <set>

namespace tenure::reports {

namespace {

using Result = Expected<std::vector<ExplainRow>>;

bool businessTime(metrics::SupportKpi kpi) {
    return kpi == metrics::SupportKpi::FrtBusinessMedian || kpi == metrics::SupportKpi::FrtBusinessP90 ||
           kpi == metrics::SupportKpi::ResolutionBusinessMedian ||
           kpi == metrics::SupportKpi::ResolutionBusinessP90;
}

// "no ticket has channel "x"; there are: email, phone": said rather than an empty table, which
// would read as a cell without tickets.
QString unknownGroup(const std::vector<metrics::SupportTicket>& tickets, const QString& by,
                     const QString& group) {
    std::set<QString> values;
    for (const metrics::SupportTicket& t : tickets)
        values.insert(t.group.isEmpty() ? QStringLiteral("(none)") : t.group);
    QStringList listed(values.begin(), values.end());
    constexpr qsizetype shown = 20;
    if (listed.size() > shown) {
        listed.resize(shown);
        listed.append(QStringLiteral("…"));
    }
    return QStringLiteral("no ticket has %1 \"%2\"; %1 values: %3")
        .arg(by, group, listed.isEmpty() ? QStringLiteral("none") : listed.join(QStringLiteral(", ")));
}

Result withTicketKeys(store::Store& store, const std::vector<metrics::ExplainedTicket>& explained) {
    std::vector<int64_t> ids;
    ids.reserve(explained.size());
    for (const metrics::ExplainedTicket& e : explained)
        ids.push_back(e.customer);
    auto keys = store::loadCustomerKeys(store, ids);
    if (!keys) return Result::failure(keys.error());
    std::vector<ExplainRow> rows;
    rows.reserve(explained.size());
    for (size_t i = 0; i < explained.size(); ++i)
        rows.push_back(
            {std::move(keys.value()[i]), explained[i].role, explained[i].reason, explained[i].ticket});
    return rows;
}

} // namespace

Expected<std::vector<ExplainRow>> explainSupportCell(store::Store& store, const Period& period,
                                                     const SupportExplainOptions& options) {
    if (options.group && options.by.isEmpty())
        return Result::failure(QStringLiteral("a group value needs a grouping (channel, priority or agent)"));
    auto tickets = store::loadSupportTickets(store, options.by, options.filter, store::TicketKeys::Load);
    if (!tickets) return Result::failure(tickets.error());
    if (options.group &&
        std::none_of(tickets.value().begin(), tickets.value().end(),
                     [&](const metrics::SupportTicket& t) { return t.group == *options.group; }))
        return Result::failure(unknownGroup(tickets.value(), options.by, *options.group));
    if (businessTime(options.kpi)) {
        // Without a schedule the figure is null and every ticket says why.
        const auto schedule = businessScheduleFromSettings(store);
        if (!schedule) return Result::failure(schedule.error());
        if (schedule.value()) {
            BusinessClock clock(*schedule.value());
            metrics::addBusinessDurations(tickets.value(), clock);
        }
    }
    int64_t latestCreated = metrics::noTime;
    for (const metrics::SupportTicket& t : tickets.value())
        latestCreated = std::max(latestCreated, t.createdAt);
    // The instants of the period's first and end day's midnights, in the store's zone.
    const std::vector<int64_t> bounds =
        store::periodEndInstants(store, {Period{period.start - 1, period.start}, period});
    const metrics::SupportCell cell{period, bounds[0], bounds[1], options.group};
    return withTicketKeys(store, metrics::explainSupport(tickets.value(), options.kpi, cell,
                                                         options.asOf.value_or(latestCreated)));
}

Expected<std::vector<ExplainRow>> explainResponse24Cell(store::Store& store,
                                                        const store::CustomerFilter& filter,
                                                        const Period& period, std::optional<int64_t> asOf) {
    SupportExplainOptions options;
    options.asOf = asOf;
    options.filter = filter;
    return explainSupportCell(store, period, options);
}

} // namespace tenure::reports
