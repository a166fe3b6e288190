// `tenure-cli report support --explain PERIOD[:GROUP] --kpi NAME`: the tickets behind every
// support figure of a period or of one channel's cell, and the figure they add up to.
#include "metrics/support.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <numeric>

namespace {

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

// Seconds to the first response, to resolution, and the wait, as the CSV below gives them.
struct Durations {
    double frt = -1, resolution = -1, wait = -1;
};
const std::map<QString, Durations> durations{
    {QStringLiteral("E1"), {3600, 7200, -1}},   {QStringLiteral("E2"), {11520, 172800, -1}},
    {QStringLiteral("E3"), {108000, -1, -1}},   {QStringLiteral("E4"), {-1, -1, -1}},
    {QStringLiteral("C1"), {120, 600, 45}},     {QStringLiteral("C2"), {240, 1200, 301}},
    {QStringLiteral("C3"), {-1, -1, 420}},      {QStringLiteral("C4"), {60, 60, -1}},
    {QStringLiteral("J1"), {14400, 10800, -1}},
};

class CliExplainSupport : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    void SetUp() override {
        const QString path = dir.filePath(QStringLiteral("tickets.csv"));
        std::ofstream(path.toStdString(), std::ios::binary)
            << "ticket_id,customer_id,created_at,first_response_at,resolved_at,channel,contacts,wait_seconds,"
               "abandoned\n"
               "E1,A,2024-07-03T09:00:00Z,2024-07-03T10:00:00Z,2024-07-03T11:00:00Z,email,1,,\n"
               "E2,B,2024-07-03T10:00:00Z,2024-07-03T13:12:00Z,2024-07-05T10:00:00Z,email,3,,\n"
               "E3,C,2024-07-03T11:00:00Z,2024-07-04T17:00:00Z,,email,,,\n"
               "E4,D,2024-07-03T12:00:00Z,,,email,,,\n"
               "C1,A,2024-07-04T09:00:00Z,2024-07-04T09:02:00Z,2024-07-04T09:10:00Z,chat,0,45,false\n"
               "C2,B,2024-07-04T09:00:00Z,2024-07-04T09:04:00Z,2024-07-04T09:20:00Z,chat,1,301,false\n"
               "C3,C,2024-07-04T09:00:00Z,,,phone,,420,true\n"
               "C4,D,2024-07-30T09:00:00Z,2024-07-30T09:01:00Z,2024-07-30T09:01:00Z,chat,2,,\n"
               "J1,E,2024-06-30T22:00:00Z,2024-07-01T02:00:00Z,2024-07-01T01:00:00Z,email,0,,\n";
        ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("tickets"), path}).exitCode, 0);
    }

    CliRun run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
                QString::fromUtf8(p.readAllStandardError())};
    }
};

// The figure the explanation's rows give: a count, a ratio, or the average, median or p90 of the
// listed tickets' own durations.
QJsonValue figureOf(const QString& kpi, const QJsonArray& rows) {
    int numerator = 0, denominator = 0;
    std::vector<double> values;
    for (const QJsonValue& v : rows) {
        const QString role = v[QStringLiteral("role")].toString();
        if (role == QStringLiteral("denominator")) ++denominator;
        if (role != QStringLiteral("numerator")) continue;
        ++numerator;
        const Durations& d = durations.at(v[QStringLiteral("ticket_id")].toString());
        values.push_back(kpi.startsWith(QStringLiteral("frt"))          ? d.frt
                         : kpi.startsWith(QStringLiteral("resolution")) ? d.resolution
                                                                        : d.wait);
    }
    if (kpi.endsWith(QStringLiteral("_pct")))
        return denominator + numerator == 0 ? QJsonValue()
                                            : QJsonValue(100.0 * numerator / (numerator + denominator));
    if (!kpi.endsWith(QStringLiteral("_s"))) return numerator;
    if (values.empty()) return QJsonValue();
    if (kpi == QStringLiteral("wait_avg_s"))
        return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    return *tenure::metrics::quantile(values, kpi.contains(QStringLiteral("median")) ? 0.5 : 0.9);
}

const QStringList kpis{
    QStringLiteral("tickets"),
    QStringLiteral("answered"),
    QStringLiteral("frt_median_s"),
    QStringLiteral("frt_p90_s"),
    QStringLiteral("resp24_pct"),
    QStringLiteral("fcr_pct"),
    QStringLiteral("resolution_median_s"),
    QStringLiteral("resolution_p90_s"),
    QStringLiteral("live_contacts"),
    QStringLiteral("wait_avg_s"),
    QStringLiteral("wait_p90_s"),
    QStringLiteral("wait_over_5min_pct"),
    QStringLiteral("abandon_pct"),
    QStringLiteral("backlog"),
    QStringLiteral("frt_business_median_s"),
    QStringLiteral("resolution_business_p90_s"),
};

} // namespace

