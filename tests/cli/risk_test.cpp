// `tenure-cli report risk` as scripts use it: rows, formats, --segment, the model on stderr.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

namespace {

struct RiskRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRisk : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    RiskRun run(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
};

TEST_F(CliRisk, TelcoBySegmentInEveryFormat) {
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"),
                   tenure::test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")),
                   QStringLiteral("--map"), QStringLiteral("segment=Contract")})
                  .exitCode,
              0);
    RiskRun r = run({QStringLiteral("report"), QStringLiteral("risk"), QStringLiteral("--segment"),
                     QStringLiteral("Month-to-month"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cross-validated ROC AUC"))) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("metric")).toString(), QStringLiteral("risk"));
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    // The month-to-month customers who have not churned: 3,875 − 1,655.
    ASSERT_EQ(rows.size(), 3875 - 1655);
    double previous = 1.0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const double p = row.value(QStringLiteral("churn_probability")).toDouble();
        EXPECT_GE(p, 0.0);
        EXPECT_LE(p, previous); // highest first
        previous = p;
        EXPECT_TRUE(row.value(QStringLiteral("factors_up")).isArray());
        EXPECT_LE(row.value(QStringLiteral("factors_up")).toArray().size(), 3);
        EXPECT_LE(row.value(QStringLiteral("factors_down")).toArray().size(), 3);
    }
    r = run({QStringLiteral("report"), QStringLiteral("risk"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("customer_id,churn_probability,factors_up,factors_down")));
    EXPECT_EQ(r.out.count(u'\n'), 1 + 7043 - 1869);
}

TEST_F(CliRisk, NoHistoryToLearnFromIsAProblem) {
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    std::ofstream(path.toStdString()) << "customer_id,signup_date\nA,2024-01-01\nB,2024-02-01\n";
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"), path}).exitCode, 0);
    const RiskRun r = run({QStringLiteral("report"), QStringLiteral("risk")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("known outcome"))) << r.err.toStdString();
}

} // namespace
