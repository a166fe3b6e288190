// tenure-cli as scripts use it: a separate process, its exit codes, stdout and stderr.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <map>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(TENURE_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

class Cli : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    CliRun run(QStringList args) { return cli(QStringList{QStringLiteral("--db"), db} + args); }
    QString file(const QString& name, const std::string& content) {
        const QString path = dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << content;
        return path;
    }
    int64_t count(const QString& kind) {
        const CliRun r = run({QStringLiteral("count"), kind});
        return r.exitCode == 0 ? r.out.trimmed().toLongLong() : -1;
    }
};

} // namespace

TEST_F(Cli, VersionAndHelp) {
    CliRun r = cli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("tenure-cli "))) << r.out.toStdString();
    r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* command : {"init", "import", "export", "count", "demo", "backup", "check"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << command;
    r = run({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("--on-error")));
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--bogus")}).exitCode, 2);
}

TEST_F(Cli, CommandsOtherThanInitAndImportNeedAnExistingStore) {
    for (const QStringList& args :
         {QStringList{QStringLiteral("count"), QStringLiteral("customers")},
          QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("customers")},
          QStringList{QStringLiteral("backup"), dir.filePath(QStringLiteral("b.sqlite"))}}) {
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(db)) << r.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(db));
    EXPECT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    EXPECT_EQ(count(QStringLiteral("customers")), 0);
}

TEST_F(Cli, TelcoImportedTwiceIsStoredOnce) {
    const QStringList import{QStringLiteral("import"),
                             QStringLiteral("customers"),
                             tenure::test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")),
                             QStringLiteral("--map"),
                             QStringLiteral("customer_id=customerID"),
                             QStringLiteral("--map"),
                             QStringLiteral("churned=Churn"),
                             QStringLiteral("--map"),
                             QStringLiteral("segment=Contract"),
                             QStringLiteral("--map"),
                             QStringLiteral("mrr=MonthlyCharges"),
                             QStringLiteral("--map"),
                             QStringLiteral("tenure_months=tenure")};
    CliRun r = run(import);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("7043")));
    r = run(import);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("customers")), 7043);
}

