// `tenure-cli report nps --explain PERIOD`: the answers behind one period's NPS, in the same
// customer_id, role, reason table as the churn explanation.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliExplain : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    CliResult run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // metrics.md's worked example in July (N0 … N9 on July 10 … 19), and one answer in June.
    void importWorkedExample() {
        std::string answers = "customer_id,responded_at,score\nJ0,2024-06-20,2\n";
        int i = 0;
        for (const int score : {10, 9, 9, 10, 9, 7, 8, 7, 3, 6}) {
            answers += "N" + std::to_string(i) + ",2024-07-1" + std::to_string(i) + "," +
                       std::to_string(score) + "\n";
            ++i;
        }
        const QString path = dir.filePath(QStringLiteral("nps.csv"));
        std::ofstream(path.toStdString(), std::ios::binary) << answers;
        ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("nps"), path}).exitCode, 0);
    }
};

} // namespace

TEST_F(CliExplain, NpsExplainListsTheAnswersBehindAPeriod) {
    importWorkedExample();
    CliResult r = run({QStringLiteral("report"), QStringLiteral("nps"), QStringLiteral("--explain"),
                       QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("metric")).toString(), QStringLiteral("nps explain 2024-07"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 10); // June's answer is not behind July's figure
    int numerator = 0, denominator = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString role = row.value(QStringLiteral("role")).toString();
        numerator += role == QStringLiteral("numerator") ? 1 : 0;
        denominator += role == QStringLiteral("denominator") ? 1 : 0;
        EXPECT_TRUE(row.value(QStringLiteral("customer_id")).toString().startsWith(u'N'));
    }
    EXPECT_EQ(numerator, 5);   // promoters
    EXPECT_EQ(denominator, 5); // 3 passives and 2 detractors
    const QJsonObject first = rows.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("customer_id")).toString(), QStringLiteral("N0"));
    EXPECT_EQ(first.value(QStringLiteral("reason")).toString(),
              QStringLiteral("score 10 on 2024-07-10: promoter"));

    // The same table shape as churn's --explain, in CSV too.
    r = run({QStringLiteral("report"), QStringLiteral("nps"), QStringLiteral("--explain"),
             QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("customer_id,role,reason"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral(",numerator,")), 5);
    EXPECT_EQ(r.out.count(QStringLiteral("detractor (subtracted from the promoters)")), 2);
    EXPECT_EQ(r.out.count(QStringLiteral("passive (in the denominator only)")), 3);
}

TEST_F(CliExplain, NpsExplainNeedsAPeriodLabel) {
    importWorkedExample();
    const CliResult r = run({QStringLiteral("report"), QStringLiteral("nps"), QStringLiteral("--explain"),
                             QStringLiteral("July")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--explain takes a period label"))) << r.err.toStdString();
}

TEST_F(CliExplain, SupportExplainListsTheTicketsBehindTheTwentyFourHourRate) {
    const QString path = dir.filePath(QStringLiteral("tickets.csv"));
    std::ofstream(path.toStdString(), std::ios::binary)
        << "ticket_id,customer_id,created_at,first_response_at\n"
           "T1,A,2024-07-03T09:00:00Z,2024-07-03T12:12:00Z\n"
           "T2,B,2024-07-03T09:00:00Z,2024-07-04T10:00:00Z\n"
           "T3,C,2024-07-03T09:00:00Z,\n"
           "T4,D,2024-07-23T09:00:00Z,\n";
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("tickets"), path}).exitCode, 0);
    const CliResult figure = run({QStringLiteral("report"), QStringLiteral("support"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(figure.exitCode, 0) << figure.err.toStdString();
    const QJsonArray periods =
        QJsonDocument::fromJson(figure.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(periods.size(), 1);
    EXPECT_NEAR(periods[0].toObject().value(QStringLiteral("resp24_pct")).toDouble(), 100.0 / 3.0, 1e-9);

    const CliResult r = run({QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--explain"),
                             QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("customer_id,role,reason"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral(",numerator,")), 1);
    EXPECT_EQ(r.out.count(QStringLiteral(",denominator,")), 2);
    EXPECT_EQ(r.out.count(QStringLiteral(",excluded,")), 1); // T4: the as-of time is its own creation
    // The reason names the ticket; its id is a column of its own too, after the usual three.
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("customer_id,role,reason,ticket_id"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "A,numerator,\"ticket T1 created on 2024-07-03, answered after 3 h 12 min: within 24 h\",T1")))
        << r.out.toStdString();
}

// The rows behind a cohort cell: every member of the cohort, the active ones as numerator.
TEST(CliExplainCohorts, CellMembersAreTheCohortAndTheActiveOnesTheNumerator) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    auto cli = [&db](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(120000);
        return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
    };
    ASSERT_EQ(
        cli({QStringLiteral("import"), QStringLiteral("orders"),
             tenure::test::sharedData(QStringLiteral("online_retail/online_retail_customers_mod10.csv"))})
            .first,
        0);
    const QStringList cohorts{QStringLiteral("report"),     QStringLiteral("cohorts"),
                              QStringLiteral("--basis"),    QStringLiteral("first_order"),
                              QStringLiteral("--activity"), QStringLiteral("orders"),
                              QStringLiteral("--format"),   QStringLiteral("json")};
    const auto [code, report] = cli(cohorts);
    ASSERT_EQ(code, 0);
    QJsonObject cell;
    for (const QJsonValue& row : report.value(QStringLiteral("rows")).toArray())
        if (row[QStringLiteral("offset")].toInt() == 2 && cell.isEmpty()) cell = row.toObject();
    ASSERT_FALSE(cell.isEmpty());
    const auto [explainCode, explained] =
        cli(cohorts + QStringList{QStringLiteral("--explain"),
                                  cell[QStringLiteral("cohort")].toString() + QStringLiteral(":2")});
    ASSERT_EQ(explainCode, 0);
    const QJsonArray rows = explained.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(rows.size(), cell[QStringLiteral("size")].toInt());
    const auto numerator = std::count_if(rows.begin(), rows.end(), [](const QJsonValue& row) {
        return row[QStringLiteral("role")].toString() == QStringLiteral("numerator");
    });
    EXPECT_EQ(numerator, cell[QStringLiteral("active")].toInt());
    EXPECT_EQ(cli(cohorts + QStringList{QStringLiteral("--explain"), QStringLiteral("2011-01")}).first, 2);
}
