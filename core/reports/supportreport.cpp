#include "supportreport.h"

#include "model/businesshours.h"
#include "storesettings.h"

#include "dayrange.h"

#include <algorithm>

namespace tenure::reports {

const QStringList& supportGroupings() {
    static const QStringList groupings{QStringLiteral("channel"), QStringLiteral("priority"),
                                       QStringLiteral("agent")};
    return groupings;
}

Expected<SupportTable> computeSupportTable(store::Store& store, const SupportOptions& options,
                                           const QString& by) {
    auto tickets = store::loadSupportTickets(store, by, options.filter);
    if (!tickets) return Expected<SupportTable>::failure(tickets.error());
    // Business time only with a schedule: without one its figures stay empty, not zeros.
    const auto schedule = businessScheduleFromSettings(store);
    if (!schedule) return Expected<SupportTable>::failure(schedule.error());
    if (schedule.value()) {
        BusinessClock clock(*schedule.value());
        metrics::addBusinessDurations(tickets.value(), clock);
    }
    DayRange data;
    int64_t latestCreated = metrics::noTime;
    for (const metrics::SupportTicket& t : tickets.value()) {
        data.add(t.createdDay);
        latestCreated = std::max(latestCreated, t.createdAt);
    }
    SupportTable table;
    // The 24-hour rate is judged against the given time, else the latest ticket in the store, so
    // that a historical export is judged against its own end (metrics.md).
    table.asOf = options.asOf.value_or(latestCreated);
    table.lastDay = options.to ? *options.to : data.empty ? metrics::noDay : data.last;
    table.periods = reportPeriods(data, options.unit, options.from, options.to, options.lastPeriods);
    table.rows =
        metrics::supportByPeriod(tickets.value(), table.periods,
                                 store::periodEndInstants(store, table.periods), table.asOf, !by.isEmpty());
    return table;
}

Expected<SupportReport> computeSupport(store::Store& store, const SupportOptions& options) {
    using Result = Expected<SupportReport>;
    auto overall = computeSupportTable(store, options, QString());
    if (!overall) return Result::failure(overall.error());
    SupportReport report;
    report.periods = overall.value().periods;
    report.asOf = overall.value().asOf;
    report.overall = std::move(overall.value().rows);
    if (report.periods.empty()) return report;
    const Period latest = report.periods.back();
    report.latestPartial = latest.lastDay() > overall.value().lastDay;

    // Each grouping reads the tickets again with its own group column: a few small passes
    // instead of a loader that carries every column for every row.
    for (const QString& by : supportGroupings()) {
        auto grouped = computeSupportTable(store, options, by);
        if (!grouped) return Result::failure(grouped.error());
        std::vector<metrics::SupportRow>& latestRows = report.latestBy[by];
        for (metrics::SupportRow& row : grouped.value().rows) {
            if (row.period == latest) latestRows.push_back(row);
            if (by == QStringLiteral("channel")) report.byChannel.push_back(std::move(row));
        }
    }

    std::map<QString, int64_t> volume;
    for (const metrics::SupportRow& row : report.byChannel)
        volume[row.group] += row.tickets;
    for (const auto& [channel, count] : volume)
        report.channels.append(channel);
    std::stable_sort(report.channels.begin(), report.channels.end(),
                     [&volume](const QString& a, const QString& b) { return volume[a] > volume[b]; });

    auto wow = store::loadWowTickets(store, options.filter);
    if (!wow) return Result::failure(wow.error());
    const Period shown{report.periods.front().start, latest.end};
    for (store::WowTicket& t : wow.value())
        if (shown.contains(t.createdDay)) report.wow.push_back(std::move(t));
    return report;
}

} // namespace tenure::reports