TEST_F(Cli, BadDateOnLineFourStopsWithExitOneAndChangesNothing) {
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"),
                   file(QStringLiteral("first.csv"), "customer_id,signup_date\nA,2024-01-01\n")})
                  .exitCode,
              0);
    const QString bad =
        file(QStringLiteral("bad.csv"), "customer_id,name,signup_date\nB,Bo,2024-01-02\nC,Cy,2024-01-03\n"
                                        "D,Di,2024-13-45\nE,Ed,2024-01-05\n");
    const CliRun r = run({QStringLiteral("import"), QStringLiteral("customers"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":4:3:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("2024-13-45")));
    EXPECT_EQ(count(QStringLiteral("customers")), 1);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

TEST_F(Cli, JsonSummaryCountsRowsWithoutCustomerAsSkipped) {
    std::string csv = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
    int rows = 0;
    int missing = 0;
    for (int i = 0; i < 400; ++i, ++rows) {
        const bool noCustomer = i % 4 == 3;
        missing += noCustomer ? 1 : 0;
        csv += std::to_string(500000 + i / 3) + ",SKU" + std::to_string(i) + "," + std::to_string(1 + i % 5) +
               ",2011-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10) + " 10:00:00,1.25," +
               (noCustomer ? std::string() : std::to_string(12000 + i % 37)) + "\n";
    }
    const CliRun r =
        run({QStringLiteral("import"), QStringLiteral("orders"), file(QStringLiteral("lines.csv"), csv),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("orders"));
    EXPECT_EQ(o.value(QStringLiteral("read")).toInt(), rows);
    EXPECT_EQ(o.value(QStringLiteral("skipped")).toInt(), missing);
    EXPECT_EQ(o.value(QStringLiteral("inserted")).toInt(), rows - missing);
    EXPECT_EQ(o.value(QStringLiteral("updated")).toInt(), 0);
    EXPECT_TRUE(o.value(QStringLiteral("rejected")).isArray());
    EXPECT_TRUE(o.value(QStringLiteral("seconds")).isDouble());
    EXPECT_TRUE(o.contains(QStringLiteral("file")));
}

TEST_F(Cli, RejectedRowsInJsonAndSkipModeWithRejectsFile) {
    const QString nps =
        file(QStringLiteral("nps.csv"), "customer_id,responded_at,score\nA,2024-01-01,9\nB,2024-01-02,11\n");
    CliRun r = run({QStringLiteral("import"), QStringLiteral("nps"), nps, QStringLiteral("--format"),
                    QStringLiteral("json")});
    EXPECT_EQ(r.exitCode, 1);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_EQ(o.value(QStringLiteral("rejected")).toArray().size(), 1);
    const QJsonObject rejected = o.value(QStringLiteral("rejected")).toArray().first().toObject();
    EXPECT_EQ(rejected.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(rejected.value(QStringLiteral("column")).toInt(), 3);
    EXPECT_TRUE(rejected.value(QStringLiteral("reason")).toString().contains(QStringLiteral("0 to 10")));
    EXPECT_EQ(o.value(QStringLiteral("inserted")).toInt(), 0);
    EXPECT_EQ(count(QStringLiteral("nps")), 0);

    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    r = run({QStringLiteral("import"), QStringLiteral("nps"), nps, QStringLiteral("--on-error"),
             QStringLiteral("skip"), QStringLiteral("--rejects"), rejects});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("nps")), 1);
    QFile f(rejects);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("B,2024-01-02,11,3,3,"));
}

TEST_F(Cli, MappingFileDelimiterAndEncoding) {
    const QString mapping = file(QStringLiteral("map.json"),
                                 R"({"map": {"customer_id": "Kunde", "signup_date": "Beginn", "name": "Name"},
                                     "date_format": "DD/MM/YYYY", "delimiter": ";", "encoding": "latin1"})");
    const QString data = file(QStringLiteral("kunden.csv"), "Kunde;Name;Beginn\nK1;M\xfcller;03/04/2024\n");
    const CliRun r = run(
        {QStringLiteral("import"), QStringLiteral("customers"), data, QStringLiteral("--mapping"), mapping});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const CliRun exported = run({QStringLiteral("export"), QStringLiteral("customers")});
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.out.contains(QStringLiteral("K1,Müller,,,,,,,2024-04-03")))
        << exported.out.toStdString();
}

