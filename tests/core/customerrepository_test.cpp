#include "store/customerrepository.h"
#include "store/store.h"

#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace tenure;
using namespace tenure::store;

// Readable texts in failure messages.
static void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}
static void PrintTo(QStringView text, std::ostream* os) {
    *os << '"' << text.toString().toStdString() << '"';
}

namespace {

void insertSample(test::TempStore& t) {
    ASSERT_TRUE(t.store->exec(
        "INSERT INTO customers(id, customer_key, name, email, company, segment, plan, owner, region, "
        "signup_date, churn_date, churned, mrr) VALUES "
        "(3, 'C-3', 'Zoë Müller', 'zoe@example.de', 'Müller & Söhne GmbH', 'SMB', 'Starter', 'Ann', 'EU', "
        " 19000, NULL, 0, 49.5),"
        "(1, 'C-1', 'Ada Lovelace', 'ada@example.com', 'Analytical Engines', 'Enterprise', 'Pro', 'Bob', "
        " 'North America', 18000, 18500, 1, 1200),"
        "(2, 'C-2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
        "(7, 'C-7', '東京 商事', NULL, '東京商事株式会社', 'smb', 'Starter', 'Ann', 'APAC', "
        " 19500, 19600, NULL, 0)"));
}

} // namespace

TEST(CustomerRepository, EmptyStoreGivesAnEmptyList) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    const auto list = loadCustomerList(*t.store);
    ASSERT_TRUE(list) << list.error().toStdString();
    EXPECT_EQ(list->size(), 0u);
    EXPECT_EQ(list->keys.size(), 0u);
    EXPECT_EQ(list->segments.values().size(), 1u); // the "none" value
}

TEST(CustomerRepository, ReadsEveryColumnInRowIdOrder) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    const auto loaded = loadCustomerList(*t.store);
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    const CustomerList& c = loaded.value();
    ASSERT_EQ(c.size(), 4u);
    for (size_t n : {c.keys.size(), c.names.size(), c.emails.size(), c.companies.size(), c.segments.size(),
                     c.plans.size(), c.owners.size(), c.regions.size(), c.signupDays.size(),
                     c.churnDays.size(), c.mrr.size(), c.churned.size()})
        EXPECT_EQ(n, 4u);
    EXPECT_EQ(c.ids, (std::vector<int64_t>{1, 2, 3, 7}));

    EXPECT_EQ(c.keys.at(0), u"C-1");
    EXPECT_EQ(c.names.at(0), u"Ada Lovelace");
    EXPECT_EQ(c.emails.at(0), u"ada@example.com");
    EXPECT_EQ(c.companies.at(0), u"Analytical Engines");
    EXPECT_EQ(c.segments.at(0), QStringLiteral("Enterprise"));
    EXPECT_EQ(c.plans.at(0), QStringLiteral("Pro"));
    EXPECT_EQ(c.owners.at(0), QStringLiteral("Bob"));
    EXPECT_EQ(c.regions.at(0), QStringLiteral("North America"));
    EXPECT_EQ(c.signupDays[0], 18000);
    EXPECT_EQ(c.churnDays[0], 18500);
    EXPECT_EQ(c.churned[0], 1);
    EXPECT_DOUBLE_EQ(c.mrr[0], 1200.0);

    // Non-ASCII text survives the UTF-8 to UTF-16 decoding.
    EXPECT_EQ(c.names.at(2), QStringLiteral("Zoë Müller"));
    EXPECT_EQ(c.companies.at(2), QStringLiteral("Müller & Söhne GmbH"));
    EXPECT_EQ(c.names.at(3), QStringLiteral("東京 商事"));
    EXPECT_EQ(c.companies.at(3), QStringLiteral("東京商事株式会社"));
    EXPECT_EQ(c.churned[2], 0);
    EXPECT_EQ(c.churnDays[2], CustomerList::noDate);
}

