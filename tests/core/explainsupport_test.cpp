// The tickets behind every support figure (metrics::explainSupport): hand-written tickets, reason
// by reason, and for every figure and cell the listed tickets give the figure back.
#include "metrics/ratios.h"
#include "metrics/supportexplain.h"
#include "model/dates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>

using namespace tenure;
using namespace tenure::metrics;

namespace {

constexpr int64_t minute = 60, hour = 3600, day = 86400;
const Period june{daysFromCivil(2024, 6, 1), daysFromCivil(2024, 7, 1)};
const Period july{daysFromCivil(2024, 7, 1), daysFromCivil(2024, 8, 1)};
const int64_t julyStart = july.start * day, julyEnd = july.end * day; // the tests run in UTC

struct Spec {
    const char* key;
    int64_t createdAt;
    int64_t frt = -1;        // seconds to the first response; -1 none (below 0: stamped before)
    int64_t resolution = -1; // seconds to resolution; -1 none
    int contacts = -1;
    const char* channel = "email";
    double wait = -1;
    int abandoned = -1;
};

SupportTicket make(const Spec& s) {
    SupportTicket t;
    t.key = QString::fromLatin1(s.key);
    t.customer = std::atoi(s.key + 1);
    t.createdAt = s.createdAt;
    t.createdDay = s.createdAt / day;
    t.firstResponseAt = s.frt == -1 ? noTime : s.createdAt + s.frt;
    t.resolvedAt = s.resolution == -1 ? noTime : s.createdAt + s.resolution;
    t.contacts = s.contacts;
    t.group = QString::fromLatin1(s.channel);
    t.live = t.group == QStringLiteral("chat") || t.group == QStringLiteral("phone");
    t.waitSeconds = s.wait;
    t.abandoned = s.abandoned;
    return t;
}

// July 2024 with a few June tickets: every way a ticket can count or be left out.
std::vector<SupportTicket> julyTickets() {
    const int64_t j3 = julyStart + 2 * day + 9 * hour; // 2024-07-03 09:00
    const std::vector<Spec> specs{
        {"T1", j3, 1 * hour, 2 * hour, 1},                            // answered, resolved, one touch
        {"T2", j3 + hour, 3 * hour + 12 * minute, 2 * day, 3},        // three contacts
        {"T3", j3 + 2 * hour, 30 * hour, -1},                         // answered late, still open
        {"T4", j3 + 3 * hour, -1, -1},                                // never answered, open
        {"T5", j3 + 4 * hour, 5 * hour, 6 * hour, -1},                // resolved, contacts unknown
        {"T6", j3 + day, 2 * minute, 10 * minute, 0, "chat", 45, 0},  // live, short wait
        {"T7", j3 + day, 4 * minute, 20 * minute, 1, "chat", 301, 0}, // live, just over 5 min
        {"T8", j3 + day, -1, -1, -1, "phone", 420, 1},                // live, abandoned
        {"T9", j3 + day, -1, -1, -1, "phone", -1, -1},                // live, nothing recorded
        {"T10", julyEnd - 2 * hour, -1, -1},                          // too recent for the 24-h rate
        {"T11", julyStart - 2 * hour, 4 * hour, 3 * hour, 0},         // June; answered and resolved in July
        {"T12", julyStart - 10 * day, -1, 45 * day},                  // June; open at July's end
        {"T13", julyStart - 10 * day, 1 * hour, 12 * day},            // June; resolved in July
        {"T14", julyStart - 20 * day, 1 * hour, 2 * day},             // June; resolved in June
        {"T15", julyEnd + day, 1 * hour},                             // August
        {"T16", j3 + 5 * hour, -hour, -hour},                         // stamps before its creation
    };
    std::vector<SupportTicket> tickets;
    for (const Spec& s : specs)
        tickets.push_back(make(s));
    return tickets;
}

const int64_t asOf = julyEnd - hour; // T10 is less than 24 h old

SupportCell cellOf(const Period& p, std::optional<QString> group = std::nullopt) {
    return {p, p.start * day, p.end * day, std::move(group)};
}

const ExplainedTicket* find(const std::vector<ExplainedTicket>& rows, const char* key) {
    for (const ExplainedTicket& r : rows)
        if (r.ticket == QLatin1String(key)) return &r;
    return nullptr;
}

QStringList keysOf(const std::vector<ExplainedTicket>& rows, Role role) {
    QStringList keys;
    for (const ExplainedTicket& r : rows)
        if (r.role == role) keys.append(r.ticket);
    return keys;
}

int64_t count(const std::vector<ExplainedTicket>& rows, Role role) {
    return std::count_if(rows.begin(), rows.end(), [role](const auto& r) { return r.role == role; });
}

// The seconds a duration figure takes from a ticket, straight from the input (not the reasons).
double secondsOf(SupportKpi kpi, const SupportTicket& t) {
    switch (kpi) {
    case SupportKpi::FrtMedian:
    case SupportKpi::FrtP90:
        return static_cast<double>(t.firstResponseAt - t.createdAt);
    case SupportKpi::ResolutionMedian:
    case SupportKpi::ResolutionP90:
        return static_cast<double>(t.resolvedAt - t.createdAt);
    case SupportKpi::FrtBusinessMedian:
    case SupportKpi::FrtBusinessP90:
        return static_cast<double>(t.frtBusiness);
    case SupportKpi::ResolutionBusinessMedian:
    case SupportKpi::ResolutionBusinessP90:
        return static_cast<double>(t.resolutionBusiness);
    default:
        return t.waitSeconds;
    }
}

// The figure an explanation adds up to, computed from its rows alone.
std::optional<double> figureFromRows(SupportKpi kpi, const std::vector<ExplainedTicket>& rows,
                                     const std::vector<SupportTicket>& tickets) {
    const int64_t numerator = count(rows, Role::Numerator);
    switch (kpi) {
    case SupportKpi::Tickets:
    case SupportKpi::Answered:
    case SupportKpi::LiveContacts:
    case SupportKpi::Backlog:
        EXPECT_EQ(count(rows, Role::Denominator), 0);
        return static_cast<double>(numerator);
    case SupportKpi::Resp24:
    case SupportKpi::Fcr:
    case SupportKpi::WaitOver5Min:
    case SupportKpi::Abandon:
        return percent(static_cast<double>(numerator),
                       static_cast<double>(numerator + count(rows, Role::Denominator)));
    default:
        break;
    }
    std::map<QString, const SupportTicket*> byKey;
    for (const SupportTicket& t : tickets)
        byKey[t.key] = &t;
    std::vector<double> values;
    for (const ExplainedTicket& r : rows)
        if (r.role == Role::Numerator) values.push_back(secondsOf(kpi, *byKey.at(r.ticket)));
    EXPECT_TRUE(std::is_sorted(values.begin(), values.end())) << "the sample is listed shortest first";
    if (kpi == SupportKpi::WaitAvg) {
        if (values.empty()) return std::nullopt;
        return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    }
    const bool median = kpi == SupportKpi::FrtMedian || kpi == SupportKpi::ResolutionMedian ||
                        kpi == SupportKpi::FrtBusinessMedian || kpi == SupportKpi::ResolutionBusinessMedian;
    return quantile(values, median ? 0.5 : 0.9);
}

std::optional<double> figureOf(SupportKpi kpi, const SupportRow& r) {
    switch (kpi) {
    case SupportKpi::Tickets:
        return static_cast<double>(r.tickets);
    case SupportKpi::Answered:
        return static_cast<double>(r.answered);
    case SupportKpi::FrtMedian:
        return r.frtMedian;
    case SupportKpi::FrtP90:
        return r.frtP90;
    case SupportKpi::Resp24:
        return r.resp24Pct;
    case SupportKpi::Fcr:
        return r.fcrPct;
    case SupportKpi::ResolutionMedian:
        return r.resolutionMedian;
    case SupportKpi::ResolutionP90:
        return r.resolutionP90;
    case SupportKpi::LiveContacts:
        return static_cast<double>(r.liveContacts);
    case SupportKpi::WaitAvg:
        return r.waitAvg;
    case SupportKpi::WaitP90:
        return r.waitP90;
    case SupportKpi::WaitOver5Min:
        return r.waitOver5MinPct;
    case SupportKpi::Abandon:
        return r.abandonPct;
    case SupportKpi::Backlog:
        return static_cast<double>(r.backlog);
    case SupportKpi::FrtBusinessMedian:
        return r.frtBusinessMedian;
    case SupportKpi::FrtBusinessP90:
        return r.frtBusinessP90;
    case SupportKpi::ResolutionBusinessMedian:
        return r.resolutionBusinessMedian;
    case SupportKpi::ResolutionBusinessP90:
        return r.resolutionBusinessP90;
    }
    return std::nullopt;
}

// Every figure of every (period, group) row agrees with its explanation.
void expectEveryFigureAgrees(const std::vector<SupportTicket>& tickets, bool byGroup) {
    const std::vector<Period> periods{june, july};
    const auto rows = supportByPeriod(tickets, periods, {june.end * day, july.end * day}, asOf, byGroup);
    for (const SupportRow& row : rows) {
        for (const QString& name : supportKpiNames()) {
            const SupportKpi kpi = *supportKpiByName(name);
            SCOPED_TRACE(
                QString(formatDate(row.period.start) + u' ' + row.group + u' ' + name).toStdString());
            const auto cell = cellOf(row.period, byGroup ? std::optional(row.group) : std::nullopt);
            const auto explained = explainSupport(tickets, kpi, cell, asOf);
            const auto expected = figureOf(kpi, row);
            const auto actual = figureFromRows(kpi, explained, tickets);
            ASSERT_EQ(expected.has_value(), actual.has_value());
            if (expected) {
                EXPECT_NEAR(*actual, *expected, 1e-9);
            }
        }
    }
}

} // namespace

