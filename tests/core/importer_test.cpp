#include "io/importer.h"
#include "model/dates.h"
#include "store/statement.h"

#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::io;

namespace {

ImportSummary importFile(test::TempStore& t, const QString& kind, const QString& file,
                         std::map<QString, QString> map = {}, OnError onError = OnError::Stop,
                         const QString& rejects = {}) {
    ImportOptions o;
    o.kind = kind;
    o.file = file;
    o.columnMap = std::move(map);
    o.onError = onError;
    o.rejectsFile = rejects;
    return importCsv(*t.store, o);
}

// Everything a store holds, to compare before and after a failed import.
std::string storeFingerprint(test::TempStore& t) {
    std::string out;
    for (const char* table :
         {"customers", "customer_attributes", "subscriptions", "orders", "events", "tickets", "nps",
          "feedback", "onboarding", "interactions", "loyalty", "imports"}) {
        store::Statement q(t.store->handle(), "SELECT count(*) FROM " + std::string(table));
        q.step();
        out += std::string(table) + "=" + std::to_string(q.int64(0)) + ";";
    }
    return out;
}

const char* customersCsv = "customer_id,name,signup_date,churn_date,segment\n"
                           "C1,Ada,2024-01-05,,SMB\n"
                           "C2,Bob,2024-02-10,2024-07-03,SMB\n"
                           "C3,Cy,2024-03-15,,Enterprise\n";

} // namespace

TEST(Import, CustomersLandWithDatesAsDaysAndReimportIsIdempotent) {
    test::TempStore t;
    const QString file = t.writeFile(QStringLiteral("customers.csv"), customersCsv);
    ImportSummary s = importFile(t, QStringLiteral("customers"), file);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 3);
    EXPECT_EQ(s.inserted, 3);
    EXPECT_EQ(t.scalar("SELECT signup_date FROM customers WHERE customer_key = 'C2'"),
              daysFromCivil(2024, 2, 10));
    EXPECT_EQ(t.scalar("SELECT churn_date FROM customers WHERE customer_key = 'C2'"),
              daysFromCivil(2024, 7, 3));
    EXPECT_EQ(t.scalar("SELECT churned FROM customers WHERE customer_key = 'C2'"), 1);
    EXPECT_EQ(t.scalar("SELECT churned FROM customers WHERE customer_key = 'C1'"), 0);

    s = importFile(t, QStringLiteral("customers"), file);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.inserted, 0);
    EXPECT_EQ(s.updated, 3);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 3);
}

TEST(Import, AnUpdateTouchesOnlyTheMappedColumns) {
    test::TempStore t;
    ASSERT_TRUE(
        importFile(t, QStringLiteral("customers"), t.writeFile(QStringLiteral("c.csv"), customersCsv)).ok());
    const QString churn = t.writeFile(QStringLiteral("churn.csv"),
                                      "customer_id,signup_date,churn_date\nC1,2024-01-05,2024-09-01\n");
    const ImportSummary s = importFile(t, QStringLiteral("customers"), churn);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.updated, 1);
    EXPECT_EQ(t.scalar("SELECT name = 'Ada' AND segment = 'SMB' FROM customers WHERE customer_key = 'C1'"),
              1);
    EXPECT_EQ(t.scalar("SELECT churn_date FROM customers WHERE customer_key = 'C1'"),
              daysFromCivil(2024, 9, 1));
    EXPECT_EQ(t.scalar("SELECT churned FROM customers WHERE customer_key = 'C1'"), 1);
}

TEST(Import, WholeRowEntitiesDeduplicateAndCreateUnknownCustomers) {
    test::TempStore t;
    const QString events =
        t.writeFile(QStringLiteral("events.csv"), "customer_id,occurred_at,kind,feature\n"
                                                  "C1,2024-03-01T10:00:00Z,login,\n"
                                                  "C1,2024-03-01T10:05:00Z,feature_use,reports\n"
                                                  "C9,2024-03-02 08:00:00,login,\n");
    ImportSummary s = importFile(t, QStringLiteral("events"), events);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.inserted, 3);
    EXPECT_EQ(s.customersCreated, 2);
    EXPECT_EQ(t.scalar("SELECT occurred_at FROM events WHERE feature = 'reports'"),
              daysFromCivil(2024, 3, 1) * 86400 + 10 * 3600 + 5 * 60);
    s = importFile(t, QStringLiteral("events"), events);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.inserted, 0);
    EXPECT_EQ(s.unchanged, 3);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM events"), 3);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 2);
}

