// `tenure-cli segments` and --segment NAME of a saved segment, as scripts use them.
#include "io/csvreader.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliSegments : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    CliRun run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray rows(const CliRun& r) {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    }
};

// What will be checked: a segment over a custom attribute used with `report churn --segment`.
// The IBM Telco file keeps every unmapped column (Contract, InternetService, …) as a custom
// attribute; the expected counts are read from the file here.
TEST_F(CliSegments, TelcoSegmentOverACustomAttributeWithReportChurn) {
    const QString file = tenure::test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv"));
    CliRun r = run({QStringLiteral("import"), QStringLiteral("customers"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    tenure::io::CsvReader reader;
    ASSERT_TRUE(reader.open(file));
    tenure::io::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    const auto column = [&record](const char* name) {
        return static_cast<size_t>(std::find(record.fields.begin(), record.fields.end(), name) -
                                   record.fields.begin());
    };
    const size_t contract = column("Contract"), internet = column("InternetService"), churn = column("Churn");
    int64_t monthly = 0, monthlyChurned = 0, fiberMonthly = 0, fiberMonthlyChurned = 0;
    while (reader.next(record)) {
        const bool m = record.fields[contract] == "Month-to-month";
        const bool fiber = record.fields[internet] == "Fiber optic";
        const bool churned = record.fields[churn] == "Yes";
        monthly += m;
        monthlyChurned += m && churned;
        fiberMonthly += m && fiber;
        fiberMonthlyChurned += m && fiber && churned;
    }
    ASSERT_GT(monthly, 0);

    r = run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Monthly"),
             QStringLiteral("--rule"), QStringLiteral("Contract = Month-to-month")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("%1 customers").arg(monthly))) << r.out.toStdString();
    r = run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Fiber monthly"),
             QStringLiteral("--match"), QStringLiteral("all"), QStringLiteral("--rule"),
             QStringLiteral("Contract = month-to-month"), QStringLiteral("--rule"),
             QStringLiteral("InternetService = Fiber optic")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
             QStringLiteral("--segment"), QStringLiteral("Monthly"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject row = rows(r).first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("customers")).toInteger(), monthly);
    EXPECT_EQ(row.value(QStringLiteral("churned")).toInteger(), monthlyChurned);
    EXPECT_NEAR(row.value(QStringLiteral("churn_pct")).toDouble(), 100.0 * monthlyChurned / monthly, 1e-9);

    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
             QStringLiteral("--segment"), QStringLiteral("Fiber monthly"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    row = rows(r).first().toObject();
    EXPECT_EQ(row.value(QStringLiteral("customers")).toInteger(), fiberMonthly);
    EXPECT_EQ(row.value(QStringLiteral("churned")).toInteger(), fiberMonthlyChurned);

    // Grouped within the segment: every group is month-to-month.
    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
             QStringLiteral("--by"), QStringLiteral("Contract"), QStringLiteral("--segment"),
             QStringLiteral("Monthly"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_EQ(rows(r).size(), 1);
    EXPECT_EQ(rows(r).first().toObject().value(QStringLiteral("group")).toString(),
              QStringLiteral("Month-to-month"));
}

TEST_F(CliSegments, ListShowDeleteAndUsageErrors) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                   QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--today"),
                   QStringLiteral("2025-06-30")})
                  .exitCode,
              0);
    CliRun r =
        run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Valuable"),
             QStringLiteral("--match"), QStringLiteral("any"), QStringLiteral("--rule"),
             QStringLiteral("mrr >= 1000"), QStringLiteral("--rule"), QStringLiteral("plan = Enterprise")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("segments"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("Valuable\tany\tmrr \u2265 1000 or plan = Enterprise\n"));
    r = run({QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("Valuable"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(shown.value(QStringLiteral("match")).toString(), QStringLiteral("any"));
    EXPECT_EQ(shown.value(QStringLiteral("rules"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("op"))
                  .toString(),
              QStringLiteral(">="));
    const qint64 size = shown.value(QStringLiteral("customers")).toInteger();
    EXPECT_GT(size, 0);

    // A dated report under the saved segment, and the segments report listing it as saved.
    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--segment"),
             QStringLiteral("Valuable"), QStringLiteral("--from"), QStringLiteral("2024-07-01"),
             QStringLiteral("--to"), QStringLiteral("2025-06-30"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray months = rows(r);
    ASSERT_EQ(months.size(), 12);
    EXPECT_LE(months.last().toObject().value(QStringLiteral("customers_at_end")).toInteger(), size);
    r = run({QStringLiteral("report"), QStringLiteral("segments"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject first = rows(r).first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("segment")).toString(), QStringLiteral("Valuable"));
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("saved"));
    EXPECT_EQ(rows(r).last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("field"));
    for (const char* key :
         {"segment", "customers", "churn_pct", "retention_pct", "revenue", "cost_to_serve", "margin", "clv"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;

    // The export takes it too: the header and one line per member.
    r = run({QStringLiteral("export"), QStringLiteral("customers"), QStringLiteral("--segment"),
             QStringLiteral("Valuable")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(u'\n'), size + 1);

    EXPECT_EQ(run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Bad"),
                   QStringLiteral("--rule"), QStringLiteral("mrr")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Bad"),
                   QStringLiteral("--match"), QStringLiteral("some"), QStringLiteral("--rule"),
                   QStringLiteral("mrr > 1")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("Bad")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("segments"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(
        run({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("Valuable")}).exitCode, 0);
    EXPECT_EQ(
        run({QStringLiteral("segments"), QStringLiteral("delete"), QStringLiteral("Valuable")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("segments"), QStringLiteral("show"), QStringLiteral("Valuable")}).exitCode,
              1);
    EXPECT_TRUE(run({QStringLiteral("segments")}).out.isEmpty());
}

} // namespace

namespace {

// Health is a segment field and a playbook trigger: a saved segment of at-risk accounts lists
// exactly the accounts `report health` puts in that band, and the health_band playbook makes one
// task per at-risk account with an owner (and none more when run again).
TEST_F(CliSegments, HealthBandSegmentAndPlaybook) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                   QStringLiteral("--today"), QStringLiteral("2025-06-30")})
                  .exitCode,
              0);
    CliRun health = run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--no-risk"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(health.exitCode, 0) << health.err.toStdString();
    QStringList atRisk;
    for (const QJsonValue& row : rows(health))
        if (row.toObject().value(QStringLiteral("band")).toString() == QStringLiteral("at_risk"))
            atRisk << row.toObject().value(QStringLiteral("customer_id")).toString();
    ASSERT_FALSE(atRisk.isEmpty()) << "the demo has at-risk accounts";

    CliRun saved = run({QStringLiteral("segments"), QStringLiteral("save"), QStringLiteral("At risk"),
                        QStringLiteral("--rule"), QStringLiteral("health_band = at_risk")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    CliRun members = run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--no-risk"),
                          QStringLiteral("--segment"), QStringLiteral("At risk"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(members.exitCode, 0) << members.err.toStdString();
    QStringList listed;
    for (const QJsonValue& row : rows(members))
        listed << row.toObject().value(QStringLiteral("customer_id")).toString();
    std::sort(atRisk.begin(), atRisk.end());
    std::sort(listed.begin(), listed.end());
    EXPECT_EQ(listed, atRisk);
    // A dated report takes the same segment.
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--segment"),
                   QStringLiteral("At risk")})
                  .exitCode,
              0);

    const QString onlyHealth = QStringLiteral(
        R"([{"name": "Health at risk", "trigger": "health_band", "params": {"band": "at_risk"},
             "title": "Call {customer}: health at risk", "due_in_days": 3, "enabled": true}])");
    ASSERT_EQ(
        run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("playbooks"), onlyHealth})
            .exitCode,
        0);
    CliRun first = run({QStringLiteral("playbooks"), QStringLiteral("run"), QStringLiteral("--as-of"),
                        QStringLiteral("2025-06-30")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    CliRun tasks = run({QStringLiteral("tasks"), QStringLiteral("--all-owners"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    ASSERT_EQ(tasks.exitCode, 0) << tasks.err.toStdString();
    // The demo's own playbooks already made tasks: count this playbook's.
    const auto healthTasks = [](const QJsonArray& list) {
        QJsonArray out;
        for (const QJsonValue& row : list)
            if (row.toObject()
                    .value(QStringLiteral("title"))
                    .toString()
                    .endsWith(QStringLiteral(": health at risk")))
                out.append(row);
        return out;
    };
    const int created = static_cast<int>(healthTasks(rows(tasks)).size());
    EXPECT_GT(created, 0);
    EXPECT_LE(created, static_cast<int>(atRisk.size()));
    for (const QJsonValue& row : healthTasks(rows(tasks)))
        EXPECT_TRUE(atRisk.contains(row.toObject().value(QStringLiteral("customer_id")).toString()));
    run({QStringLiteral("playbooks"), QStringLiteral("run"), QStringLiteral("--as-of"),
         QStringLiteral("2025-06-30")});
    EXPECT_EQ(static_cast<int>(healthTasks(rows(run({QStringLiteral("tasks"), QStringLiteral("--all-owners"),
                                                     QStringLiteral("--format"), QStringLiteral("json")})))
                                   .size()),
              created)
        << "a trigger that keeps firing makes one open task";
}

} // namespace
