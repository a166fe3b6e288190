#pragma once

// A suite of `tenure-cli` runs on one demo store (300 customers up to 2025-06-30), created once
// per suite in a temporary folder: the explanation suites' shared fixture.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace tenure::test {

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

class DemoStoreCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(dir->isValid());
        const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300"),
                                 QStringLiteral("--today"), QStringLiteral("2025-06-30")},
                                false);
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite() { dir.reset(); }

    // tenure-cli on the suite's store; with `json`, --format json and the output parsed.
    static CliRun run(const QStringList& args, bool json = true) {
        QProcess p;
        const QString db = dir->filePath(QStringLiteral("demo.sqlite"));
        p.start(QStringLiteral(TENURE_CLI_PATH),
                QStringList{QStringLiteral("--db"), db} + args +
                    (json ? QStringList{QStringLiteral("--format"), QStringLiteral("json")} : QStringList{}));
        p.waitForFinished(120000);
        CliRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The report's row of one period (column `key` holds its label).
    static QJsonObject figureOf(const QStringList& report, const QString& key, const QString& period) {
        const CliRun r = run(report);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        for (const QJsonValue& row : r.json.value(QStringLiteral("rows")).toArray())
            if (row[key].toString() == period) return row.toObject();
        ADD_FAILURE() << "no row " << period.toStdString() << " in " << report.join(u' ').toStdString();
        return {};
    }

    inline static std::unique_ptr<QTemporaryDir> dir;
};

} // namespace tenure::test
