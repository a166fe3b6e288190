#include "io/customerlistcsv.h"
#include "store/bulkedits.h"
#include "store/customerrepository.h"
#include "store/store.h"

#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::store;

// Readable texts in failure messages.
static void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace {

void insertSample(test::TempStore& t) {
    ASSERT_TRUE(t.store->exec(
        "INSERT INTO customers(id, customer_key, name, email, company, segment, plan, owner, region, "
        "signup_date, churn_date, churned, mrr, tags) VALUES "
        "(1, 'C-1', 'Ada Lovelace', 'ada@example.com', 'Analytical Engines, Ltd', 'Enterprise', 'Pro', "
        "'Bob', "
        " 'EU', 18000, NULL, 0, 1200.5, 'beta;sso'),"
        "(2, 'C-2', 'Bea', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 19200, 1, NULL, 'vip, partner'),"
        "(3, 'C-3', 'Cyd', NULL, NULL, NULL, NULL, 'Ann', NULL, 19000, NULL, 0, 0, NULL)"));
}

QString text(test::TempStore& t, const char* column, int64_t id) {
    QSqlQuery q(t.store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(QLatin1StringView(column)));
    q.addBindValue(QVariant::fromValue(id));
    EXPECT_TRUE(q.exec() && q.next());
    return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
}

} // namespace

TEST(BulkEdits, SetsTheOwnerOfEveryGivenCustomerAndSkipsUnknownIds) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    ASSERT_TRUE(setOwnerOf(*t.store, {1, 2, 99}, QStringLiteral("  Zoë ")));
    EXPECT_EQ(text(t, "owner", 1), QStringLiteral("Zoë"));
    EXPECT_EQ(text(t, "owner", 2), QStringLiteral("Zoë"));
    EXPECT_EQ(text(t, "owner", 3), QStringLiteral("Ann"));
    ASSERT_TRUE(setOwnerOf(*t.store, {1}, QString()));
    EXPECT_EQ(text(t, "owner", 1), QStringLiteral("<null>"));
    // A user's text is a value, never SQL.
    ASSERT_TRUE(setOwnerOf(*t.store, {3}, QStringLiteral("x'); DROP TABLE customers; --")));
    EXPECT_EQ(text(t, "owner", 3), QStringLiteral("x'); DROP TABLE customers; --"));
    EXPECT_TRUE(setOwnerOf(*t.store, {}, QStringLiteral("Nobody")));
}

TEST(BulkEdits, AddsATagOnceWithTheListsSeparator) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    ASSERT_TRUE(addTagTo(*t.store, {1, 2, 3}, QStringLiteral("renewal")));
    EXPECT_EQ(text(t, "tags", 1), QStringLiteral("beta;sso;renewal"));
    EXPECT_EQ(text(t, "tags", 2), QStringLiteral("vip, partner,renewal"));
    EXPECT_EQ(text(t, "tags", 3), QStringLiteral("renewal"));
    // Present already (any case, around spaces): not added twice.
    ASSERT_TRUE(addTagTo(*t.store, {1, 2, 3}, QStringLiteral("Renewal")));
    ASSERT_TRUE(addTagTo(*t.store, {2}, QStringLiteral("PARTNER")));
    EXPECT_EQ(text(t, "tags", 1), QStringLiteral("beta;sso;renewal"));
    EXPECT_EQ(text(t, "tags", 2), QStringLiteral("vip, partner,renewal"));
    EXPECT_EQ(text(t, "tags", 3), QStringLiteral("renewal"));

    EXPECT_FALSE(addTagTo(*t.store, {1}, QStringLiteral("a;b")));
    EXPECT_FALSE(addTagTo(*t.store, {1}, QStringLiteral("  ")));
    EXPECT_EQ(text(t, "tags", 1), QStringLiteral("beta;sso;renewal"));
}

TEST(BulkEdits, WithTagHandlesEmptyAndSeparatedLists) {
    EXPECT_EQ(withTag(QString(), QStringLiteral("a")), QStringLiteral("a"));
    EXPECT_EQ(withTag(QStringLiteral(" "), QStringLiteral("a")), QStringLiteral("a"));
    EXPECT_EQ(withTag(QStringLiteral("ab"), QStringLiteral("a")), QStringLiteral("ab;a"));
    EXPECT_EQ(withTag(QStringLiteral("x;;a"), QStringLiteral("A")), QStringLiteral("x;;a"));
    EXPECT_EQ(withTag(QStringLiteral("x, y"), QStringLiteral("z")), QStringLiteral("x, y,z"));
}

TEST(BulkEdits, ExportsTheGivenRowsInOrder) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    auto list = loadCustomerList(*t.store);
    ASSERT_TRUE(list);
    const QString path = t.dir.filePath(QStringLiteral("selected.csv"));
    ASSERT_TRUE(io::writeCustomerRowsCsv(list.value(), {2, 0}, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()),
              QStringLiteral("customer_id,name,company,email,segment,plan,owner,region,signup_date,churned,"
                             "churn_date,mrr\n"
                             "C-3,Cyd,,,,,Ann,,2022-01-08,false,,0\n"
                             "C-1,Ada Lovelace,\"Analytical Engines, Ltd\",ada@example.com,Enterprise,Pro,"
                             "Bob,EU,2019-04-14,false,,1200.5\n"));
    EXPECT_FALSE(
        io::writeCustomerRowsCsv(list.value(), {0}, t.dir.filePath(QStringLiteral("no/such/dir.csv"))));
}