TEST(Import, OrdersComputeAmountsInferSignupsAndSkipRowsWithoutCustomer) {
    test::TempStore t;
    const QString orders =
        t.writeFile(QStringLiteral("orders.csv"), "InvoiceNo,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                                                  "1001,3,12/5/2024 9:00,2.50,17850\n"
                                                  "C1002,-1,12/13/2024 10:00,2.50,17850\n"
                                                  "1003,2,12/1/2024 11:00,1.00,\n"
                                                  "1004,1,11/30/2024 12:00,4.00,\n");
    const ImportSummary s = importFile(t, QStringLiteral("orders"), orders);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 4);
    EXPECT_EQ(s.inserted, 2);
    EXPECT_EQ(s.skipped, 2);
    EXPECT_EQ(t.scalar("SELECT CAST(amount * 100 AS INTEGER) FROM orders WHERE order_id = '1001'"), 750);
    EXPECT_EQ(t.scalar("SELECT CAST(amount * 100 AS INTEGER) FROM orders WHERE order_id = 'C1002'"), -250);
    // Month-first was detected from 12/13; the first order stands in for the signup date.
    EXPECT_EQ(t.scalar("SELECT signup_date FROM customers WHERE customer_key = '17850'"),
              daysFromCivil(2024, 12, 5));
}

TEST(Import, DayFirstDatesAreDetectedFromTheFile) {
    test::TempStore t;
    const QString file = t.writeFile(QStringLiteral("nps.csv"),
                                     "customer_id,responded_at,score\nA,01/02/2024,9\nB,25/02/2024,3\n");
    const ImportSummary s = importFile(t, QStringLiteral("nps"), file);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(t.scalar("SELECT n.responded_at FROM nps n JOIN customers c ON c.id = n.customer WHERE "
                       "c.customer_key = 'A'"),
              daysFromCivil(2024, 2, 1) * 86400);
}

TEST(Import, TicketsUpsertOnTicketId) {
    test::TempStore t;
    const QString first =
        t.writeFile(QStringLiteral("t1.csv"), "ticket_id,customer_id,created_at,channel,csat\nT1,C1,2024-01-"
                                              "01 09:00,email,\nT2,,2024-01-02 09:00,chat,5.0\n");
    ASSERT_TRUE(importFile(t, QStringLiteral("tickets"), first).ok());
    const QString second =
        t.writeFile(QStringLiteral("t2.csv"),
                    "ticket_id,created_at,resolved_at,csat\nT1,2024-01-01 09:00,2024-01-01 12:00,4\n");
    const ImportSummary s = importFile(t, QStringLiteral("tickets"), second);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.updated, 1);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM tickets"), 2);
    EXPECT_EQ(t.scalar("SELECT csat FROM tickets WHERE ticket_key = 'T1'"), 4);
    EXPECT_EQ(t.scalar("SELECT channel = 'email' FROM tickets WHERE ticket_key = 'T1'"), 1);
    EXPECT_EQ(t.scalar("SELECT customer IS NOT NULL FROM tickets WHERE ticket_key = 'T1'"), 1);
    EXPECT_EQ(t.scalar("SELECT csat FROM tickets WHERE ticket_key = 'T2'"), 5);
}

