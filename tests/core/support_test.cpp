#include "io/csvreader.h"
#include "io/importer.h"
#include "metrics/support.h"
#include "model/dates.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <map>

using namespace tenure;
using namespace tenure::metrics;

namespace {

constexpr int64_t hour = 3600;
const int64_t july1 = daysFromCivil(2024, 7, 1);
const Period july{july1, daysFromCivil(2024, 8, 1)};
const int64_t julyEnd = daysFromCivil(2024, 8, 1) * 86400;

SupportTicket ticket(int64_t createdAt, int64_t frtSeconds, int64_t resolutionSeconds = -1) {
    SupportTicket t;
    t.createdAt = createdAt;
    t.createdDay = createdAt / 86400;
    t.firstResponseAt = frtSeconds < 0 ? noTime : createdAt + frtSeconds;
    t.resolvedAt = resolutionSeconds < 0 ? noTime : createdAt + resolutionSeconds;
    return t;
}

} // namespace

TEST(Quantile, InterpolatesBetweenClosestRanks) {
    std::vector<double> v{4, 1, 3, 2};
    EXPECT_DOUBLE_EQ(*quantile(v, 0.5), 2.5);
    EXPECT_DOUBLE_EQ(*quantile(v, 0.9), 3.7);
    std::vector<double> one{7};
    EXPECT_DOUBLE_EQ(*quantile(one, 0.9), 7.0);
    std::vector<double> none;
    EXPECT_FALSE(quantile(none, 0.5));
}

TEST(Support, FirstResponseMedianAndTheTwentyFourHourRate) {
    const int64_t t0 = july1 * 86400 + 9 * hour;
    std::vector<SupportTicket> tickets{ticket(t0, 1 * hour), ticket(t0, 2 * hour), ticket(t0, 30 * hour),
                                       ticket(t0, -1), // never answered: a miss for the 24-hour rate
                                       ticket(julyEnd - hour, 10)}; // too recent to judge
    const int64_t asOf = julyEnd;
    const auto rows = supportByPeriod(tickets, {july}, {julyEnd}, asOf, false);
    ASSERT_EQ(rows.size(), 1u);
    const SupportRow& r = rows[0];
    EXPECT_EQ(r.tickets, 5);
    EXPECT_EQ(r.answered, 4);
    EXPECT_DOUBLE_EQ(*r.frtMedian, (1 * hour + 2 * hour) / 2.0);
    EXPECT_DOUBLE_EQ(*r.resp24Pct, 50.0); // 2 of the 4 tickets created at least 24 h before asOf
    EXPECT_EQ(r.backlog, 5);              // none resolved
}

TEST(Support, FirstContactResolutionLiveWaitsAndBacklog) {
    const int64_t t0 = july1 * 86400 + 9 * hour;
    std::vector<SupportTicket> tickets;
    for (int i = 0; i < 4; ++i) {
        SupportTicket t = ticket(t0 + i, 60, 2 * hour);
        t.contacts = i; // 0 and 1 are one-touch
        t.live = i < 3;
        t.waitSeconds = i < 3 ? 100.0 * (i + 1) * (i + 1) : -1; // 100, 400, 900
        t.abandoned = i == 0 ? 1 : 0;
        tickets.push_back(t);
    }
    SupportTicket open = ticket(t0, 60);
    open.contacts = 5; // unresolved: not in FCR
    tickets.push_back(open);
    const auto r = supportByPeriod(tickets, {july}, {julyEnd}, julyEnd, false)[0];
    EXPECT_DOUBLE_EQ(*r.fcrPct, 50.0);
    EXPECT_EQ(r.liveContacts, 3);
    EXPECT_NEAR(*r.waitAvg, 1400.0 / 3.0, 1e-9);
    EXPECT_NEAR(*r.waitOver5MinPct, 200.0 / 3.0, 1e-9);
    EXPECT_NEAR(*r.abandonPct, 100.0 / 3.0, 1e-9);
    EXPECT_EQ(r.backlog, 1);
    EXPECT_DOUBLE_EQ(*r.resolutionMedian, 2.0 * hour);
}

