// `tenure-cli report health` on a demo store, as a script reads it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Each test gets its own demo store (300 customers take a fraction of a second).
class HealthCli : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(
            run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300")}).exitCode, 0);
    }
    CliResult run(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray jsonRows(const QStringList& args) const {
        const CliResult r = run(QStringList{QStringLiteral("report"), QStringLiteral("health"),
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        EXPECT_EQ(root.value(QStringLiteral("metric")).toString(), QStringLiteral("health"));
        return root.value(QStringLiteral("rows")).toArray();
    }
    QTemporaryDir m_dir;
    QString m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
};

const QSet<QString> signalNames{QStringLiteral("usage_down"),          QStringLiteral("setup_overdue"),
                                QStringLiteral("key_features_unused"), QStringLiteral("nps_detractor"),
                                QStringLiteral("nps_passive"),         QStringLiteral("purchase_gap"),
                                QStringLiteral("ticket_open_long")};

} // namespace

TEST_F(HealthCli, EveryAccountHasAScoreABandAndContributionsThatAddUp) {
    const QJsonArray rows = jsonRows({});
    ASSERT_GT(rows.size(), 100);
    int unscored = 0, atRisk = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString id = row.value(QStringLiteral("customer_id")).toString();
        EXPECT_FALSE(id.isEmpty());
        EXPECT_TRUE(row.contains(QStringLiteral("churn_probability")));
        // The churn-risk model, trained on the demo's churned and retained customers.
        ASSERT_TRUE(row.value(QStringLiteral("churn_probability")).isDouble());
        EXPECT_GE(row.value(QStringLiteral("churn_probability")).toDouble(), 0.0);
        EXPECT_LE(row.value(QStringLiteral("churn_probability")).toDouble(), 1.0);
        EXPECT_FALSE(row.value(QStringLiteral("stage")).toString().isEmpty());
        const QJsonObject components = row.value(QStringLiteral("components")).toObject();
        if (components.isEmpty()) { // an account without any data yet: no score, not 0
            ++unscored;
            EXPECT_TRUE(row.value(QStringLiteral("score")).isNull()) << id.toStdString();
            EXPECT_EQ(row.value(QStringLiteral("stage")).toString(), QStringLiteral("onboarding"));
            continue;
        }
        ASSERT_TRUE(row.value(QStringLiteral("score")).isDouble()) << id.toStdString();
        const double score = row.value(QStringLiteral("score")).toDouble();
        const QString band = row.value(QStringLiteral("band")).toString();
        EXPECT_EQ(band, score >= 70   ? QStringLiteral("healthy")
                        : score >= 40 ? QStringLiteral("neutral")
                                      : QStringLiteral("at_risk"))
            << id.toStdString();
        double sum = 0, weights = 0;
        for (const QJsonValue& c : components) {
            const QJsonObject o = c.toObject();
            EXPECT_NEAR(o.value(QStringLiteral("contribution")).toDouble(),
                        o.value(QStringLiteral("value")).toDouble() *
                            o.value(QStringLiteral("weight")).toDouble(),
                        1e-9);
            sum += o.value(QStringLiteral("contribution")).toDouble();
            weights += o.value(QStringLiteral("weight")).toDouble();
        }
        EXPECT_NEAR(sum, score, 0.01) << id.toStdString();
        EXPECT_NEAR(weights, 1.0, 1e-9);
        const QJsonArray signals = row.value(QStringLiteral("signals")).toArray();
        for (const QJsonValue& s : signals) {
            EXPECT_TRUE(signalNames.contains(s.toString())) << s.toString().toStdString();
            EXPECT_FALSE(
                row.value(QStringLiteral("evidence")).toObject().value(s.toString()).toString().isEmpty());
        }
        if (band == QStringLiteral("at_risk")) {
            ++atRisk;
            EXPECT_FALSE(signals.isEmpty()) << "at-risk account without a named signal: " << id.toStdString();
        }
    }
    EXPECT_GT(atRisk, 0);
    EXPECT_LT(unscored, rows.size() / 20); // only accounts of the last few days
}

