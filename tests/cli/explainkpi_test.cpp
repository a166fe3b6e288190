// `tenure-cli report revenue|loyalty|onboarding --explain PERIOD --kpi NAME` on a demo store: the
// rows behind the chosen figure reproduce the figure the same report prints for the period.
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

const QString march = QStringLiteral("2025-03");
const QStringList window{QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                         QStringLiteral("2025-06-30")};

class CliExplainKpi : public tenure::test::DemoStoreCliTest {
protected:
    // The rows behind `kpi` of `metric` in `period`.
    static QJsonArray explain(const QString& metric, const QString& kpi, const QStringList& extra = {}) {
        const CliRun r = run(QStringList{QStringLiteral("report"), metric, QStringLiteral("--explain"), march,
                                         QStringLiteral("--kpi"), kpi} +
                             extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json.value(QStringLiteral("metric")).toString(),
                  metric + QStringLiteral(" explain ") + kpi + QLatin1Char(' ') + march);
        const QJsonArray rows = r.json.value(QStringLiteral("rows")).toArray();
        EXPECT_FALSE(rows.isEmpty()) << kpi.toStdString();
        for (const QJsonValue& row : rows)
            EXPECT_FALSE(row[QStringLiteral("reason")].toString().isEmpty());
        return rows;
    }

    static int64_t count(const QJsonArray& rows, const QString& role) {
        return std::count_if(rows.begin(), rows.end(), [&role](const QJsonValue& row) {
            return row[QStringLiteral("role")].toString() == role;
        });
    }

    // The number `pattern` captures in the reasons of the rows of `role`, summed.
    static double sum(const QJsonArray& rows, const QString& role, const QString& pattern) {
        const QRegularExpression re(pattern);
        double total = 0;
        for (const QJsonValue& row : rows) {
            if (row[QStringLiteral("role")].toString() != role) continue;
            const QString reason = row[QStringLiteral("reason")].toString();
            const auto m = re.match(reason);
            EXPECT_TRUE(m.hasMatch()) << reason.toStdString();
            total += m.captured(1).toDouble();
        }
        return total;
    }
};

const QString numerator = QStringLiteral("numerator");
const QString denominator = QStringLiteral("denominator");

} // namespace

TEST_F(CliExplainKpi, RevenueArpaIsTheListedMrrOverTheListedCustomers) {
    const QJsonObject figure =
        figureOf(QStringList{QStringLiteral("report"), QStringLiteral("revenue")} + window,
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("revenue"), QStringLiteral("arpa"));
    const int64_t paying = count(rows, numerator);
    ASSERT_GT(paying, 0);
    for (const QJsonValue& row : rows)
        EXPECT_TRUE(row[QStringLiteral("customer_id")].toString().startsWith(u'C'));
    const double mrr =
        sum(rows, numerator, QStringLiteral("^MRR (\\d+\\.\\d\\d) on 2025-03-31: paying customer"));
    // Each MRR is printed to the cent.
    EXPECT_NEAR(mrr / static_cast<double>(paying), figure[QStringLiteral("arpa")].toDouble(), 0.005);
    EXPECT_NEAR(mrr, figure[QStringLiteral("mrr_end")].toDouble(), 0.005 * static_cast<double>(paying));
}