TEST(Import, RejectedRowNamesFileLineAndColumnAndLeavesTheStoreUnchanged) {
    test::TempStore t;
    ASSERT_TRUE(
        importFile(t, QStringLiteral("customers"), t.writeFile(QStringLiteral("ok.csv"), customersCsv)).ok());
    const std::string before = storeFingerprint(t);
    const QString bad = t.writeFile(QStringLiteral("bad.csv"), "customer_id,name,signup_date\n"
                                                               "N1,A,2024-01-01\n"
                                                               "N2,B,2024-01-02\n"
                                                               "N3,C,2024-13-45\n"
                                                               "N4,D,2024-01-04\n");
    const ImportSummary s = importFile(t, QStringLiteral("customers"), bad);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.failure, ImportFailure::Data);
    EXPECT_TRUE(s.error.startsWith(bad + QStringLiteral(":4:3: signup_date: "))) << s.error.toStdString();
    EXPECT_TRUE(s.error.contains(QStringLiteral("2024-13-45")));
    ASSERT_EQ(s.rejected.size(), 1u);
    EXPECT_EQ(s.rejected[0].line, 4);
    EXPECT_EQ(s.rejected[0].column, 3);
    EXPECT_EQ(storeFingerprint(t), before);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE customer_key LIKE 'N%'"), 0);
}

TEST(Import, SkipModeStoresGoodRowsAndWritesRejects) {
    test::TempStore t;
    const QString file = t.writeFile(QStringLiteral("nps.csv"), "customer_id,responded_at,score,comment\n"
                                                                "A,2024-01-01,9,\"great, really\"\n"
                                                                "B,2024-01-02,11,too high\n"
                                                                "C,2024-01-03,7,\n");
    const QString rejects = t.dir.filePath(QStringLiteral("rejects.csv"));
    const ImportSummary s = importFile(t, QStringLiteral("nps"), file, {}, OnError::Skip, rejects);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.inserted, 2);
    ASSERT_EQ(s.rejected.size(), 1u);
    EXPECT_EQ(s.rejected[0].line, 3);
    EXPECT_TRUE(s.rejected[0].reason.contains(QStringLiteral("0 to 10")));
    QFile f(rejects);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("customer_id,responded_at,score,comment,line,column,reason\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("B,2024-01-02,11,too high,3,3,")));
}

struct BadInput {
    const char* name;
    const char* kind;
    std::string content; // empty name of file: the file does not exist
    const char* expected;
};

class ImportBadInput : public ::testing::TestWithParam<BadInput> {};

TEST_P(ImportBadInput, GivesAClearMessageAndChangesNothing) {
    const BadInput& p = GetParam();
    test::TempStore t;
    ASSERT_TRUE(
        importFile(t, QStringLiteral("customers"), t.writeFile(QStringLiteral("ok.csv"), customersCsv)).ok());
    const std::string before = storeFingerprint(t);
    const QString file = std::string(p.name) == "missing_file"
                             ? t.dir.filePath(QStringLiteral("nope.csv"))
                             : t.writeFile(QStringLiteral("input.csv"), p.content);
    const ImportSummary s = importFile(t, QString::fromLatin1(p.kind), file);
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QString::fromUtf8(p.expected))) << s.error.toStdString();
    if (std::string(p.name) != "unknown_entity") {
        EXPECT_TRUE(s.error.contains(file)) << "the message names the file: " << s.error.toStdString();
    }
    EXPECT_EQ(storeFingerprint(t), before);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ImportBadInput,
    ::testing::Values(
        BadInput{"bad_date", "customers", "customer_id,signup_date\nX1,2024-01-01\nX2,31/31/2024\n",
                 ":3:2: signup_date"},
        BadInput{"nps_of_11", "nps", "customer_id,responded_at,score\nC1,2024-01-01,11\n", ":2:3: score"},
        BadInput{"missing_required_column", "events", "customer_id,kind\nC1,login\n",
                 "missing required column occurred_at"},
        BadInput{"unknown_entity", "planets", "a,b\n1,2\n", "unknown kind"},
        BadInput{"empty_file", "customers", "", "empty"},
        BadInput{"header_only", "customers", "customer_id,signup_date\n", "no data rows"},
        BadInput{"binary_garbage", "customers", std::string("customer_id,signup_date\nC\0\x01\xff\xfe", 30),
                 "binary"},
        BadInput{"missing_file", "customers", "", "nope.csv"},
        BadInput{"wrong_field_count", "customers", "customer_id,signup_date\nX1,2024-01-01,extra\n",
                 ":2: expected 2 fields"},
        BadInput{"unterminated_quote", "customers", "customer_id,signup_date\nX1,\"2024-01-01\n", "quote"}),
    [](const ::testing::TestParamInfo<BadInput>& info) { return std::string(info.param.name); });

