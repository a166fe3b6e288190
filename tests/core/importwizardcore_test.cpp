// The core pieces under the import wizard: preview, suggested mapping, entity guess, dry run.
#include "io/columnmapping.h"
#include "io/csvpreview.h"
#include "io/entities.h"
#include "io/importer.h"
#include "store/statement.h"

#include "testsupport.h"

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::io;

namespace {

// Row counts of every table a store holds, to compare before and after.
std::string rowCounts(const test::TempStore& t) {
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

QStringList telcoHeader() {
    const auto preview =
        previewCsv(test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv")), {}, 0);
    return preview ? preview->header : QStringList{};
}

QString mappedHeader(const EntitySpec& entity, const ColumnMapping& m, const char* field) {
    const int i = entity.fieldIndex(field);
    return m.has(i) ? m.header[m.fieldColumn[static_cast<size_t>(i)]] : QString();
}

} // namespace

TEST(CsvPreview, HeaderAndFirstRowsOfARealFile) {
    const auto preview =
        previewCsv(test::sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv")), {}, 3);
    ASSERT_TRUE(preview) << preview.error().toStdString();
    ASSERT_EQ(preview->header.size(), 17);
    EXPECT_EQ(preview->header.front(), QStringLiteral("Ticket ID"));
    EXPECT_EQ(preview->header.back(), QStringLiteral("Customer Satisfaction Rating"));
    ASSERT_EQ(preview->rows.size(), 3u);
    EXPECT_EQ(preview->rows[0].front(), QStringLiteral("1"));
    EXPECT_EQ(preview->rows[0].size(), 17);
    EXPECT_TRUE(preview->rows[0][9].contains(u'\n')); // a line break inside quotes stays in its cell
    EXPECT_EQ(preview->delimiter, ',');
}

TEST(CsvPreview, ShortFileSemicolonsAndErrorsNameTheFile) {
    test::TempStore t;
    const auto small = previewCsv(t.writeFile(QStringLiteral("s.csv"), "a;b\n1;2\n"), {}, 50);
    ASSERT_TRUE(small);
    EXPECT_EQ(small->header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(small->rows.size(), 1u);
    EXPECT_EQ(small->delimiter, ';');

    const QString missing = t.dir.filePath(QStringLiteral("absent.csv"));
    const auto absent = previewCsv(missing);
    ASSERT_FALSE(absent);
    EXPECT_TRUE(absent.error().contains(missing)) << absent.error().toStdString();

    const QString emptyFile = t.writeFile(QStringLiteral("empty.csv"), "");
    const auto empty = previewCsv(emptyFile);
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().contains(emptyFile));
    EXPECT_TRUE(empty.error().contains(QStringLiteral("empty")));

    const QString badFile = t.writeFile(QStringLiteral("bad.csv"), "a,b\n\"open,2\n");
    const auto bad = previewCsv(badFile);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().startsWith(badFile)) << bad.error().toStdString();
}

TEST(SuggestMapping, TelcoMatchesAndNothingRequiredIsMissing) {
    const EntitySpec& customers = *findEntity(QStringLiteral("customers"));
    const MappingSuggestion s = suggestMapping(customers, telcoHeader());
    EXPECT_EQ(mappedHeader(customers, s.mapping, "customer_id"), QStringLiteral("customerID"));
    EXPECT_EQ(mappedHeader(customers, s.mapping, "churned"), QStringLiteral("Churn"));
    EXPECT_EQ(mappedHeader(customers, s.mapping, "mrr"), QStringLiteral("MonthlyCharges"));
    EXPECT_EQ(mappedHeader(customers, s.mapping, "tenure_months"), QStringLiteral("tenure"));
    EXPECT_TRUE(mappedHeader(customers, s.mapping, "segment").isEmpty());
    EXPECT_TRUE(s.missingRequired.isEmpty());
    EXPECT_EQ(s.mapping.unmappedColumns.size(), 17u); // kept as custom attributes
}

TEST(SuggestMapping, NeverFailsAndListsWhatIsStillRequired) {
    const EntitySpec& tickets = *findEntity(QStringLiteral("tickets"));
    const auto preview =
        previewCsv(test::sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv")), {}, 0);
    ASSERT_TRUE(preview);
    const MappingSuggestion s = suggestMapping(tickets, preview->header);
    EXPECT_EQ(mappedHeader(tickets, s.mapping, "ticket_id"), QStringLiteral("Ticket ID"));
    EXPECT_EQ(mappedHeader(tickets, s.mapping, "priority"), QStringLiteral("Ticket Priority"));
    EXPECT_EQ(s.missingRequired, QStringList{QStringLiteral("created_at")});
    // resolveMapping says the same as an error.
    const auto resolved = resolveMapping(tickets, preview->header, {});
    ASSERT_FALSE(resolved);
    EXPECT_TRUE(resolved.error().contains(QStringLiteral("created_at")));

    const EntitySpec& orders = *findEntity(QStringLiteral("orders"));
    const MappingSuggestion none = suggestMapping(orders, {QStringLiteral("x"), QStringLiteral("y")});
    EXPECT_EQ(none.missingRequired, (QStringList{QStringLiteral("customer_id"), QStringLiteral("ordered_at"),
                                                 QStringLiteral("amount")}));
    EXPECT_EQ(none.mapping.unmappedColumns, (std::vector<int>{0, 1}));
}

TEST(SuggestMapping, WithoutAutoMatchOnlyTheGivenEntriesCount) {
    const EntitySpec& customers = *findEntity(QStringLiteral("customers"));
    const auto m = resolveMapping(customers, telcoHeader(),
                                  {{QStringLiteral("customer_id"), QStringLiteral("customerID")},
                                   {QStringLiteral("tenure_months"), QStringLiteral("tenure")}},
                                  false);
    ASSERT_TRUE(m) << m.error().toStdString();
    EXPECT_TRUE(mappedHeader(customers, m.value(), "churned").isEmpty());
    EXPECT_EQ(m->unmappedColumns.size(), 19u);
}

TEST(GuessEntity, FromTheFileNameElseFromTheHeader) {
    EXPECT_EQ(guessEntity(QStringLiteral("/x/Telco-Customer-Churn.csv"), telcoHeader()),
              QStringLiteral("customers"));
    EXPECT_EQ(guessEntity(QStringLiteral("data.csv"), telcoHeader()), QStringLiteral("customers"));
    const auto retail = previewCsv(
        test::sharedData(QStringLiteral("online_retail/online_retail_customers_mod10.csv")), {}, 0);
    ASSERT_TRUE(retail);
    // "customers" in the name, but order lines in the file.
    EXPECT_EQ(guessEntity(QStringLiteral("online_retail_customers_mod10.csv"), retail->header),
              QStringLiteral("orders"));
    const auto cdnow = previewCsv(test::sharedData(QStringLiteral("cdnow/CDNOW_master.csv")), {}, 0);
    ASSERT_TRUE(cdnow);
    EXPECT_EQ(guessEntity(QStringLiteral("CDNOW_master.csv"), cdnow->header), QStringLiteral("orders"));
    const auto tickets =
        previewCsv(test::sharedData(QStringLiteral("support_tickets/customer_support_tickets.csv")), {}, 0);
    ASSERT_TRUE(tickets);
    EXPECT_EQ(guessEntity(QStringLiteral("customer_support_tickets.csv"), tickets->header),
              QStringLiteral("tickets"));
    EXPECT_EQ(guessEntity(QStringLiteral("tickets.csv"), {QStringLiteral("id"), QStringLiteral("created")}),
              QStringLiteral("tickets"));
    EXPECT_EQ(guessEntity(QStringLiteral("/exports/nps.csv"),
                          {QStringLiteral("customer_id"), QStringLiteral("date"), QStringLiteral("score")}),
              QStringLiteral("nps"));
    EXPECT_EQ(guessEntity(QStringLiteral("loyalty_2024.csv"),
                          {QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("points")}),
              QStringLiteral("loyalty"));
}

TEST(ImportDryRun, ListsTheBadRowAndLeavesTheStoreUnchanged) {
    test::TempStore t;
    ImportOptions seed;
    seed.kind = QStringLiteral("customers");
    seed.file = t.writeFile(QStringLiteral("seed.csv"), "customer_id,signup_date\nC1,2024-01-05\n");
    ASSERT_TRUE(importCsv(*t.store, seed).ok());
    const std::string before = rowCounts(t);

    ImportOptions o;
    o.kind = QStringLiteral("customers");
    o.file = t.writeFile(QStringLiteral("customers.csv"), "customer_id,signup_date,mrr\n"
                                                          "C1,2024-01-05,10\n"
                                                          "C2,2024-02-10,20\n"
                                                          "C3,not a date,30\n"
                                                          "C4,2024-04-01,40\n");
    o.onError = OnError::Skip;
    o.dryRun = true;
    const ImportSummary s = importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
    EXPECT_EQ(s.read, 4);
    EXPECT_EQ(s.inserted, 2); // C2 and C4 would be new
    EXPECT_EQ(s.updated, 1);  // C1 is stored already
    ASSERT_EQ(s.rejected.size(), 1u);
    EXPECT_EQ(s.rejected[0].line, 4);
    EXPECT_EQ(s.rejected[0].column, 2);
    EXPECT_EQ(s.rejected[0].columnName, QStringLiteral("signup_date"));
    EXPECT_TRUE(s.rejected[0].reason.contains(QStringLiteral("signup_date")))
        << s.rejected[0].reason.toStdString();
    EXPECT_EQ(rowCounts(t), before);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE mrr IS NOT NULL"), 0);

    // With OnError::Stop the dry run fails as the import would, naming the row, and still leaves
    // the store as it was.
    o.onError = OnError::Stop;
    const ImportSummary stop = importCsv(*t.store, o);
    EXPECT_EQ(stop.failure, ImportFailure::Data);
    EXPECT_TRUE(stop.error.contains(QStringLiteral(":4:2:"))) << stop.error.toStdString();
    EXPECT_EQ(rowCounts(t), before);

    // The same options without dryRun do land.
    o.onError = OnError::Skip;
    o.dryRun = false;
    ASSERT_TRUE(importCsv(*t.store, o).ok());
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 3);
}
