// loadSupportTickets reads each distinct channel, priority and agent once (ticketinputs.cpp):
// these tests hold it to what it gave when every row was read and folded on its own.

#include "io/importer.h"
#include "store/metricinputs.h"
#include "store/store.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;

namespace {

std::vector<metrics::SupportTicket> load(test::TempStore& t, const QString& by) {
    const auto tickets = store::loadSupportTickets(*t.store, by);
    EXPECT_TRUE(tickets.ok()) << (tickets ? "" : tickets.error().toStdString());
    return tickets ? tickets.value() : std::vector<metrics::SupportTicket>{};
}

void import(test::TempStore& t) {
    io::ImportOptions options;
    options.kind = QStringLiteral("tickets");
    options.file = t.writeFile(QStringLiteral("tickets.csv"), "ticket_id,created_at,channel,agent\n"
                                                              "T1,2024-07-01T10:00:00Z,Chat,Zoë\n"
                                                              "T2,2024-07-01T11:00:00Z,PHONE,Ana\n"
                                                              "T3,2024-07-01T12:00:00Z,Live Chat,Zoë\n"
                                                              "T4,2024-07-01T13:00:00Z,email,\n"
                                                              "T5,2024-07-01T14:00:00Z,,Ana\n"
                                                              "T6,2024-07-01T15:00:00Z,Ünicode chat,Zoë\n"
                                                              "T7,2024-07-01T16:00:00Z,chat,Ana\n");
    const io::ImportSummary summary = io::importCsv(*t.store, options);
    ASSERT_TRUE(summary.ok());
}

} // namespace

TEST(TicketInputs, LiveChannelsInAnyCaseAndGroupsAsStored) {
    test::TempStore t;
    import(t);
    const auto byChannel = load(t, QStringLiteral("channel"));
    ASSERT_EQ(byChannel.size(), 7u);
    const std::vector<bool> live{true, true, true, false, false, false, true};
    const QStringList channels{QStringLiteral("Chat"),
                               QStringLiteral("PHONE"),
                               QStringLiteral("Live Chat"),
                               QStringLiteral("email"),
                               QString(),
                               QStringLiteral("Ünicode chat"),
                               QStringLiteral("chat")};
    for (size_t i = 0; i < byChannel.size(); ++i) {
        EXPECT_EQ(byChannel[i].live, live[i]) << i;
        EXPECT_EQ(byChannel[i].group, channels[static_cast<qsizetype>(i)]) << i;
        EXPECT_EQ(byChannel[i].customer, 0) << i; // no customer column: 0, as coalesce gave
    }
    const auto byAgent = load(t, QStringLiteral("agent"));
    ASSERT_EQ(byAgent.size(), 7u);
    EXPECT_EQ(byAgent[0].group, QStringLiteral("Zoë"));
    EXPECT_EQ(byAgent[2].group, QStringLiteral("Zoë"));
    EXPECT_TRUE(byAgent[3].group.isEmpty());
    EXPECT_EQ(byAgent[4].group, QStringLiteral("Ana"));
    for (const metrics::SupportTicket& ticket : load(t, QString()))
        EXPECT_TRUE(ticket.group.isEmpty());
}

TEST(TicketInputs, TheConnectionKeepsItsPageCacheSize) {
    // The scan runs with a small page cache; the store's own size must come back after it.
    test::TempStore t;
    import(t);
    const int64_t before = t.scalar("PRAGMA cache_size");
    load(t, QStringLiteral("channel"));
    EXPECT_EQ(t.scalar("PRAGMA cache_size"), before);
    EXPECT_NE(before, -2048);
}