TEST_F(Cli, ExportImportsAgainUnchanged) {
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("150"),
                             QStringLiteral("--today"), QStringLiteral("2026-06-30")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    for (const char* kind : {"customers", "subscriptions", "orders", "events", "tickets", "nps", "feedback",
                             "onboarding", "interactions", "loyalty"}) {
        const QString k = QLatin1String(kind);
        const int64_t stored = count(k);
        EXPECT_GT(stored, 0) << kind;
        const QString out = dir.filePath(k + QStringLiteral(".csv"));
        ASSERT_EQ(run({QStringLiteral("export"), k, QStringLiteral("--out"), out}).exitCode, 0) << kind;
        const CliRun again =
            run({QStringLiteral("import"), k, out, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(again.exitCode, 0) << kind << again.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
        EXPECT_EQ(o.value(QStringLiteral("inserted")).toInt(), 0) << kind;
        EXPECT_EQ(count(k), stored) << kind;
    }
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

TEST_F(Cli, CheckReportsADamagedStore) {
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    {
        auto s = tenure::store::Store::open(db);
        ASSERT_TRUE(s);
        ASSERT_TRUE(s.value()->exec(
            "PRAGMA foreign_keys = OFF; INSERT INTO nps(customer, responded_at, score, row_key) "
            "VALUES (42, 0, 5, 1)"));
    }
    const CliRun r = run({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("nps"))) << r.out.toStdString();
}

namespace {
// An events file big enough that importing it takes a while (about 60 MB).
QString bigEventsFile(const QString& folder, int rows) {
    const QString path = QDir(folder).filePath(QStringLiteral("events.csv"));
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << "customer_id,occurred_at,kind,feature\n";
    std::string line;
    for (int i = 0; i < rows; ++i) {
        line = "C" + std::to_string(i % 50000) + ",2024-0" + std::to_string(1 + i % 9) + "-1" +
               std::to_string(i % 10) + "T" + std::to_string(10 + i % 10) + ":" +
               std::to_string(10 + i % 50) + ":00Z,feature_use,f" + std::to_string(i) + "\n";
        out << line;
    }
    return path;
}

// Waits until the importer has written a good part of its transaction to the WAL.
bool waitForWal(const QString& db, qint64 bytes, int timeoutMs) {
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (QFileInfo(db + QStringLiteral("-wal")).size() > bytes) return true;
        QThread::msleep(20);
    }
    return false;
}
} // namespace

TEST_F(Cli, KilledImportLeavesAStoreThatPassesCheckAndHoldsNoneOfIt) {
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    const QString events = bigEventsFile(dir.path(), 1'500'000);
    QProcess import;
    import.start(QStringLiteral(TENURE_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), events});
    ASSERT_TRUE(import.waitForStarted());
    ASSERT_TRUE(waitForWal(db, 8 << 20, 120000)) << "the import never got going";
    ASSERT_EQ(import.state(), QProcess::Running) << "the import finished before it could be killed";
    ::kill(static_cast<pid_t>(import.processId()), SIGKILL);
    import.waitForFinished();
    EXPECT_EQ(import.exitStatus(), QProcess::CrashExit);

    const CliRun check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_EQ(count(QStringLiteral("events")), 0);
    EXPECT_EQ(count(QStringLiteral("customers")), 0);
}

TEST_F(Cli, BackupWhileAnotherProcessImports) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("100"),
                   QStringLiteral("--today"), QStringLiteral("2026-06-30")})
                  .exitCode,
              0);
    const int64_t customersBefore = count(QStringLiteral("customers"));
    const QString events = bigEventsFile(dir.path(), 1'000'000);
    QProcess import;
    import.start(QStringLiteral(TENURE_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), events});
    ASSERT_TRUE(import.waitForStarted());
    ASSERT_TRUE(waitForWal(db, 4 << 20, 120000));
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const CliRun r = run({QStringLiteral("backup"), backup});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(import.state(), QProcess::Running) << "the backup should not have waited for the import";
    ASSERT_TRUE(import.waitForFinished(300000));
    EXPECT_EQ(import.exitCode(), 0) << import.readAllStandardError().toStdString();

    const CliRun check = cli({QStringLiteral("--db"), backup, QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    // The backup is the snapshot from before the import committed.
    EXPECT_EQ(cli({QStringLiteral("--db"), backup, QStringLiteral("count"), QStringLiteral("customers")})
                  .out.trimmed()
                  .toLongLong(),
              customersBefore);
    EXPECT_EQ(count(QStringLiteral("events")),
              cli({QStringLiteral("--db"), backup, QStringLiteral("count"), QStringLiteral("events")})
                      .out.trimmed()
                      .toLongLong() +
                  1'000'000);
}

// --- report -----------------------------------------------------------------------------------

namespace {
QJsonArray reportRows(const CliRun& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
}

QJsonObject rowFor(const QJsonArray& rows, const QString& key, const QString& value) {
    for (const QJsonValue& v : rows)
        if (v.toObject().value(key).toString() == value) return v.toObject();
    return {};
}
} // namespace

TEST_F(Cli, ReportChurnAndRetentionWorkedExamples) {
    std::string customers = "customer_id,signup_date,churn_date\n";
    for (int i = 0; i < 100; ++i) // 100 customers at the start of July 2024, 10 lost in July
        customers +=
            "C" + std::to_string(i) + ",2024-01-15," + (i < 10 ? "2024-07-1" + std::to_string(i) : "") + "\n";
    ASSERT_EQ(
        run({QStringLiteral("import"), QStringLiteral("customers"), file(QStringLiteral("c.csv"), customers)})
            .exitCode,
        0);
    CliRun r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--period"),
                    QStringLiteral("month"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("metric")).toString(), QStringLiteral("churn"));
    EXPECT_EQ(root.value(QStringLiteral("period")).toString(), QStringLiteral("month"));
    EXPECT_TRUE(root.contains(QStringLiteral("generated_at")));
    const QJsonObject july = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-07"));
    EXPECT_EQ(july.value(QStringLiteral("customers_at_start")).toInt(), 100);
    EXPECT_EQ(july.value(QStringLiteral("lost")).toInt(), 10);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("churn_pct")).toDouble(), 10.0);
    // January has no customers at its start: the ratio is null, not 0.
    const QJsonObject january = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-01"));
    EXPECT_TRUE(january.value(QStringLiteral("churn_pct")).isNull());

    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--explain"),
             QStringLiteral("2024-07"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral(",numerator,")), 10);
    EXPECT_EQ(r.out.count(QStringLiteral(",denominator,")), 90);

    // CS 1,000, CN 200, CE 800 over 2024-Q2 → 60.0 %.
    QTemporaryDir other;
    const QString db2 = other.filePath(QStringLiteral("q2.sqlite"));
    std::string q2 = "customer_id,signup_date,churn_date\n";
    for (int i = 0; i < 1000; ++i)
        q2 += "S" + std::to_string(i) + ",2023-06-01," +
              (i < 400 ? "2024-05-" + std::to_string(10 + i % 20) : "") + "\n";
    for (int i = 0; i < 200; ++i)
        q2 += "N" + std::to_string(i) + ",2024-04-" + std::to_string(10 + i % 20) + ",\n";
    ASSERT_EQ(cli({QStringLiteral("--db"), db2, QStringLiteral("import"), QStringLiteral("customers"),
                   file(QStringLiteral("q2.csv"), q2)})
                  .exitCode,
              0);
    r = cli({QStringLiteral("--db"), db2, QStringLiteral("report"), QStringLiteral("retention"),
             QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject quarter = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-Q2"));
    EXPECT_EQ(quarter.value(QStringLiteral("cs")).toInt(), 1000);
    EXPECT_EQ(quarter.value(QStringLiteral("cn")).toInt(), 200);
    EXPECT_EQ(quarter.value(QStringLiteral("ce")).toInt(), 800);
    EXPECT_DOUBLE_EQ(quarter.value(QStringLiteral("retention_pct")).toDouble(), 60.0);
}

TEST_F(Cli, ReportNpsWorkedExample) {
    std::string answers = "customer_id,responded_at,score\n";
    int i = 0;
    for (const int score : {10, 9, 9, 10, 9, 7, 8, 7, 3, 6}) {
        answers += "N" + std::to_string(i) + ",2024-07-1" + std::to_string(i % 10) + "," +
                   std::to_string(score) + "\n";
        ++i;
    }
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("nps"), file(QStringLiteral("nps.csv"), answers)})
                  .exitCode,
              0);
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("nps"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject july = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-07"));
    EXPECT_EQ(july.value(QStringLiteral("responses")).toInt(), 10);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("nps")).toDouble(), 30.0);
}