TEST(Import, UnknownMappedHeaderIsAUsageProblem) {
    test::TempStore t;
    const QString file = t.writeFile(QStringLiteral("c.csv"), customersCsv);
    const ImportSummary s = importFile(t, QStringLiteral("customers"), file,
                                       {{QStringLiteral("customer_id"), QStringLiteral("Nope")}});
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.error.contains(QStringLiteral("no column Nope")));
}

// --- Real data from ../shared/data -------------------------------------------------------------

TEST(ImportRealData, TelcoSnapshotWithTheIssueMapping) {
    test::TempStore t;
    const std::map<QString, QString> map{{QStringLiteral("customer_id"), QStringLiteral("customerID")},
                                         {QStringLiteral("churned"), QStringLiteral("Churn")},
                                         {QStringLiteral("segment"), QStringLiteral("Contract")},
                                         {QStringLiteral("mrr"), QStringLiteral("MonthlyCharges")},
                                         {QStringLiteral("tenure_months"), QStringLiteral("tenure")}};
    const QString file = test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv"));
    for (int run = 0; run < 2; ++run) {
        const ImportSummary s = importFile(t, QStringLiteral("customers"), file, map);
        ASSERT_TRUE(s.ok()) << s.error.toStdString();
        EXPECT_EQ(s.read, 7043);
        EXPECT_EQ(s.inserted + s.updated, 7043);
        EXPECT_TRUE(s.rejected.empty());
    }
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 7043);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE churned = 1"), 1869);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE segment = 'Month-to-month'"), 3875);
    // The eleven blank TotalCharges rows import, with the blank kept as a missing attribute.
    EXPECT_EQ(
        t.scalar("SELECT count(*) FROM customer_attributes WHERE name = 'TotalCharges' AND value IS NULL"),
        11);
    EXPECT_EQ(t.scalar("SELECT count(DISTINCT name) FROM customer_attributes"), 16);
    EXPECT_EQ(t.scalar("SELECT tenure_months FROM customers WHERE customer_key = '5575-GNVDE'"), 34);
}

TEST(ImportRealData, TelcoAutoMatchesItsHeaders) {
    test::TempStore t;
    const ImportSummary s = importFile(t, QStringLiteral("customers"),
                                       test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_TRUE(s.mapping.contains(QStringLiteral("customer_id=customerID")));
    EXPECT_TRUE(s.mapping.contains(QStringLiteral("churned=Churn")));
    EXPECT_TRUE(s.mapping.contains(QStringLiteral("mrr=MonthlyCharges")));
    EXPECT_TRUE(s.mapping.contains(QStringLiteral("tenure_months=tenure")));
}

TEST(ImportRealData, OnlineRetailOrderLines) {
    test::TempStore t;
    const ImportSummary s =
        importFile(t, QStringLiteral("orders"),
                   test::sharedData(QStringLiteral("online_retail/online_retail_customers_mod10.csv")));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 36378);
    EXPECT_EQ(s.skipped, 0);
    // Identical invoice lines (490 in this subset) are one row of the whole-row natural key;
    // lines that differ only in the unmapped StockCode or Description stay distinct.
    EXPECT_EQ(s.inserted, 36378 - 490);
    EXPECT_EQ(s.unchanged, 490);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM orders WHERE order_id LIKE 'C%' AND amount < 0"),
              t.scalar("SELECT count(*) FROM orders WHERE order_id LIKE 'C%'"));
    EXPECT_GT(t.scalar("SELECT count(*) FROM orders WHERE order_id LIKE 'C%'"), 700);
    EXPECT_TRUE(s.ignored.contains(QStringLiteral("StockCode")));
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE signup_date IS NULL"), 0);
    EXPECT_EQ(t.scalar("SELECT min(signup_date) FROM customers"), daysFromCivil(2010, 12, 1));
}

