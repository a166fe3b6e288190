// `tenure-cli report revenue|csat|onboarding|loyalty --explain PERIOD` on a demo store: the rows
// behind a period agree with the figure the same report prints for it.
#include "demostorecli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>

using tenure::test::CliRun;

namespace {

class CliExplainMore : public tenure::test::DemoStoreCliTest {
protected:
    // The explanation's rows, checked for the common table shape.
    static QJsonArray explain(const QString& metric, const QString& period) {
        const CliRun r = run({QStringLiteral("report"), metric, QStringLiteral("--explain"), period});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json.value(QStringLiteral("metric")).toString(),
                  metric + QStringLiteral(" explain ") + period);
        const QJsonArray rows = r.json.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue& row : rows) {
            EXPECT_TRUE(row[QStringLiteral("customer_id")].toString().startsWith(u'C'));
            EXPECT_FALSE(row[QStringLiteral("reason")].toString().isEmpty());
        }
        return rows;
    }

    static int64_t count(const QJsonArray& rows, const QString& role) {
        return std::count_if(rows.begin(), rows.end(), [&role](const QJsonValue& row) {
            return row[QStringLiteral("role")].toString() == role;
        });
    }
};

const QString march = QStringLiteral("2025-03");

} // namespace

TEST_F(CliExplainMore, RevenueAmountsAddUpToThePeriodsMovements) {
    const QJsonObject figure =
        figureOf({QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--from"),
                  QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30")},
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("revenue"), march);
    ASSERT_FALSE(rows.isEmpty());
    static const QRegularExpression reason(QStringLiteral(
        "^MRR (\\d+\\.\\d\\d) → (\\d+\\.\\d\\d): "
        "(?:(new|expansion|contraction|churned|reactivation) [+-](\\d+\\.\\d\\d)|no movement|no MRR)"));
    std::map<QString, double> sums;
    int64_t moved = 0;
    for (const QJsonValue& row : rows) {
        const QString text = row[QStringLiteral("reason")].toString();
        const auto m = reason.match(text);
        ASSERT_TRUE(m.hasMatch()) << text.toStdString();
        sums[QStringLiteral("mrr_start")] += m.captured(1).toDouble();
        sums[QStringLiteral("mrr_end")] += m.captured(2).toDouble();
        if (!m.captured(3).isEmpty()) {
            sums[m.captured(3)] += m.captured(4).toDouble();
            ++moved;
        }
    }
    EXPECT_EQ(count(rows, QStringLiteral("numerator")), moved); // every movement is a numerator row
    // Amounts are printed to the cent.
    const double tolerance = 0.005 * static_cast<double>(rows.size()) + 1e-6;
    for (const char* column :
         {"mrr_start", "mrr_end", "new", "expansion", "contraction", "churned", "reactivation"})
        EXPECT_NEAR(sums[QLatin1String(column)], figure[QLatin1String(column)].toDouble(), tolerance)
            << column;
}

TEST_F(CliExplainMore, CsatNumeratorIsTheSatisfiedRatings) {
    const QJsonObject figure =
        figureOf({QStringLiteral("report"), QStringLiteral("csat"), QStringLiteral("--from"),
                  QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30")},
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("csat"), march);
    EXPECT_EQ(count(rows, QStringLiteral("numerator")), figure[QStringLiteral("satisfied")].toInteger());
    EXPECT_EQ(rows.size(), figure[QStringLiteral("ratings")].toInteger());
}

TEST_F(CliExplainMore, OnboardingNumeratorIsTheCohortsCompleted) {
    const QJsonObject figure =
        figureOf({QStringLiteral("report"), QStringLiteral("onboarding")}, QStringLiteral("cohort"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("onboarding"), march);
    EXPECT_EQ(count(rows, QStringLiteral("numerator")), figure[QStringLiteral("completed")].toInteger());
    EXPECT_EQ(rows.size(), figure[QStringLiteral("customers")].toInteger());
    for (const QJsonValue& row : rows)
        EXPECT_TRUE(row[QStringLiteral("reason")].toString().contains(
            row[QStringLiteral("role")].toString() == QStringLiteral("numerator")
                ? QStringLiteral(" to onboard")
                : QStringLiteral("missing")));
}

TEST_F(CliExplainMore, LoyaltyNumeratorIsTheActiveMembers) {
    const QJsonObject figure =
        figureOf({QStringLiteral("report"), QStringLiteral("loyalty"), QStringLiteral("--from"),
                  QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-06-30")},
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("loyalty"), march);
    EXPECT_EQ(count(rows, QStringLiteral("numerator")), figure[QStringLiteral("active_members")].toInteger());
    EXPECT_EQ(count(rows, QStringLiteral("numerator")) + count(rows, QStringLiteral("denominator")),
              figure[QStringLiteral("members")].toInteger());
}

TEST_F(CliExplainMore, ExplainNeedsAPeriodLabel) {
    for (const char* metric : {"revenue", "csat", "onboarding", "loyalty"}) {
        const CliRun r = run({QStringLiteral("report"), QLatin1String(metric), QStringLiteral("--explain"),
                              QStringLiteral("March")});
        EXPECT_EQ(r.exitCode, 2) << metric;
        EXPECT_TRUE(r.err.contains(QStringLiteral("--explain takes a period label"))) << r.err.toStdString();
    }
}
