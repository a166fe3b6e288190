#include "io/importer.h"
#include "model/dates.h"
#include "reports/segments.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;

namespace {
void import(test::TempStore& t, const char* kind, const char* name, const std::string& csv) {
    io::ImportOptions o;
    o.kind = QLatin1String(kind);
    o.file = t.writeFile(QLatin1String(name), csv);
    const io::ImportSummary s = io::importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
}
} // namespace

TEST(Segments, ChurnRevenueCostToServeMarginPerSegment) {
    test::TempStore t;
    import(t, "customers", "c.csv",
           "customer_id,segment,signup_date,churn_date\n"
           "A,SMB,2023-01-01,\nB,SMB,2023-01-01,2024-03-10\nC,Enterprise,2023-06-01,\nD,Enterprise,2024-05-"
           "01,\n");
    import(t, "subscriptions", "s.csv",
           "customer_id,started_at,ended_at,mrr\nA,2023-01-01,,10\nB,2023-01-01,2024-03-10,20\nC,2023-06-01,,"
           "100\n"
           "D,2024-05-01,,100\n");
    import(t, "orders", "o.csv",
           "customer_id,ordered_at,amount\nA,2024-02-01,50\nC,2024-08-01,500\nC,2022-01-01,999\n");
    import(t, "tickets", "t.csv",
           "ticket_id,customer_id,created_at\nT1,A,2024-02-01\nT2,B,2024-02-02\nT3,C,2024-03-01\n");
    reports::SegmentCosts costs;
    costs.perTicket = 10;
    costs.perCustomerMonth = 1;
    const Period year2024{daysFromCivil(2024, 1, 1), daysFromCivil(2025, 1, 1)};
    const auto rows = reports::computeSegments(*t.store, year2024, costs);
    ASSERT_TRUE(rows) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 2u);
    const reports::SegmentRow& enterprise = rows.value()[0];
    const reports::SegmentRow& smb = rows.value()[1];
    EXPECT_EQ(smb.segment, QStringLiteral("SMB"));
    EXPECT_EQ(smb.customers, 1);
    EXPECT_DOUBLE_EQ(*smb.churnPct, 50.0);
    // MRR at each month's end: A's 10 × 12, B's 20 × 2 (January, February) + A's order of 50.
    EXPECT_DOUBLE_EQ(smb.revenue, 10 * 12 + 20 * 2 + 50);
    // Two tickets, and customer-months: 2 in Jan–Feb, 1 from March to December.
    EXPECT_DOUBLE_EQ(smb.costToServe, 2 * 10 + (2 * 2 + 10) * 1);
    EXPECT_DOUBLE_EQ(smb.margin, smb.revenue - smb.costToServe);
    EXPECT_EQ(enterprise.customers, 2);
    EXPECT_DOUBLE_EQ(*enterprise.churnPct, 0.0);
    EXPECT_DOUBLE_EQ(enterprise.revenue, 100 * 12 + 100 * 8 + 500); // the 2022 order is outside the window
}