TEST(CustomerRepository, MissingValuesGetSentinels) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    const auto loaded = loadCustomerList(*t.store);
    ASSERT_TRUE(loaded);
    const CustomerList& c = loaded.value();
    EXPECT_EQ(c.keys.at(1), u"C-2");
    EXPECT_TRUE(c.names.at(1).isEmpty());
    EXPECT_TRUE(c.emails.at(1).isEmpty());
    EXPECT_TRUE(c.companies.at(1).isEmpty());
    EXPECT_EQ(c.segments.indexAt(1), 0u);
    EXPECT_TRUE(c.segments.at(1).isEmpty());
    EXPECT_EQ(c.signupDays[1], CustomerList::noDate);
    EXPECT_FALSE(CustomerList::hasDate(c.signupDays[1]));
    EXPECT_EQ(c.churnDays[1], CustomerList::noDate);
    EXPECT_TRUE(std::isnan(c.mrr[1]));
    EXPECT_EQ(c.churned[1], 0);
    // A zero MRR is a value, not "none".
    EXPECT_DOUBLE_EQ(c.mrr[3], 0.0);
}

TEST(CustomerRepository, ChurnDateMeansChurnedWhenTheFlagIsMissing) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    const auto loaded = loadCustomerList(*t.store);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->churned[3], 1);
    EXPECT_EQ(loaded->churnDays[3], 19600);
}

TEST(CustomerRepository, RepeatedTextsAreInternedOnce) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    insertSample(t);
    const auto loaded = loadCustomerList(*t.store);
    ASSERT_TRUE(loaded);
    const CustomerList& c = loaded.value();
    // "", Enterprise, SMB, smb (case is kept: they are different values in the store).
    EXPECT_EQ(c.segments.values().size(), 4u);
    EXPECT_EQ(c.plans.values().size(), 3u);  // "", Pro, Starter
    EXPECT_EQ(c.owners.values().size(), 3u); // "", Bob, Ann
    EXPECT_EQ(c.owners.indexAt(2), c.owners.indexAt(3));
    EXPECT_EQ(c.plans.indexAt(2), c.plans.indexAt(3));

    // Ranks follow case-insensitive order with "none" first.
    const auto rank = [](const InternedColumn& col, size_t row) { return col.ranks()[col.indexAt(row)]; };
    EXPECT_LT(rank(c.owners, 1), rank(c.owners, 2));   // none < Ann
    EXPECT_LT(rank(c.owners, 2), rank(c.owners, 0));   // Ann < Bob
    EXPECT_LT(rank(c.regions, 3), rank(c.regions, 2)); // APAC < EU
    EXPECT_LT(rank(c.regions, 2), rank(c.regions, 0)); // EU < North America
}

TEST(CustomerRepository, LoadsAMillionCustomers) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    ASSERT_TRUE(t.store->exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
        "INSERT INTO customers(id, customer_key, name, email, company, segment, plan, owner, region, "
        "signup_date, churn_date, churned, mrr) "
        "SELECT i, 'CUST-' || i, 'Customer ' || i, 'c' || i || '@example.com', 'Company ' || (i % 5000), "
        "CASE i % 3 WHEN 0 THEN 'SMB' WHEN 1 THEN 'Mid-Market' ELSE 'Enterprise' END, "
        "'Plan ' || (i % 4), 'Owner ' || (i % 40), 'Region ' || (i % 7), 17000 + i % 1500, "
        "CASE WHEN i % 10 = 0 THEN 18600 END, i % 10 = 0, (i % 1000) / 4.0 FROM n"));
    const auto loaded = loadCustomerList(*t.store);
    ASSERT_TRUE(loaded) << loaded.error().toStdString();
    const CustomerList& c = loaded.value();
    ASSERT_EQ(c.size(), 1'000'000u);
    EXPECT_EQ(c.keys.at(999'999), u"CUST-1000000");
    EXPECT_EQ(c.emails.at(41), u"c42@example.com");
    EXPECT_EQ(c.segments.values().size(), 4u);
    EXPECT_EQ(c.owners.values().size(), 41u);
    EXPECT_EQ(c.regions.at(6), QStringLiteral("Region 0"));
    EXPECT_EQ(c.churned[9], 1);
    EXPECT_EQ(c.churnDays[9], 18600);
    EXPECT_EQ(c.churnDays[8], CustomerList::noDate);
    EXPECT_DOUBLE_EQ(c.mrr[1], 0.5);
}