TEST(ImportRealData, CdnowIdsStayZeroPaddedStrings) {
    test::TempStore t;
    const ImportSummary s =
        importFile(t, QStringLiteral("orders"), test::sharedData(QStringLiteral("cdnow/CDNOW_master.csv")));
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 69659);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE customer_key = '00001'"), 1);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE customer_key = '1'"), 0);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 23570);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE signup_date >= 9862 AND signup_date < 9952"),
              23570);
}

TEST(ImportRealData, SupportTicketsWithLineBreaksInsideQuotes) {
    test::TempStore t;
    const std::map<QString, QString> map{{QStringLiteral("customer_id"), QStringLiteral("Customer Email")},
                                         {QStringLiteral("created_at"), QStringLiteral("Date of Purchase")}};
    const ImportSummary s =
        importFile(t, QStringLiteral("tickets"),
                   test::sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv")), map);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 8469);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM tickets"), 8469);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM tickets WHERE csat IS NOT NULL"), 2769);
    EXPECT_EQ(t.scalar("SELECT count(DISTINCT channel) FROM tickets"), 4);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM tickets WHERE first_response_at IS NULL"), 2819);
}

TEST(Import, ProgressReachesTheEndAndCancelLeavesTheStoreUnchanged) {
    test::TempStore t;
    std::string csv = "customer_id,occurred_at,kind\n";
    for (int i = 0; i < 50000; ++i)
        csv += "C" + std::to_string(i % 700) + ",2024-05-0" + std::to_string(1 + i % 9) +
               "T10:" + std::to_string(10 + i % 50) + ":00Z,login" + std::to_string(i) + "\n";
    const QString file = t.writeFile(QStringLiteral("events.csv"), csv);

    ImportOptions o;
    o.kind = QStringLiteral("events");
    o.file = file;
    int64_t lastDone = -1;
    int64_t lastTotal = 0;
    int calls = 0;
    o.progress = [&](int64_t done, int64_t total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
        return true;
    };
    ImportSummary s = importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_GT(calls, 1);
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(lastTotal, static_cast<int64_t>(csv.size()));
    EXPECT_EQ(t.scalar("SELECT count(*) FROM events"), 50000);

    test::TempStore fresh;
    o.file = fresh.writeFile(QStringLiteral("events.csv"), csv);
    o.progress = [](int64_t, int64_t) { return false; };
    s = importCsv(*fresh.store, o);
    EXPECT_EQ(s.failure, ImportFailure::Cancelled);
    EXPECT_TRUE(s.error.contains(QStringLiteral("unchanged")));
    EXPECT_EQ(fresh.scalar("SELECT count(*) FROM events"), 0);
    EXPECT_EQ(fresh.scalar("SELECT count(*) FROM customers"), 0);
}

TEST(Import, SkipModeCountsEveryRowOnceAcrossBatches) {
    test::TempStore t;
    std::string csv = "customer_id,responded_at,score\n";
    int bad = 0;
    for (int i = 0; i < 30000; ++i) {
        const bool isBad = i % 1000 == 999;
        bad += isBad ? 1 : 0;
        csv += (i % 10 == 0 ? std::string() : "C" + std::to_string(i % 300)) + ",2024-06-" +
               std::to_string(10 + i % 20) + " 09:" + std::to_string(10 + i % 50) + ",";
        csv += isBad ? "12" : std::to_string(i % 11);
        csv += "\n";
    }
    ImportOptions o;
    o.kind = QStringLiteral("nps");
    o.file = t.writeFile(QStringLiteral("nps.csv"), csv);
    o.onError = OnError::Skip;
    const ImportSummary s = importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 30000);
    EXPECT_EQ(s.skipped, 3000);
    // Rows 999, 1999, … are bad (all of them name a customer).
    EXPECT_EQ(static_cast<int>(s.rejected.size()), bad);
    EXPECT_EQ(s.inserted + s.unchanged + s.skipped + static_cast<int64_t>(s.rejected.size()), s.read);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM nps"), s.inserted);
}