TEST(Support, EmptyPeriodsAndGroups) {
    const auto empty = supportByPeriod({}, {july}, {julyEnd}, julyEnd, false);
    ASSERT_EQ(empty.size(), 1u);
    EXPECT_FALSE(empty[0].frtMedian);
    EXPECT_FALSE(empty[0].resp24Pct);
    EXPECT_FALSE(empty[0].fcrPct);
    SupportTicket a = ticket(july1 * 86400, 60);
    a.group = QStringLiteral("email");
    SupportTicket b = ticket(july1 * 86400, 120);
    b.group = QStringLiteral("chat");
    const auto grouped = supportByPeriod({a, b}, {july}, {julyEnd}, julyEnd, true);
    ASSERT_EQ(grouped.size(), 2u);
    EXPECT_EQ(grouped[0].group, QStringLiteral("chat"));
    EXPECT_DOUBLE_EQ(*grouped[0].frtMedian, 120.0);
}

TEST(SupportRealData, FrtMedianAndResponseRateByMonthAndPriority) {
    test::TempStore t;
    io::ImportOptions import;
    import.kind = QStringLiteral("tickets");
    import.file = test::sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv"));
    import.columnMap = {{QStringLiteral("customer_id"), QStringLiteral("Customer Email")},
                        { QStringLiteral("created_at"),
                          QStringLiteral("Date of Purchase") }};
    ASSERT_TRUE(io::importCsv(*t.store, import).ok());
    const auto tickets = store::loadSupportTickets(*t.store, QStringLiteral("priority"));
    ASSERT_TRUE(tickets);
    int64_t first = INT64_MAX, last = INT64_MIN, asOf = INT64_MIN;
    for (const SupportTicket& s : tickets.value()) {
        first = std::min(first, s.createdDay);
        last = std::max(last, s.createdDay);
        asOf = std::max(asOf, s.createdAt);
    }
    const auto periods = periodsCovering(first, last, PeriodUnit::Month);
    const auto rows =
        supportByPeriod(tickets.value(), periods, store::periodEndInstants(*t.store, periods), asOf, true);

    // Naive: straight from the file, month and priority as text.
    io::CsvReader reader;
    ASSERT_TRUE(reader.open(import.file));
    io::CsvRecord record;
    reader.next(record);
    std::map<std::pair<std::string, std::string>, std::vector<double>> frt;
    std::map<std::pair<std::string, std::string>, std::pair<int, int>> resp24; // (met, eligible)
    const auto seconds = [](std::string_view text) {
        return QDateTime::fromString(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())),
                                     QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            .toSecsSinceEpoch();
    };
    while (reader.next(record)) {
        const std::string created(record.fields[6]);
        const auto key = std::make_pair(created.substr(0, 7), std::string(record.fields[12]));
        const int64_t createdAt = QDateTime(QDate::fromString(QString::fromStdString(created), Qt::ISODate),
                                            QTime(0, 0), QTimeZone::utc())
                                      .toSecsSinceEpoch();
        const std::string_view response = record.fields[14];
        const bool answered = !response.empty();
        if (answered) frt[key].push_back(static_cast<double>(seconds(response) - createdAt));
        if (createdAt <= asOf - 86400) {
            ++resp24[key].second;
            resp24[key].first += answered && seconds(response) - createdAt <= 86400 ? 1 : 0;
        }
    }
    size_t compared = 0;
    for (const SupportRow& row : rows) {
        const auto key =
            std::make_pair(periodLabel(row.period, PeriodUnit::Month).toStdString(), row.group.toStdString());
        auto it = frt.find(key);
        if (it == frt.end()) {
            EXPECT_FALSE(row.frtMedian);
            continue;
        }
        std::vector<double> values = it->second;
        EXPECT_DOUBLE_EQ(*row.frtMedian, *quantile(values, 0.5)) << key.first << " " << key.second;
        const auto [met, eligible] = resp24.at(key);
        EXPECT_DOUBLE_EQ(*row.resp24Pct, 100.0 * met / eligible) << key.first << " " << key.second;
        ++compared;
    }
    EXPECT_EQ(compared, 96u); // 24 months × 4 priorities
}

namespace {

int64_t at(const char* isoWithOffset) {
    return QDateTime::fromString(QLatin1String(isoWithOffset), Qt::ISODate).toSecsSinceEpoch();
}

BusinessSchedule berlinOffice() {
    return parseBusinessSchedule(QStringLiteral(R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4,5],
                                                    "open": "09:00", "close": "17:00",
                                                    "holidays": ["2024-07-15"]})"),
                                 "UTC")
        .value();
}