TEST(SupportKpiNames, AreTheReportsFieldNamesBothWays) {
    EXPECT_EQ(supportKpiNames().size(), 18);
    for (const QString& name : supportKpiNames())
        EXPECT_EQ(supportKpiName(*supportKpiByName(name)), name);
    EXPECT_EQ(supportKpiByName(u"fcr_pct"), SupportKpi::Fcr);
    EXPECT_EQ(supportKpiByName(u"backlog"), SupportKpi::Backlog);
    EXPECT_FALSE(supportKpiByName(u"frt_median"));
    EXPECT_FALSE(supportKpiByName(u"period"));
}

TEST(SupportReadableDuration, SecondsOnlyWhereTheyMatter) {
    EXPECT_EQ(readableDuration(45), QStringLiteral("45 s"));
    EXPECT_EQ(readableDuration(300), QStringLiteral("5 min"));
    EXPECT_EQ(readableDuration(301), QStringLiteral("5 min 1 s"));
    EXPECT_EQ(readableDuration(3 * hour + 12 * minute), QStringLiteral("3 h 12 min"));
    EXPECT_EQ(readableDuration(day + hour), QStringLiteral("1 d 1 h"));
}

TEST(ExplainSupport, FirstResponseMedianListsTheSampleByDurationAndMarksTheMedianRanks) {
    const auto rows = explainSupport(julyTickets(), SupportKpi::FrtMedian, cellOf(july), asOf);
    // Six answered July tickets, shortest first; the median lies between ranks 3 and 4.
    EXPECT_EQ(keysOf(rows, Role::Numerator),
              (QStringList{QStringLiteral("T6"), QStringLiteral("T7"), QStringLiteral("T1"),
                           QStringLiteral("T2"), QStringLiteral("T5"), QStringLiteral("T3")}));
    EXPECT_EQ(rows[0].reason, QStringLiteral("ticket T6: first response after 2 min (rank 1 of 6)"));
    EXPECT_EQ(rows[2].reason, QStringLiteral("ticket T1: first response after 1 h 0 min (rank 3 of 6): the "
                                             "median, 2 h 6 min, lies between ranks 3 and 4"));
    EXPECT_EQ(rows[3].reason, QStringLiteral("ticket T2: first response after 3 h 12 min (rank 4 of 6): the "
                                             "median, 2 h 6 min, lies between ranks 3 and 4"));
    EXPECT_EQ(rows[2].customer, 1);
    // Left out, each with why: no response, a stamp before creation; June's T11 answered in July.
    EXPECT_EQ(keysOf(rows, Role::Excluded),
              (QStringList{QStringLiteral("T4"), QStringLiteral("T16"), QStringLiteral("T8"),
                           QStringLiteral("T9"), QStringLiteral("T10"), QStringLiteral("T11")}));
    EXPECT_EQ(find(rows, "T4")->reason, QStringLiteral("ticket T4: no response yet"));
    EXPECT_EQ(find(rows, "T16")->reason,
              QStringLiteral("ticket T16: first response stamped before its creation: left out"));
    EXPECT_EQ(find(rows, "T11")->reason,
              QStringLiteral("ticket T11: created on 2024-06-30, outside the period (a ticket counts in the "
                             "period it was created in); first response after 4 h 0 min"));
    EXPECT_EQ(find(rows, "T15"), nullptr); // August's: nothing to do with July
    EXPECT_EQ(count(rows, Role::Denominator), 0);
}

