// Tickets for the support KPIs (metricinputs.h's loadSupportTickets), apart from the other
// loaders: the support report's time is almost all in this one pass over the tickets table.

#include "metricinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <QStringList>

#include <string>

namespace tenure::store {

namespace {

Expected<std::vector<metrics::SupportTicket>> failed(const Statement& s) {
    return Expected<std::vector<metrics::SupportTicket>>::failure(s.error());
}

} // namespace

Expected<std::vector<metrics::SupportTicket>>
loadSupportTickets(Store& store, const QString& groupBy, const CustomerFilter& filter, TicketKeys keys) {
    const auto scope = customerFilterCondition(store, filter, "c");
    if (!scope) return Expected<std::vector<metrics::SupportTicket>>::failure(scope.error());
    const QStringList groupable{QStringLiteral("channel"), QStringLiteral("priority"),
                                QStringLiteral("agent")};
    if (!groupBy.isEmpty() && !groupable.contains(groupBy))
        return Expected<std::vector<metrics::SupportTicket>>::failure(
            QStringLiteral("support can be grouped by channel, priority or agent, not \"%1\"").arg(groupBy));
    // The group column comes from the list above, never from the user's text.
    const std::string group = groupBy.isEmpty() ? std::string("NULL") : "t." + groupBy.toStdString();
    std::string sql = "SELECT t.created_at, t.first_response_at, t.resolved_at, t.contacts, t.wait_seconds, "
                      "t.abandoned, lower(coalesce(t.channel, '')), " +
                      group + ", coalesce(t.customer, 0), " +
                      (keys == TicketKeys::Load ? "t.ticket_key" : "NULL") + " FROM tickets t";
    if (!filter.segment.isEmpty()) sql += " JOIN customers c ON c.id = t.customer WHERE " + scope->sql;
    Statement q(store.handle(), sql);
    if (!q.valid()) return failed(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    std::vector<metrics::SupportTicket> out;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        metrics::SupportTicket t;
        t.createdAt = q.int64(0);
        t.createdDay = clock.localDay(t.createdAt);
        t.firstResponseAt = q.isNull(1) ? metrics::noTime : q.int64(1);
        t.resolvedAt = q.isNull(2) ? metrics::noTime : q.int64(2);
        t.contacts = q.isNull(3) ? -1 : static_cast<int>(q.int64(3));
        t.waitSeconds = q.isNull(4) ? -1.0 : q.real(4);
        t.abandoned = q.isNull(5) ? -1 : static_cast<int>(q.int64(5));
        const std::string_view channel = q.text(6);
        t.live = channel == "chat" || channel == "phone" || channel == "live chat" || channel == "call" ||
                 channel == "voice";
        if (!groupBy.isEmpty()) t.group = q.qtext(7);
        t.customer = q.int64(8);
        if (keys == TicketKeys::Load) t.key = q.qtext(9);
        out.push_back(std::move(t));
    }
    if (rc != SQLITE_DONE) return failed(q);
    return out;
}

} // namespace tenure::store