TEST_F(Cli, ReportSnapshotChurnOfTelcoByContract) {
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"),
                   tenure::test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")),
                   QStringLiteral("--map"), QStringLiteral("segment=Contract")})
                  .exitCode,
              0);
    CliRun r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_NEAR(reportRows(r).first().toObject().value(QStringLiteral("churn_pct")).toDouble(), 26.54, 0.005);
    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
             QStringLiteral("--by"), QStringLiteral("segment"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray rows = reportRows(r);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_NEAR(rowFor(rows, QStringLiteral("group"), QStringLiteral("Month-to-month"))
                    .value(QStringLiteral("churn_pct"))
                    .toDouble(),
                42.71, 0.005);
    EXPECT_NEAR(rowFor(rows, QStringLiteral("group"), QStringLiteral("One year"))
                    .value(QStringLiteral("churn_pct"))
                    .toDouble(),
                11.27, 0.005);
    EXPECT_NEAR(rowFor(rows, QStringLiteral("group"), QStringLiteral("Two year"))
                    .value(QStringLiteral("churn_pct"))
                    .toDouble(),
                2.83, 0.005);
    // A custom attribute works as a grouping too.
    r = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--snapshot"),
             QStringLiteral("--by"), QStringLiteral("InternetService"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(reportRows(r).size(), 3);
    // A metric this version does not have is a usage error (health exists now: healthreport_test).
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("forecast")}).exitCode, 2);
}