TEST(ExplainSupport, AnOddSampleMarksOneRankAndTheP90ItsOwn) {
    std::vector<SupportTicket> tickets;
    for (int i = 1; i <= 3; ++i)
        tickets.push_back(make({i == 1 ? "A1" : i == 2 ? "A2" : "A3", julyStart + hour, i * hour}));
    auto rows = explainSupport(tickets, SupportKpi::FrtMedian, cellOf(july), asOf);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].reason,
              QStringLiteral("ticket A2: first response after 2 h 0 min (rank 2 of 3): the median"));
    rows = explainSupport(tickets, SupportKpi::FrtP90, cellOf(july), asOf);
    // Position 0.9 × 2 = 1.8: between ranks 2 and 3, 2 h 48 min.
    EXPECT_TRUE(rows[1].reason.endsWith(QStringLiteral(": the p90, 2 h 48 min, lies between ranks 2 and 3")));
    EXPECT_TRUE(rows[2].reason.endsWith(QStringLiteral(": the p90, 2 h 48 min, lies between ranks 2 and 3")));
    EXPECT_FALSE(rows[0].reason.contains(QStringLiteral("p90")));
}

TEST(ExplainSupport, NoAnsweredTicketNoMedianButTheTicketsAreStillListed) {
    const std::vector<SupportTicket> tickets{make({"N1", julyStart + hour}),
                                             make({"N2", julyStart + 2 * hour})};
    const auto figure = supportByPeriod(tickets, {july}, {julyEnd}, asOf, false);
    ASSERT_FALSE(figure[0].frtMedian);
    ASSERT_FALSE(figure[0].resolutionP90);
    for (const SupportKpi kpi : {SupportKpi::FrtMedian, SupportKpi::ResolutionP90, SupportKpi::Fcr}) {
        const auto rows = explainSupport(tickets, kpi, cellOf(july), asOf);
        ASSERT_EQ(rows.size(), 2u);
        EXPECT_EQ(count(rows, Role::Excluded), 2);
    }
    const auto rows = explainSupport(tickets, SupportKpi::ResolutionMedian, cellOf(july), asOf);
    EXPECT_EQ(rows[0].reason, QStringLiteral("ticket N1: not resolved yet"));
    // No tickets at all: an empty list, and the figure is undefined.
    EXPECT_TRUE(explainSupport({}, SupportKpi::FrtMedian, cellOf(july), asOf).empty());
}