TEST_F(HealthCli, BandSegmentAndFlatFormats) {
    for (const QJsonValue& v : jsonRows({QStringLiteral("--band"), QStringLiteral("at_risk")}))
        EXPECT_EQ(v.toObject().value(QStringLiteral("band")).toString(), QStringLiteral("at_risk"));
    const CliResult csv =
        run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QString header = QString::fromUtf8(csv.out).section(u'\n', 0, 0);
    EXPECT_TRUE(header.startsWith(QStringLiteral("customer_id,score,band,stage,")));
    EXPECT_TRUE(header.contains(QStringLiteral("usage_trend,usage_trend_weight,usage_trend_contribution")));
    EXPECT_TRUE(header.endsWith(QStringLiteral(",signals")));
    const CliResult table = run({QStringLiteral("report"), QStringLiteral("health"),
                                 QStringLiteral("--segment"), QStringLiteral("Enterprise")});
    EXPECT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.startsWith("customer_id"));
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--band"),
                   QStringLiteral("great")})
                  .exitCode,
              2);
}

TEST_F(HealthCli, SnapshotHistoryGivesEachAccountATrend) {
    const CliResult snap =
        run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--snapshot-history"),
             QStringLiteral("--as-of"), QStringLiteral("2026-09-30")});
    ASSERT_EQ(snap.exitCode, 0) << snap.err.toStdString();
    EXPECT_TRUE(snap.out.startsWith("recorded ")) << snap.out.toStdString();
    int withTrend = 0;
    for (const QJsonValue& v : jsonRows({})) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("previous_score")).isDouble()) {
            ++withTrend;
            EXPECT_NEAR(row.value(QStringLiteral("score_change")).toDouble(),
                        row.value(QStringLiteral("score")).toDouble() -
                            row.value(QStringLiteral("previous_score")).toDouble(),
                        1e-9);
        }
    }
    EXPECT_GT(withTrend, 50);
}

TEST_F(HealthCli, BacktestCountsChurnPerBand) {
    const CliResult r = run({QStringLiteral("report"), QStringLiteral("health"), QStringLiteral("--backtest"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QStringList bands;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        bands << row.value(QStringLiteral("band")).toString();
        EXPECT_LE(row.value(QStringLiteral("churned_90d")).toInteger(),
                  row.value(QStringLiteral("accounts")).toInteger());
    }
    ASSERT_GE(bands.size(), 4);
    EXPECT_EQ(bands.mid(0, 3),
              (QStringList{QStringLiteral("healthy"), QStringLiteral("neutral"), QStringLiteral("at_risk")}));
    EXPECT_EQ(bands.last(), QStringLiteral("churners never flagged"));
}

TEST_F(HealthCli, HealthSettingsAreCheckedWhenSet) {
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("health_weights:SMB"),
                   QStringLiteral("{\"nps\": 40}")})
                  .exitCode,
              0);
    EXPECT_NE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("health_weights:SMB"),
                   QStringLiteral("{\"np\": 40}")})
                  .exitCode,
              0);
    EXPECT_NE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("health_weight_nps"),
                   QStringLiteral("lots")})
                  .exitCode,
              0);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"),
                   QStringLiteral("health_sticky_features"), QStringLiteral("integrations,api")})
                  .exitCode,
              0);
    bool flagged = false;
    for (const QJsonValue& v : jsonRows({}))
        for (const QJsonValue& s : v.toObject().value(QStringLiteral("signals")).toArray())
            flagged = flagged || s.toString() == QStringLiteral("key_features_unused");
    EXPECT_TRUE(flagged);
    EXPECT_EQ(run({QStringLiteral("settings"), QStringLiteral("unset"), QStringLiteral("health_weights:SMB")})
                  .exitCode,
              0);
    EXPECT_EQ(
        run({QStringLiteral("settings"), QStringLiteral("unset"), QStringLiteral("health_sticky_features")})
            .exitCode,
        0);
}