TEST_F(Cli, ReportCohortsOfCdnowOnAFirstOrderBasis) {
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("orders"),
                   tenure::test::sharedData(QStringLiteral("cdnow/CDNOW_master.csv"))})
                  .exitCode,
              0);
    const CliRun r =
        run({QStringLiteral("report"), QStringLiteral("cohorts"), QStringLiteral("--basis"),
             QStringLiteral("first_order"), QStringLiteral("--activity"), QStringLiteral("orders"),
             QStringLiteral("--revenue"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    std::map<QString, int> sizes;
    for (const QJsonValue& v : reportRows(r)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("offset")).toInt() != 0) continue;
        sizes[o.value(QStringLiteral("cohort")).toString()] = o.value(QStringLiteral("size")).toInt();
        EXPECT_DOUBLE_EQ(o.value(QStringLiteral("retention_pct")).toDouble(), 100.0);
        EXPECT_DOUBLE_EQ(o.value(QStringLiteral("revenue_retention_pct")).toDouble(), 100.0);
    }
    EXPECT_EQ(sizes, (std::map<QString, int>{{QStringLiteral("1997-01"), 7846},
                                             {QStringLiteral("1997-02"), 8476},
                                             {QStringLiteral("1997-03"), 7248}}));
}

TEST_F(Cli, ReportSupportByChannel) {
    const QString tickets = file(QStringLiteral("tickets.csv"),
                                 "ticket_id,created_at,first_response_at,resolved_at,channel,contacts\n"
                                 "T1,2024-07-01T09:00:00Z,2024-07-01T10:00:00Z,2024-07-01T12:00:00Z,email,1\n"
                                 "T2,2024-07-02T09:00:00Z,2024-07-02T09:01:00Z,2024-07-02T09:30:00Z,chat,3\n"
                                 "T3,2024-07-03T09:00:00Z,2024-07-05T09:00:00Z,,email,\n"
                                 "T4,2024-07-10T09:00:00Z,,,email,\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("tickets"), tickets}).exitCode, 0);
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--by"),
                          QStringLiteral("channel"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject email = rowFor(reportRows(r), QStringLiteral("channel"), QStringLiteral("email"));
    EXPECT_EQ(email.value(QStringLiteral("tickets")).toInt(), 3);
    EXPECT_EQ(email.value(QStringLiteral("answered")).toInt(), 2);
    EXPECT_DOUBLE_EQ(email.value(QStringLiteral("frt_median_s")).toDouble(), (3600 + 172800) / 2.0);
    // As of the latest ticket (T4 itself, too recent to judge): T1 and T3 count, T1 answered within 24 h.
    EXPECT_DOUBLE_EQ(email.value(QStringLiteral("resp24_pct")).toDouble(), 50.0);
    EXPECT_DOUBLE_EQ(email.value(QStringLiteral("fcr_pct")).toDouble(), 100.0);
    EXPECT_EQ(email.value(QStringLiteral("backlog")).toInt(), 2);
    const QJsonObject chat = rowFor(reportRows(r), QStringLiteral("channel"), QStringLiteral("chat"));
    EXPECT_DOUBLE_EQ(chat.value(QStringLiteral("fcr_pct")).toDouble(), 0.0);
    EXPECT_EQ(chat.value(QStringLiteral("live_contacts")).toInt(), 1);
    EXPECT_TRUE(email.value(QStringLiteral("abandon_pct")).isNull());
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--by"),
                   QStringLiteral("planet")})
                  .exitCode,
              2);
}