TEST_F(CliExplainSupport, EveryFigureOfEveryCellIsTheSumOfItsTickets) {
    for (const bool grouped : {false, true}) {
        QStringList report{QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--format"),
                           QStringLiteral("json")};
        if (grouped) report << QStringLiteral("--by") << QStringLiteral("channel");
        const CliRun figures = run(report);
        ASSERT_EQ(figures.exitCode, 0) << figures.err.toStdString();
        const QJsonArray rows = figures.json.value(QStringLiteral("rows")).toArray();
        ASSERT_EQ(rows.size(), grouped ? 6 : 2); // June and July (× email, chat, phone)
        for (const QJsonValue& row : rows) {
            QString cell = row[QStringLiteral("period")].toString();
            if (grouped) cell += u':' + row[QStringLiteral("channel")].toString();
            for (const QString& kpi : kpis) {
                SCOPED_TRACE(QString(cell + u' ' + kpi).toStdString());
                const CliRun explained = run(
                    report + QStringList{QStringLiteral("--explain"), cell, QStringLiteral("--kpi"), kpi});
                ASSERT_EQ(explained.exitCode, 0) << explained.err.toStdString();
                const QJsonValue expected = row[kpi];
                const QJsonValue actual =
                    figureOf(kpi, explained.json.value(QStringLiteral("rows")).toArray());
                ASSERT_EQ(expected.isNull(), actual.isNull());
                if (!expected.isNull()) {
                    EXPECT_NEAR(actual.toDouble(), expected.toDouble(), 1e-9);
                }
            }
        }
    }
}

TEST_F(CliExplainSupport, AChannelsFirstResponseMedianNamesItsTickets) {
    const CliRun r =
        run({QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--by"),
             QStringLiteral("channel"), QStringLiteral("--explain"), QStringLiteral("2024-07:email"),
             QStringLiteral("--kpi"), QStringLiteral("frt_median_s"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("metric")).toString(),
              QStringLiteral("support explain frt_median_s 2024-07:email"));
    const QJsonArray rows = r.json.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 5); // E1 … E3 ranked, E4 unanswered, June's J1 answered in July
    const QJsonObject median = rows[1].toObject();
    EXPECT_EQ(median.value(QStringLiteral("ticket_id")).toString(), QStringLiteral("E2"));
    EXPECT_EQ(median.value(QStringLiteral("customer_id")).toString(), QStringLiteral("B"));
    EXPECT_EQ(median.value(QStringLiteral("role")).toString(), QStringLiteral("numerator"));
    EXPECT_EQ(median.value(QStringLiteral("reason")).toString(),
              QStringLiteral("ticket E2: first response after 3 h 12 min (rank 2 of 3): the median"));
    EXPECT_EQ(rows[3].toObject().value(QStringLiteral("reason")).toString(),
              QStringLiteral("ticket E4: no response yet"));
    EXPECT_EQ(rows[4].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("excluded"));
}

TEST_F(CliExplainSupport, UnknownFiguresAndCellsAreUsageErrors) {
    const QStringList support{QStringLiteral("report"), QStringLiteral("support")};
    CliRun r = run(support + QStringList{QStringLiteral("--explain"), QStringLiteral("2024-07"),
                                         QStringLiteral("--kpi"), QStringLiteral("frt_median")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("--kpi takes a field of the support report: tickets, answered")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("(not \"frt_median\")"))) << r.err.toStdString();

    r = run(support + QStringList{QStringLiteral("--explain"), QStringLiteral("2024-07:email")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("give --by channel, priority or agent")))
        << r.err.toStdString();

    r = run(support + QStringList{QStringLiteral("--by"), QStringLiteral("channel"),
                                  QStringLiteral("--explain"), QStringLiteral("2024-07:fax")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("no ticket has channel \"fax\"; channel values: chat, email, phone")))
        << r.err.toStdString();

    r = run(support + QStringList{QStringLiteral("--by"), QStringLiteral("channel"),
                                  QStringLiteral("--explain"), QStringLiteral("July:email")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--explain takes a period label"))) << r.err.toStdString();

    r = run(support + QStringList{QStringLiteral("--kpi"), QStringLiteral("fcr_pct")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--kpi chooses the figure of report support --explain")))
        << r.err.toStdString();

    // Without --kpi, the 24-hour rate as before.
    r = run(support + QStringList{QStringLiteral("--explain"), QStringLiteral("2024-07"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json.value(QStringLiteral("metric")).toString(), QStringLiteral("support explain 2024-07"));
    EXPECT_TRUE(r.json.value(QStringLiteral("rows"))[0][QStringLiteral("reason")].toString().contains(
        QStringLiteral(": within 24 h")));
}