TEST(ExplainSupport, FirstContactResolution) {
    const auto rows = explainSupport(julyTickets(), SupportKpi::Fcr, cellOf(july), asOf);
    EXPECT_EQ(keysOf(rows, Role::Numerator),
              (QStringList{QStringLiteral("T1"), QStringLiteral("T6"), QStringLiteral("T7")}));
    EXPECT_EQ(keysOf(rows, Role::Denominator), QStringList{QStringLiteral("T2")});
    EXPECT_EQ(
        find(rows, "T1")->reason,
        QStringLiteral("ticket T1: resolved after 2 h 0 min with 1 agent contact: first-contact resolution"));
    EXPECT_EQ(find(rows, "T2")->reason,
              QStringLiteral("ticket T2: resolved after 2 d 0 h with 3 agent contacts: more than one"));
    EXPECT_EQ(find(rows, "T5")->reason,
              QStringLiteral("ticket T5: resolved after 6 h 0 min, contact count unknown"));
    EXPECT_EQ(find(rows, "T5")->role, Role::Excluded);
    EXPECT_EQ(find(rows, "T3")->reason, QStringLiteral("ticket T3: not resolved yet"));
    EXPECT_EQ(find(rows, "T13")->role, Role::Excluded); // June's, resolved in July
    EXPECT_EQ(find(rows, "T12"), nullptr);              // June's, resolved in August
}