TEST_F(Cli, SettingsSetGetListAndUnset) {
    ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time_zone"),
                   QStringLiteral("Europe/Berlin")})
                  .exitCode,
              0);
    CliRun r = run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("time_zone")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("Europe/Berlin\n"));
    r = run({QStringLiteral("settings"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("time_zone=Europe/Berlin\n"))) << r.out.toStdString();
    // Values are checked before they are kept; a typo in a key is refused.
    for (const QStringList& bad : {QStringList{QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")},
                                   QStringList{QStringLiteral("cost_per_ticket"), QStringLiteral("twenty")},
                                   QStringList{QStringLiteral("business_hours"),
                                               QStringLiteral(R"({"open": "18:00", "close": "09:00"})")},
                                   QStringList{QStringLiteral("busines_hours"), QStringLiteral("{}")}}) {
        r = run(QStringList{QStringLiteral("settings"), QStringLiteral("set")} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(u' ').toStdString();
        EXPECT_FALSE(r.err.isEmpty());
    }
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("time_zone")}).out,
              QStringLiteral("Europe/Berlin\n"));
    EXPECT_EQ(
        run({QStringLiteral("settings"), QStringLiteral("unset"), QStringLiteral("time_zone")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("time_zone")}).exitCode,
              1);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("time_zone")}).exitCode,
              2);
}

TEST_F(Cli, ReportSupportInBusinessTimeOnceAScheduleIsSet) {
    // T1: Friday 18:00 Berlin, answered Monday 10:00 (1 h of business time), resolved Monday 12:00 (3 h).
    // T2: Monday 09:00, answered 09:30, resolved Tuesday 10:00 (9 h).
    const QString tickets =
        file(QStringLiteral("tickets.csv"),
             "ticket_id,created_at,first_response_at,resolved_at\n"
             "T1,2024-07-05T18:00:00+02:00,2024-07-08T10:00:00+02:00,2024-07-08T12:00:00+02:00\n"
             "T2,2024-07-08T09:00:00+02:00,2024-07-08T09:30:00+02:00,2024-07-09T10:00:00+02:00\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("tickets"), tickets}).exitCode, 0);
    const QStringList report{QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--format"),
                             QStringLiteral("json")};
    CliRun r = run(report);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject july = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-07"));
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("frt_median_s")).toDouble(), (30 * 60 + 64 * 3600) / 2.0);
    for (const char* column : {"frt_business_median_s", "frt_business_p90_s", "resolution_business_median_s",
                               "resolution_business_p90_s"}) {
        EXPECT_TRUE(july.contains(QLatin1String(column))) << column;
        EXPECT_TRUE(july.value(QLatin1String(column)).isNull()) << column; // no schedule: null, not 0
    }

    ASSERT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business_hours"),
                   QStringLiteral(R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4,5], "open": "09:00",
                                      "close": "17:00", "holidays": ["2024-12-25"]})")})
                  .exitCode,
              0);
    r = run(report);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    july = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-07"));
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("frt_business_median_s")).toDouble(), (1800 + 3600) / 2.0);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("frt_business_p90_s")).toDouble(), 1800 + 0.9 * 1800);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("resolution_business_median_s")).toDouble(), 6 * 3600);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("frt_median_s")).toDouble(), (30 * 60 + 64 * 3600) / 2.0);

    // CSV keeps the documented columns first and adds the business ones after them.
    r = run({QStringLiteral("report"), QStringLiteral("support"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral(
        "period,tickets,answered,frt_median_s,frt_p90_s,resp24_pct,fcr_pct,resolution_median_s,"
        "resolution_p90_s,live_contacts,wait_avg_s,wait_p90_s,wait_over_5min_pct,abandon_pct,backlog,"
        "frt_business_median_s,frt_business_p90_s,resolution_business_median_s,resolution_business_p90_s\n")))
        << r.out.toStdString();
}

