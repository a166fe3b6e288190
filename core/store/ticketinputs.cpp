// Tickets for the support KPIs (metricinputs.h's loadSupportTickets), apart from the other
// loaders: the support report's time is almost all in this one pass over the tickets table.

#include "metricinputs.h"

#include "statement.h"
#include "store.h"

#include "model/localclock.h"

#include <QStringList>

#include <map>
#include <string>
#include <string_view>

namespace tenure::store {

namespace {

Expected<std::vector<metrics::SupportTicket>> failed(const Statement& s) {
    return Expected<std::vector<metrics::SupportTicket>>::failure(s.error());
}

// What one distinct text of a column stands for, worked out the first time it is seen. A million
// tickets carry a handful of channels, priorities and agents: each ticket's group then shares one
// QString (a reference count, not an allocation and a UTF-8 decode per row), and whether a
// channel is live is decided once per channel rather than by lower() in SQL for every row.
template <typename Value> class Distinct final {
public:
    template <typename Make> const Value& of(std::string_view text, Make make) {
        auto it = m_values.find(text);
        if (it == m_values.end()) it = m_values.emplace(std::string(text), make(text)).first;
        return it->second;
    }

private:
    std::map<std::string, Value, std::less<>> m_values;
};

// Chat and phone and their usual synonyms, in any case. SQLite's lower() (which this replaces)
// folds ASCII letters only, as here: the system library is built without ICU.
bool isLiveChannel(std::string_view channel) {
    std::string lower(channel);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower == "chat" || lower == "phone" || lower == "live chat" || lower == "call" || lower == "voice";
}

// An upper bound of the number of tickets from the rowid range (two b-tree descents, where
// count(*) reads the whole table), so that the vector is allocated once instead of growing by
// copies to 1.5 times its size. Ids far apart (given by hand) would reserve for nothing: past
// the cap the vector grows as it goes. Reserved pages never written cost no memory.
size_t ticketCountBound(Store& store) {
    Statement q(store.handle(), "SELECT (SELECT min(id) FROM tickets), (SELECT max(id) FROM tickets)");
    if (!q.valid() || q.step() != SQLITE_ROW || q.isNull(0)) return 0;
    constexpr int64_t cap = int64_t{1} << 24;
    const int64_t range = q.int64(1) - q.int64(0) + 1;
    return range > 0 && range <= cap ? static_cast<size_t>(range) : 0;
}

// A scan reads each page of the tickets table once, so the connection's page cache (128 MB,
// store.cpp) gains nothing from keeping them, yet filled up with the whole table: 68 MB and
// 17 k allocations and page faults on the 1M store, 30 % of the report's peak memory. The
// scan runs with a small cache and the connection gets its size back afterwards (pages of other
// tables cached before are dropped; reading them again is a read from the OS's cache).
class SmallPageCache final {
public:
    explicit SmallPageCache(sqlite3* db)
        : m_db(db) {
        Statement size(db, "PRAGMA cache_size");
        if (!size.valid() || size.step() != SQLITE_ROW) return;
        m_previous = size.int64(0);
        Statement small(db, "PRAGMA cache_size = -2048"); // KiB
        m_changed = small.valid() && small.step() == SQLITE_DONE;
    }
    ~SmallPageCache() {
        if (!m_changed) return;
        // The number is the one SQLite gave above, not text from anywhere else.
        Statement restore(m_db, "PRAGMA cache_size = " + std::to_string(m_previous));
        if (restore.valid()) restore.step();
    }
    SmallPageCache(const SmallPageCache&) = delete;
    SmallPageCache& operator=(const SmallPageCache&) = delete;

private:
    sqlite3* m_db;
    int64_t m_previous = 0;
    bool m_changed = false;
};

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
    // The group column comes from the list above, never from the user's text; by channel, the
    // channel column read for the live test is the group as well. The customer is read without
    // coalesce(): sqlite3_column_int64 gives 0 for NULL, the value wanted.
    const bool byChannel = groupBy == QLatin1String("channel");
    const std::string group =
        groupBy.isEmpty() || byChannel ? std::string("NULL") : "t." + groupBy.toStdString();
    std::string sql = "SELECT t.created_at, t.first_response_at, t.resolved_at, t.contacts, t.wait_seconds, "
                      "t.abandoned, t.channel, " +
                      group + ", t.customer, " + (keys == TicketKeys::Load ? "t.ticket_key" : "NULL") +
                      " FROM tickets t";
    if (!filter.segment.isEmpty()) sql += " JOIN customers c ON c.id = t.customer WHERE " + scope->sql;
    const SmallPageCache cache(store.handle());
    Statement q(store.handle(), sql);
    if (!q.valid()) return failed(q);
    scope->bind(q, 1);
    LocalClock clock(store.timeZone());
    const auto decode = [](std::string_view text) {
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    };
    struct Channel {
        bool live = false;
        QString text;
    };
    Distinct<Channel> channels;
    Distinct<QString> groups;
    const auto channelOf = [&decode](std::string_view text) {
        return Channel{isLiveChannel(text), decode(text)};
    };
    std::vector<metrics::SupportTicket> out;
    out.reserve(ticketCountBound(store));
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        metrics::SupportTicket& t = out.emplace_back();
        t.createdAt = q.int64(0);
        t.createdDay = clock.localDay(t.createdAt);
        t.firstResponseAt = q.isNull(1) ? metrics::noTime : q.int64(1);
        t.resolvedAt = q.isNull(2) ? metrics::noTime : q.int64(2);
        t.contacts = q.isNull(3) ? -1 : static_cast<int>(q.int64(3));
        t.waitSeconds = q.isNull(4) ? -1.0 : q.real(4);
        t.abandoned = q.isNull(5) ? -1 : static_cast<int>(q.int64(5));
        const Channel& channel = channels.of(q.text(6), channelOf);
        t.live = channel.live;
        if (byChannel)
            t.group = channel.text;
        else if (!groupBy.isEmpty())
            t.group = groups.of(q.text(7), decode);
        t.customer = q.int64(8);
        if (keys == TicketKeys::Load) t.key = q.qtext(9);
    }
    if (rc != SQLITE_DONE) return failed(q);
    return out;
}

} // namespace tenure::store