// A store in `zone` holding the tickets of a CSV text (ticket_id,created_at,first_response_at,resolved_at).
std::vector<SupportTicket> ticketsInZone(test::TempStore& t, const char* zone, const std::string& csv) {
    t.store->setSetting(QStringLiteral("time_zone"), QLatin1String(zone));
    io::ImportOptions import;
    import.kind = QStringLiteral("tickets");
    import.file = t.writeFile(QStringLiteral("tickets.csv"), csv);
    const io::ImportSummary summary = io::importCsv(*t.store, import);
    EXPECT_TRUE(summary.ok()) << (summary.rejected.empty() ? "" : summary.rejected[0].reason.toStdString());
    auto tickets = store::loadSupportTickets(*t.store, QString());
    EXPECT_TRUE(tickets.ok());
    return tickets ? tickets.value() : std::vector<SupportTicket>{};
}

} // namespace

TEST(SupportBusinessTime, MedianAndP90OfBusinessFirstResponseAndResolution) {
    SupportTicket friday; // Friday 18:00, answered Monday 10:00 (1 h), resolved Tuesday 10:00 (9 h)
    friday.createdAt = at("2024-07-05T18:00:00+02:00");
    friday.firstResponseAt = at("2024-07-08T10:00:00+02:00");
    friday.resolvedAt = at("2024-07-09T10:00:00+02:00");
    SupportTicket holiday = friday; // Friday 16:00 to Tuesday 10:00 over the Monday holiday: 2 h
    holiday.createdAt = at("2024-07-12T16:00:00+02:00");
    holiday.firstResponseAt = holiday.resolvedAt = at("2024-07-16T10:00:00+02:00");
    SupportTicket early = friday; // answered before it was created: left out of both kinds of FRT
    early.createdAt = at("2024-07-10T12:00:00+02:00");
    early.firstResponseAt = early.createdAt - 60;
    early.resolvedAt = early.createdAt; // zero-length resolution: 0 in both
    std::vector<SupportTicket> tickets{friday, holiday, early};
    for (SupportTicket& t : tickets)
        t.createdDay = t.createdAt / 86400;

    // Without a schedule there are no business figures at all.
    const SupportRow calendar = supportByPeriod(tickets, {july}, {julyEnd}, julyEnd, false)[0];
    EXPECT_EQ(calendar.answered, 2);
    EXPECT_TRUE(calendar.frtMedian);
    EXPECT_FALSE(calendar.frtBusinessMedian);
    EXPECT_FALSE(calendar.frtBusinessP90);
    EXPECT_FALSE(calendar.resolutionBusinessMedian);

    BusinessClock clock(berlinOffice());
    addBusinessDurations(tickets, clock);
    EXPECT_EQ(tickets[0].frtBusiness, hour);
    EXPECT_EQ(tickets[0].resolutionBusiness, 9 * hour);
    EXPECT_EQ(tickets[1].frtBusiness, 2 * hour);
    EXPECT_EQ(tickets[2].frtBusiness, noTime);
    EXPECT_EQ(tickets[2].resolutionBusiness, 0);
    const SupportRow r = supportByPeriod(tickets, {july}, {julyEnd}, julyEnd, false)[0];
    EXPECT_EQ(r.answered, 2);
    EXPECT_DOUBLE_EQ(*r.frtBusinessMedian, 1.5 * hour);
    EXPECT_DOUBLE_EQ(*r.frtBusinessP90, 1.9 * hour);
    EXPECT_DOUBLE_EQ(*r.resolutionBusinessMedian, 2 * hour); // 0, 2 h and 9 h
    EXPECT_DOUBLE_EQ(*r.resolutionBusinessP90, 7.6 * hour);
    EXPECT_DOUBLE_EQ(*r.frtMedian, *calendar.frtMedian); // calendar figures unchanged
}