TEST_F(Cli, ReportRevenueMovements) {
    const QString subs = file(QStringLiteral("subs.csv"), "customer_id,started_at,ended_at,plan,mrr\n"
                                                          "A,2024-01-01,,Pro,100\n"
                                                          "B,2024-01-01,2024-07-10,Pro,200\n"
                                                          "C,2024-07-20,,Starter,40\n");
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("subscriptions"), subs}).exitCode, 0);
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--to"),
                          QStringLiteral("2024-07-31"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject july = rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-07"));
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("mrr_start")).toDouble(), 300);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("churned")).toDouble(), 200);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("new")).toDouble(), 40);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("mrr_end")).toDouble(), 140);
    EXPECT_NEAR(july.value(QStringLiteral("nrr_pct")).toDouble(), 100.0 / 3.0, 1e-9);
    EXPECT_DOUBLE_EQ(july.value(QStringLiteral("arpa")).toDouble(), 70);
    EXPECT_TRUE(rowFor(reportRows(r), QStringLiteral("period"), QStringLiteral("2024-01"))
                    .value(QStringLiteral("nrr_pct"))
                    .isNull());
}

TEST_F(Cli, ReportOnboardingOnTheDemoCompany) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                   QStringLiteral("--today"), QStringLiteral("2026-06-30")})
                  .exitCode,
              0);
    CliRun r = run({QStringLiteral("report"), QStringLiteral("onboarding"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    int64_t customers = 0;
    int64_t completed = 0;
    for (const QJsonValue& v : reportRows(r)) {
        const QJsonObject o = v.toObject();
        customers += o.value(QStringLiteral("customers")).toInt();
        completed += o.value(QStringLiteral("completed")).toInt();
        EXPECT_TRUE(o.value(QStringLiteral("milestones")).isObject());
        if (o.value(QStringLiteral("completed")).toInt() > 0) {
            EXPECT_GE(o.value(QStringLiteral("days_to_onboard_avg")).toDouble(), 0.0);
        } else {
            EXPECT_TRUE(o.value(QStringLiteral("days_to_onboard_avg")).isNull());
        }
    }
    EXPECT_EQ(customers, 300);
    EXPECT_GT(completed, 0);
    r = run({QStringLiteral("report"), QStringLiteral("onboarding"), QStringLiteral("--overdue"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("customer_id,milestone,due_date,days_overdue,status\n")));
}

TEST_F(Cli, ReportDashboardCardsAgreeWithTheirReports) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("400"),
                   QStringLiteral("--today"), QStringLiteral("2026-06-30")})
                  .exitCode,
              0);
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("dashboard"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray cards = reportRows(r);
    QStringList kpis;
    for (const QJsonValue& v : cards) {
        const QJsonObject c = v.toObject();
        kpis << c.value(QStringLiteral("kpi")).toString();
        const QJsonArray series = c.value(QStringLiteral("series")).toArray();
        ASSERT_EQ(series.size(), 12) << kpis.back().toStdString();
        EXPECT_EQ(series.last().toObject().value(QStringLiteral("period")).toString(),
                  QStringLiteral("2026-06"));
        EXPECT_EQ(c.value(QStringLiteral("value")), series.last().toObject().value(QStringLiteral("value")));
        if (!c.value(QStringLiteral("previous")).isNull() && !c.value(QStringLiteral("value")).isNull()) {
            EXPECT_NEAR(c.value(QStringLiteral("change")).toDouble(),
                        c.value(QStringLiteral("value")).toDouble() -
                            c.value(QStringLiteral("previous")).toDouble(),
                        1e-6);
        }
    }
    for (const char* kpi :
         {"active_customers", "churn_pct", "retention_pct", "mrr", "nrr_pct", "nps", "frt_median_s",
          "resp24_pct", "onboarding_in_progress", "onboarding_overdue", "active_loyalty_members"})
        EXPECT_TRUE(kpis.contains(QLatin1String(kpi))) << kpi;
    // The churn card is the churn report's figure for the same month.
    const CliRun churn = run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--format"),
                              QStringLiteral("json")});
    const QJsonObject june = rowFor(reportRows(churn), QStringLiteral("period"), QStringLiteral("2026-06"));
    const QJsonObject card = rowFor(cards, QStringLiteral("kpi"), QStringLiteral("churn_pct"));
    EXPECT_DOUBLE_EQ(card.value(QStringLiteral("value")).toDouble(),
                     june.value(QStringLiteral("churn_pct")).toDouble());
}