TEST_F(CliExplainKpi, RevenueClvItsTermsAndTheFigure) {
    const QJsonObject figure =
        figureOf(QStringList{QStringLiteral("report"), QStringLiteral("revenue")} + window,
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray rows = explain(QStringLiteral("revenue"), QStringLiteral("clv"), window);
    ASSERT_EQ(rows.size(), 9); // arpa, gross_margin, six months, average_churn
    EXPECT_EQ(rows[0][QStringLiteral("term")].toString(), QStringLiteral("arpa"));
    EXPECT_TRUE(rows[0][QStringLiteral("reason")].toString().startsWith(
        QStringLiteral("ARPA ") + QString::number(figure[QStringLiteral("arpa")].toDouble(), 'f', 2)));
    EXPECT_EQ(rows[1][QStringLiteral("term")].toString(), QStringLiteral("gross_margin"));
    const QStringList months{QStringLiteral("2024-09"), QStringLiteral("2024-10"), QStringLiteral("2024-11"),
                             QStringLiteral("2024-12"), QStringLiteral("2025-01"), QStringLiteral("2025-02")};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(rows[i + 2][QStringLiteral("term")].toString(), months[i]);
    const QJsonValue average = rows[8];
    EXPECT_EQ(average[QStringLiteral("term")].toString(), QStringLiteral("average_churn"));
    const QJsonValue clv = figure[QStringLiteral("clv")];
    ASSERT_TRUE(clv.isDouble()) << "the demo's March has six months of churn";
    EXPECT_EQ(average[QStringLiteral("role")].toString(), denominator);
    EXPECT_TRUE(average[QStringLiteral("reason")].toString().endsWith(
        QStringLiteral(" = ") + QString::number(clv.toDouble(), 'f', 2)))
        << average[QStringLiteral("reason")].toString().toStdString();
}

TEST_F(CliExplainKpi, LoyaltyFiguresAddUp) {
    const QJsonObject figure =
        figureOf(QStringList{QStringLiteral("report"), QStringLiteral("loyalty")} + window,
                 QStringLiteral("period"), march);
    ASSERT_FALSE(figure.isEmpty());
    for (const auto& [kpi, pattern] :
         {std::pair{"points_earned", "^earned (\\d+) points in the period"},
          std::pair{"points_redeemed", "^redeemed (\\d+) points in the period"},
          std::pair{"points_outstanding", "^balance (\\d+) points on 2025-03-31"}}) {
        const QJsonArray rows = explain(QStringLiteral("loyalty"), QLatin1String(kpi));
        EXPECT_EQ(sum(rows, numerator, QLatin1String(pattern)), figure[QLatin1String(kpi)].toDouble()) << kpi;
    }

    const QJsonArray redemption = explain(QStringLiteral("loyalty"), QStringLiteral("redemption_pct"));
    const QString earned = QStringLiteral("^redeemed \\d+, earned (\\d+) in the period");
    const double redeemed = sum(redemption, numerator, QStringLiteral("^redeemed (\\d+), earned"));
    EXPECT_NEAR(100.0 * redeemed /
                    (sum(redemption, numerator, earned) + sum(redemption, denominator, earned)),
                figure[QStringLiteral("redemption_pct")].toDouble(), 1e-9);

    const QJsonArray repeat = explain(QStringLiteral("loyalty"), QStringLiteral("repeat_purchase_pct"));
    const auto repeaters = static_cast<double>(count(repeat, numerator));
    EXPECT_NEAR(100.0 * repeaters / (repeaters + static_cast<double>(count(repeat, denominator))),
                figure[QStringLiteral("repeat_purchase_pct")].toDouble(), 1e-9);

    const QJsonArray tiers = explain(QStringLiteral("loyalty"), QStringLiteral("tiers"));
    std::map<QString, int64_t> counted;
    for (const QJsonValue& row : tiers)
        if (row[QStringLiteral("role")].toString() == numerator)
            ++counted[row[QStringLiteral("reason")].toString().section(u':', 0, 0)];
    const QJsonObject reported = figure[QStringLiteral("tiers")].toObject();
    for (auto it = reported.begin(); it != reported.end(); ++it)
        EXPECT_EQ(counted[it.key()], it.value().toInteger()) << it.key().toStdString();
}

TEST_F(CliExplainKpi, OnboardingDaysToOnboardAndToAMilestone) {
    const QJsonObject figure =
        figureOf({QStringLiteral("report"), QStringLiteral("onboarding")}, QStringLiteral("cohort"), march);
    ASSERT_FALSE(figure.isEmpty());
    const QJsonArray days = explain(QStringLiteral("onboarding"), QStringLiteral("days_to_onboard_avg"));
    const int64_t onboarded = count(days, numerator);
    EXPECT_EQ(onboarded, figure[QStringLiteral("completed")].toInteger());
    EXPECT_EQ(days.size(), figure[QStringLiteral("customers")].toInteger());
    EXPECT_EQ(count(days, denominator), 0); // the others are left out of an average of days
    ASSERT_GT(onboarded, 0);
    EXPECT_NEAR(sum(days, numerator, QStringLiteral(": (-?\\d+) days? to onboard")) /
                    static_cast<double>(onboarded),
                figure[QStringLiteral("days_to_onboard_avg")].toDouble(), 1e-9);

    const QJsonObject milestones = figure[QStringLiteral("milestones")].toObject();
    ASSERT_FALSE(milestones.isEmpty());
    for (auto it = milestones.begin(); it != milestones.end(); ++it) {
        const QJsonArray rows =
            explain(QStringLiteral("onboarding"), QStringLiteral("milestone:") + it.key());
        const int64_t reached = count(rows, numerator);
        EXPECT_EQ(reached > 0, it.value().isDouble()) << it.key().toStdString();
        if (reached > 0) {
            EXPECT_NEAR(
                sum(rows, numerator, QStringLiteral(" reached on \\d{4}-\\d\\d-\\d\\d: (-?\\d+) days?$")) /
                    static_cast<double>(reached),
                it.value().toDouble(), 1e-9)
                << it.key().toStdString();
        }
    }
}

TEST_F(CliExplainKpi, DefaultFiguresKeepTheDefaultExplanation) {
    // nrr_pct is one of the movements' figures: the same rows as without --kpi.
    const CliRun plain =
        run({QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--explain"), march});
    const CliRun nrr = run({QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--explain"),
                            march, QStringLiteral("--kpi"), QStringLiteral("nrr_pct")});
    ASSERT_EQ(plain.exitCode, 0);
    ASSERT_EQ(nrr.exitCode, 0);
    EXPECT_EQ(plain.json.value(QStringLiteral("rows")), nrr.json.value(QStringLiteral("rows")));
}

TEST_F(CliExplainKpi, UsageErrors) {
    const auto fails = [](const QStringList& args, const char* message) {
        const CliRun r = run(QStringList{QStringLiteral("report")} + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(message))) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    };
    fails({QStringLiteral("revenue"), QStringLiteral("--kpi"), QStringLiteral("arpa")},
          "--kpi chooses the figure of report support --explain PERIOD (also of revenue, loyalty, "
          "onboarding and segments)");
    fails({QStringLiteral("revenue"), QStringLiteral("--explain"), march, QStringLiteral("--kpi"),
           QStringLiteral("mrr")},
          "--kpi takes a field of the revenue report: mrr_start");
    fails({QStringLiteral("churn"), QStringLiteral("--explain"), march, QStringLiteral("--kpi"),
           QStringLiteral("churn_pct")},
          "(also of revenue, loyalty, onboarding and segments)");
    fails({QStringLiteral("onboarding"), QStringLiteral("--explain"), march, QStringLiteral("--kpi"),
           QStringLiteral("milestone:Nope")},
          "no milestone \"Nope\"; the checklist has: ");
    // A report without an explanation refuses --explain rather than ignoring it.
    fails({QStringLiteral("dashboard"), QStringLiteral("--explain"), march}, "dashboard takes no --explain");
    fails({QStringLiteral("segments"), QStringLiteral("--explain"), QStringLiteral("Nope")},
          "no segment named \"Nope\"; the segments are: ");
    fails({QStringLiteral("segments"), QStringLiteral("--explain"), QStringLiteral("SMB"),
           QStringLiteral("--kpi"), QStringLiteral("clv")},
          "--kpi takes customers, churn_pct, retention_pct, revenue, cost_to_serve or margin");
}

// report segments --explain SEGMENT: the customers behind its churn, and with --kpi revenue each
// customer's revenue and cost to serve.
TEST_F(CliExplainKpi, SegmentsExplainChurnAndMoney) {
    const CliRun report = run({QStringLiteral("report"), QStringLiteral("segments")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    QJsonObject smb;
    for (const QJsonValue& row : report.json.value(QStringLiteral("rows")).toArray())
        if (row[QStringLiteral("segment")].toString() == u"SMB") smb = row.toObject();
    ASSERT_FALSE(smb.isEmpty());
    const CliRun churn = run({QStringLiteral("report"), QStringLiteral("segments"),
                              QStringLiteral("--explain"), QStringLiteral("SMB")});
    ASSERT_EQ(churn.exitCode, 0) << churn.err.toStdString();
    EXPECT_EQ(churn.json.value(QStringLiteral("metric")).toString(), QStringLiteral("segments explain SMB"));
    int lost = 0, atStart = 0;
    for (const QJsonValue& row : churn.json.value(QStringLiteral("rows")).toArray()) {
        lost += row[QStringLiteral("role")].toString() == u"numerator";
        atStart += row[QStringLiteral("role")].toString() != u"excluded";
    }
    ASSERT_GT(atStart, 0);
    EXPECT_NEAR(100.0 * lost / atStart, smb.value(QStringLiteral("churn_pct")).toDouble(), 1e-9);

    const CliRun money =
        run({QStringLiteral("report"), QStringLiteral("segments"), QStringLiteral("--explain"),
             QStringLiteral("SMB"), QStringLiteral("--kpi"), QStringLiteral("revenue")});
    ASSERT_EQ(money.exitCode, 0) << money.err.toStdString();
    EXPECT_EQ(money.json.value(QStringLiteral("metric")).toString(),
              QStringLiteral("segments explain revenue SMB"));
    EXPECT_FALSE(money.json.value(QStringLiteral("rows")).toArray().isEmpty());
}