TEST(ExplainSupport, LiveWaitsAndAbandonment) {
    const auto tickets = julyTickets();
    auto rows = explainSupport(tickets, SupportKpi::WaitOver5Min, cellOf(july), asOf);
    EXPECT_EQ(keysOf(rows, Role::Numerator), (QStringList{QStringLiteral("T7"), QStringLiteral("T8")}));
    EXPECT_EQ(keysOf(rows, Role::Denominator), QStringList{QStringLiteral("T6")});
    EXPECT_EQ(find(rows, "T6")->reason, QStringLiteral("ticket T6: waited 45 s: 5 minutes or less"));
    EXPECT_EQ(find(rows, "T7")->reason, QStringLiteral("ticket T7: waited 5 min 1 s: over 5 minutes"));
    EXPECT_EQ(find(rows, "T9")->reason, QStringLiteral("ticket T9: live contact without a recorded wait"));
    EXPECT_EQ(find(rows, "T1")->reason, QStringLiteral("ticket T1: not a live channel (chat or phone)"));

    rows = explainSupport(tickets, SupportKpi::Abandon, cellOf(july), asOf);
    EXPECT_EQ(keysOf(rows, Role::Numerator), QStringList{QStringLiteral("T8")});
    EXPECT_EQ(find(rows, "T8")->reason,
              QStringLiteral("ticket T8: abandoned before an agent answered after waiting 7 min"));
    EXPECT_EQ(keysOf(rows, Role::Denominator), (QStringList{QStringLiteral("T6"), QStringLiteral("T7")}));
    EXPECT_EQ(find(rows, "T9")->reason, QStringLiteral("ticket T9: live contact, outcome not recorded"));

    rows = explainSupport(tickets, SupportKpi::WaitP90, cellOf(july), asOf);
    EXPECT_EQ(keysOf(rows, Role::Numerator),
              (QStringList{QStringLiteral("T6"), QStringLiteral("T7"), QStringLiteral("T8")}));
}

