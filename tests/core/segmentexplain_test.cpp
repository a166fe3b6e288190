// The rows behind a segment's figures add up to them (report segments --explain SEGMENT).
#include "demo/demostore.h"
#include "model/dates.h"
#include "reports/segmentexplain.h"
#include "store/store.h"

#include "testsupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

using namespace tenure;

namespace {

class SegmentExplainTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(t.store);
        demo::DemoOptions options;
        options.customers = 300;
        options.seed = 9;
        options.today = daysFromCivil(2025, 6, 30);
        options.years = 2;
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
        costs = reports::segmentCostsFromSettings(*t.store);
        const auto rows = reports::computeSegments(*t.store, std::nullopt, costs);
        ASSERT_TRUE(rows) << rows.error().toStdString();
        for (const reports::SegmentRow& row : rows.value())
            if (row.segment == QStringLiteral("Mid-Market")) midMarket = row;
        ASSERT_EQ(midMarket.segment, QStringLiteral("Mid-Market"));
    }
    test::TempStore t;
    reports::SegmentCosts costs;
    reports::SegmentRow midMarket;
};

double number(const QString& reason, const char* label) {
    const QRegularExpression re(QLatin1String(label) + QStringLiteral(" (-?[0-9]+\\.[0-9]+)"));
    const auto m = re.match(reason);
    EXPECT_TRUE(m.hasMatch()) << reason.toStdString() << " has no " << label;
    return m.captured(1).toDouble();
}

} // namespace

TEST_F(SegmentExplainTest, ChurnRowsGiveTheSegmentsChurnOverTheWindow) {
    const auto rows = reports::explainSegmentCell(*t.store, std::nullopt, costs, QStringLiteral("Mid-Market"),
                                                  reports::SegmentFigure::Churn);
    ASSERT_TRUE(rows) << rows.error().toStdString();
    int64_t lost = 0, atStart = 0;
    for (const reports::ExplainRow& r : rows.value()) {
        lost += r.role == metrics::Role::Numerator;
        atStart += r.role != metrics::Role::Excluded;
    }
    ASSERT_TRUE(midMarket.churnPct);
    ASSERT_GT(atStart, 0);
    EXPECT_NEAR(100.0 * static_cast<double>(lost) / static_cast<double>(atStart), *midMarket.churnPct, 1e-9);
}

TEST_F(SegmentExplainTest, MoneyRowsAddUpToRevenueAndCostToServe) {
    const auto rows = reports::explainSegmentCell(*t.store, std::nullopt, costs, QStringLiteral("Mid-Market"),
                                                  reports::SegmentFigure::Money);
    ASSERT_TRUE(rows) << rows.error().toStdString();
    double revenue = 0, cost = 0;
    int contributing = 0;
    for (const reports::ExplainRow& r : rows.value()) {
        if (r.role != metrics::Role::Numerator) continue;
        ++contributing;
        revenue += number(r.reason, "revenue");
        cost += number(r.reason, "cost to serve");
    }
    ASSERT_GT(contributing, 0);
    // Each share is printed to the cent: the sums agree to a cent per row.
    EXPECT_NEAR(revenue, midMarket.revenue, 0.01 * contributing);
    EXPECT_NEAR(cost, midMarket.costToServe, 0.01 * contributing);
}

TEST_F(SegmentExplainTest, AnUnknownSegmentIsRefusedWithTheNamesThereAre) {
    const auto rows = reports::explainSegmentCell(*t.store, std::nullopt, costs, QStringLiteral("Nope"),
                                                  reports::SegmentFigure::Churn);
    ASSERT_FALSE(rows);
    EXPECT_TRUE(rows.error().contains(QStringLiteral("Enterprise"))) << rows.error().toStdString();
    EXPECT_EQ(reports::segmentFigureOf(QStringLiteral("clv")), std::nullopt);
    EXPECT_EQ(reports::segmentFigureOf(QStringLiteral("margin")), reports::SegmentFigure::Money);
}