TEST(SupportTimeZones, LateOnAMonthsLastDayBelongsToThatMonthInTheStoresZone) {
    // 23:30 in New York on 31 July is already 1 August in UTC.
    test::TempStore t;
    const auto tickets = ticketsInZone(t, "America/New_York",
                                       "ticket_id,created_at,first_response_at,resolved_at\n"
                                       "T1,2024-07-31T23:30:00-04:00,2024-08-01T00:10:00-04:00,\n"
                                       "T2,2024-08-01T00:30:00-04:00,,\n");
    ASSERT_EQ(tickets.size(), 2u);
    EXPECT_EQ(tickets[0].createdDay, daysFromCivil(2024, 7, 31));
    EXPECT_EQ(tickets[1].createdDay, daysFromCivil(2024, 8, 1));
    const std::vector<Period> months{july, {daysFromCivil(2024, 8, 1), daysFromCivil(2024, 9, 1)}};
    const auto ends = store::periodEndInstants(*t.store, months);
    EXPECT_EQ(ends[0], at("2024-08-01T00:00:00-04:00"));
    const auto rows = supportByPeriod(tickets, months, ends, at("2024-09-01T00:00:00Z"), false);
    EXPECT_EQ(rows[0].tickets, 1);
    EXPECT_EQ(rows[1].tickets, 1);
    EXPECT_DOUBLE_EQ(*rows[0].frtMedian, 40 * 60);
    EXPECT_EQ(rows[0].backlog, 1); // T1 is still open at the end of July, T2 not yet created
}

TEST(SupportTimeZones, NewYorkDaysAndMonthsAcrossTheNovemberChange) {
    // 2024-11-03 has 25 hours in New York (02:00 EDT → 01:00 EST).
    test::TempStore t;
    const auto tickets = ticketsInZone(t, "America/New_York",
                                       "ticket_id,created_at,first_response_at,resolved_at\n"
                                       // Sunday noon, resolved 23:45 EST: closed before the day ends
                                       "T1,2024-11-03T17:00:00Z,,2024-11-04T04:45:00Z\n"
                                       // Sunday noon, resolved 00:30 EST on Monday: open at the end
                                       "T2,2024-11-03T17:00:00Z,,2024-11-04T05:30:00Z\n"
                                       // 23:30 EST on Sunday, 04:30 UTC on Monday
                                       "T3,2024-11-04T04:30:00Z,,\n"
                                       // 23:30 EST on 30 November, 04:30 UTC on 1 December
                                       "T4,2024-12-01T04:30:00Z,,\n");
    ASSERT_EQ(tickets.size(), 4u);
    EXPECT_EQ(tickets[2].createdDay, daysFromCivil(2024, 11, 3));
    EXPECT_EQ(tickets[3].createdDay, daysFromCivil(2024, 11, 30));

    const std::vector<Period> days =
        periodsCovering(daysFromCivil(2024, 11, 2), daysFromCivil(2024, 11, 4), PeriodUnit::Day);
    const auto dayEnds = store::periodEndInstants(*t.store, days);
    ASSERT_EQ(dayEnds.size(), 3u);
    EXPECT_EQ(dayEnds[0], at("2024-11-03T04:00:00Z")); // midnight EDT
    EXPECT_EQ(dayEnds[1], at("2024-11-04T05:00:00Z")); // midnight EST
    EXPECT_EQ(dayEnds[1] - dayEnds[0], 25 * hour);
    const auto daily = supportByPeriod(tickets, days, dayEnds, at("2024-12-31T00:00:00Z"), false);
    EXPECT_EQ(daily[1].tickets, 3);
    EXPECT_EQ(daily[1].backlog, 2); // T2 and T3
    EXPECT_EQ(daily[2].tickets, 0);

    const std::vector<Period> months =
        periodsCovering(daysFromCivil(2024, 10, 1), daysFromCivil(2024, 12, 1), PeriodUnit::Month);
    const auto monthEnds = store::periodEndInstants(*t.store, months);
    EXPECT_EQ(monthEnds[0], at("2024-11-01T04:00:00Z"));
    EXPECT_EQ(monthEnds[1], at("2024-12-01T05:00:00Z"));
    const auto monthly = supportByPeriod(tickets, months, monthEnds, at("2024-12-31T00:00:00Z"), false);
    EXPECT_EQ(monthly[1].tickets, 4);
    EXPECT_EQ(monthly[1].backlog, 2); // T3, and T4 created half an hour before November ends
    EXPECT_EQ(monthly[2].tickets, 0);
}