TEST(ExplainSupport, BacklogIsWhatIsOpenAtThePeriodsEnd) {
    const auto rows = explainSupport(julyTickets(), SupportKpi::Backlog, cellOf(july), asOf);
    // Still open (T3, T4, T8, T9, T10) or resolved after July (T12), by creation.
    EXPECT_EQ(keysOf(rows, Role::Numerator),
              (QStringList{QStringLiteral("T12"), QStringLiteral("T3"), QStringLiteral("T4"),
                           QStringLiteral("T8"), QStringLiteral("T9"), QStringLiteral("T10")}));
    EXPECT_EQ(
        find(rows, "T12")->reason,
        QStringLiteral("ticket T12: created on 2024-06-21, resolved after the period's end: open for 41 d "
                       "0 h at its end"));
    EXPECT_EQ(find(rows, "T4")->reason,
              QStringLiteral(
                  "ticket T4: created on 2024-07-03, still open: open for 28 d 12 h at the period's end"));
    EXPECT_EQ(find(rows, "T1")->reason,
              QStringLiteral(
                  "ticket T1: created on 2024-07-03, resolved after 2 h 0 min, before the period's end"));
    EXPECT_EQ(find(rows, "T13")->role, Role::Excluded); // resolved in July
    EXPECT_EQ(find(rows, "T16")->reason,
              QStringLiteral(
                  "ticket T16: created on 2024-07-03, resolution stamped before its creation: left out"));
    EXPECT_EQ(find(rows, "T14"), nullptr); // resolved in June
    EXPECT_EQ(find(rows, "T15"), nullptr); // created in August
}

TEST(ExplainSupport, TheTwentyFourHourRateNamesTheTicket) {
    const auto rows = explainSupport(julyTickets(), SupportKpi::Resp24, cellOf(july), asOf);
    EXPECT_EQ(find(rows, "T1")->reason,
              QStringLiteral("ticket T1 created on 2024-07-03, answered after 1 h 0 min: within 24 h"));
    EXPECT_EQ(find(rows, "T10")->role, Role::Excluded);
    EXPECT_EQ(find(rows, "T11"), nullptr); // only the period's own tickets, as before
}

TEST(ExplainSupport, AGroupCellListsOnlyItsGroup) {
    const auto rows =
        explainSupport(julyTickets(), SupportKpi::Tickets, cellOf(july, QStringLiteral("phone")), asOf);
    EXPECT_EQ(keysOf(rows, Role::Numerator), (QStringList{QStringLiteral("T8"), QStringLiteral("T9")}));
    EXPECT_EQ(rows[0].reason, QStringLiteral("ticket T8: created on 2024-07-04"));
    EXPECT_TRUE(explainSupport(julyTickets(), SupportKpi::Tickets, cellOf(july, QStringLiteral("fax")), asOf)
                    .empty());
}

TEST(ExplainSupport, BusinessTimeWithoutAScheduleSaysSo) {
    auto tickets = julyTickets();
    auto rows = explainSupport(tickets, SupportKpi::FrtBusinessMedian, cellOf(july), asOf);
    EXPECT_EQ(count(rows, Role::Numerator), 0);
    EXPECT_EQ(find(rows, "T1")->reason,
              QStringLiteral("ticket T1: first response after 1 h 0 min, no business "
                             "time: no schedule is configured"));
    // With business durations (as addBusinessDurations leaves them), the sample is theirs.
    for (SupportTicket& t : tickets) {
        if (t.firstResponseAt != noTime && t.firstResponseAt >= t.createdAt)
            t.frtBusiness = (t.firstResponseAt - t.createdAt) / 2;
        if (t.resolvedAt != noTime && t.resolvedAt >= t.createdAt)
            t.resolutionBusiness = (t.resolvedAt - t.createdAt) / 3;
    }
    rows = explainSupport(tickets, SupportKpi::FrtBusinessMedian, cellOf(july), asOf);
    EXPECT_EQ(
        find(rows, "T1")->reason,
        QStringLiteral("ticket T1: first response after 30 min of business time (rank 3 of 6): the median, "
                       "1 h 3 min, lies between ranks 3 and 4"));
    expectEveryFigureAgrees(tickets, false);
}

TEST(ExplainSupport, EveryFigureOfEveryCellAgreesWithItsExplanation) {
    expectEveryFigureAgrees(julyTickets(), false);
    expectEveryFigureAgrees(julyTickets(), true);
}
