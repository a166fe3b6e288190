#include "demo/demostore.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "metrics/churn.h"
#include "model/dates.h"
#include "reports/churnreport.h"
#include "reports/segments.h"
#include "store/metricinputs.h"
#include "store/segmentrepository.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace tenure;
using metrics::RuleOp;
using metrics::SegmentDefinition;
using metrics::SegmentMatch;
using metrics::SegmentRule;

namespace {

void import(test::TempStore& t, const char* kind, const QString& file) {
    io::ImportOptions o;
    o.kind = QString::fromLatin1(kind);
    o.file = file;
    const io::ImportSummary s = io::importCsv(*t.store, o);
    ASSERT_TRUE(s.ok()) << s.error.toStdString();
}

// Customers A–E with a custom attribute `tier`, NPS answers, events, orders, interactions and
// tickets, judged on 2024-03-31.
void smallStore(test::TempStore& t) {
    import(t, "customers",
           t.writeFile(QStringLiteral("c.csv"),
                       "customer_id,segment,plan,mrr,signup_date,churn_date,tags,tier\n"
                       "A,SMB,Pro,100,2023-03-31,,vip,Gold\n"
                       "B,SMB,Starter,20,2024-01-01,,,silver\n"
                       "C,Enterprise,Pro,900,2022-01-01,2024-02-29,beta,Gold\n"
                       "D,Enterprise,Growth,,2024-03-01,,,\n"
                       "E,SMB,Pro,50,2024-03-30,,,10\n"));
    import(t, "nps",
           t.writeFile(QStringLiteral("n.csv"),
                       "customer_id,responded_at,score\n"
                       "A,2024-01-10,3\nA,2024-03-10,10\nB,2024-03-01,7\nC,2024-01-01,2\n"));
    import(t, "events",
           t.writeFile(QStringLiteral("e.csv"),
                       "customer_id,occurred_at,kind\nA,2024-03-21,login\nB,2023-12-01,login\n"));
    import(t, "orders",
           t.writeFile(QStringLiteral("o.csv"), "customer_id,ordered_at,amount\nB,2024-03-01,10\n"));
    import(t, "interactions",
           t.writeFile(QStringLiteral("i.csv"), "customer_id,occurred_at,kind\nA,2024-03-30,call\n"));
    import(t, "tickets",
           t.writeFile(QStringLiteral("t.csv"), "ticket_id,customer_id,created_at,resolved_at\n"
                                                "1,A,2024-03-01 10:00,\n"
                                                "2,A,2024-03-02 10:00,2024-03-03 10:00\n"
                                                "3,B,2024-03-31 09:00,2024-04-02 10:00\n"
                                                "4,D,2024-04-05 09:00,\n"));
}

std::set<QString> members(test::TempStore& t, const std::vector<SegmentRule>& rules,
                          SegmentMatch match = SegmentMatch::All) {
    const auto ids = store::evaluateSegment(*t.store, SegmentDefinition{QStringLiteral("x"), match, rules},
                                            daysFromCivil(2024, 3, 31));
    EXPECT_TRUE(ids) << ids.error().toStdString();
    if (!ids) return {};
    const auto keys = store::loadCustomerKeys(*t.store, ids.value());
    return {keys->begin(), keys->end()};
}

std::set<QString> keys(std::initializer_list<const char*> list) {
    std::set<QString> out;
    for (const char* k : list)
        out.insert(QString::fromLatin1(k));
    return out;
}

// Customers with at least one span of service (a returning customer has several).
int64_t customersWithLifetimes(store::Store& store, const store::CustomerFilter& filter) {
    const auto lifetimes = store::loadLifetimes(store, filter);
    EXPECT_TRUE(lifetimes) << lifetimes.error().toStdString();
    if (!lifetimes) return -1;
    std::set<int64_t> ids;
    for (const metrics::Lifetime& l : lifetimes.value())
        ids.insert(l.customer);
    return static_cast<int64_t>(ids.size());
}

SegmentRule rule(const char* field, RuleOp op, const char* value = "") {
    return {QString::fromLatin1(field), op, QString::fromUtf8(value)};
}

TEST(SegmentRepository, SaveListRenameAndDelete) {
    test::TempStore t;
    const SegmentDefinition gold{QStringLiteral("Gold"),
                                 SegmentMatch::Any,
                                 {rule("tier", RuleOp::Equal, "Gold"), rule("mrr", RuleOp::Greater, "500")}};
    ASSERT_TRUE(store::saveSegment(*t.store, gold));
    ASSERT_TRUE(store::saveSegment(*t.store, {QStringLiteral("Alpha"), SegmentMatch::All, {}}));
    auto all = store::listSavedSegments(*t.store);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->at(0).name, QStringLiteral("Alpha"));
    EXPECT_EQ(all->at(1), gold);
    EXPECT_EQ(store::savedSegmentNames(*t.store).value(),
              (std::vector<QString>{QStringLiteral("Alpha"), QStringLiteral("Gold")}));

    // Saving under the same name replaces; `replacing` renames in place; a taken name is refused.
    SegmentDefinition changed = gold;
    changed.match = SegmentMatch::All;
    ASSERT_TRUE(store::saveSegment(*t.store, changed));
    EXPECT_EQ(store::findSavedSegment(*t.store, QStringLiteral("Gold")).value(), changed);
    changed.name = QStringLiteral("Golden");
    ASSERT_TRUE(store::saveSegment(*t.store, changed, QStringLiteral("Gold")));
    EXPECT_FALSE(store::findSavedSegment(*t.store, QStringLiteral("Gold")).value());
    EXPECT_EQ(t.scalar("SELECT count(*) FROM segments"), 2);
    const Status taken = store::saveSegment(*t.store, changed, QStringLiteral("Alpha"));
    EXPECT_FALSE(taken);
    EXPECT_TRUE(taken.error().contains(QStringLiteral("exists already"))) << taken.error().toStdString();
    EXPECT_FALSE(store::saveSegment(*t.store, {QStringLiteral("  "), SegmentMatch::All, {}}));
    EXPECT_FALSE(
        store::saveSegment(*t.store, {QStringLiteral("x"), SegmentMatch::All, {rule("mrr", RuleOp::Less)}}));

    ASSERT_TRUE(store::deleteSavedSegment(*t.store, QStringLiteral("Golden")));
    EXPECT_FALSE(store::deleteSavedSegment(*t.store, QStringLiteral("Golden")));
    EXPECT_EQ(store::savedSegmentNames(*t.store)->size(), 1u);
}

TEST(SegmentRepository, EvaluatesCustomerFieldsAttributesAndComputedMetrics) {
    test::TempStore t;
    smallStore(t);
    EXPECT_EQ(members(t, {rule("plan", RuleOp::Equal, "pro")}), keys({"A", "C", "E"}));
    EXPECT_EQ(members(t, {rule("PLAN", RuleOp::Equal, "pro"), rule("segment", RuleOp::Equal, "SMB")}),
              keys({"A", "E"}));
    EXPECT_EQ(members(t, {rule("mrr", RuleOp::GreaterOrEqual, "100")}), keys({"A", "C"}));
    EXPECT_EQ(members(t, {rule("mrr", RuleOp::IsEmpty)}), keys({"D"}));
    EXPECT_EQ(members(t, {rule("signup_date", RuleOp::Less, "2024-01-01")}), keys({"A", "C"}));
    EXPECT_EQ(members(t, {rule("churned", RuleOp::Equal, "yes")}), keys({"C"}));
    EXPECT_EQ(members(t, {rule("tags", RuleOp::Contains, "VIP")}), keys({"A"}));
    EXPECT_EQ(members(t, {rule("customer_id", RuleOp::In, "A, B")}), keys({"A", "B"}));
    // A custom attribute by its name; a number compares as a number.
    EXPECT_EQ(members(t, {rule("tier", RuleOp::Equal, "gold")}), keys({"A", "C"}));
    EXPECT_EQ(members(t, {rule("tier", RuleOp::IsEmpty)}), keys({"D"}));
    EXPECT_EQ(members(t, {rule("tier", RuleOp::Greater, "9")}), keys({"E"}));
    EXPECT_EQ(members(t, {rule("tier", RuleOp::Equal, "Silver"), rule("tier", RuleOp::Equal, "10")},
                      SegmentMatch::Any),
              keys({"B", "E"}));
    // Latest NPS answer and its category.
    EXPECT_EQ(members(t, {rule("nps", RuleOp::GreaterOrEqual, "9")}), keys({"A"}));
    EXPECT_EQ(members(t, {rule("nps_category", RuleOp::Equal, "passive")}), keys({"B"}));
    EXPECT_EQ(members(t, {rule("nps_category", RuleOp::Equal, "detractor")}), keys({"C"}));
    EXPECT_EQ(members(t, {rule("nps", RuleOp::IsEmpty)}), keys({"D", "E"}));
    // Days since the last event, order or interaction, to 2024-03-31: A 1 (call), B 30 (order).
    EXPECT_EQ(members(t, {rule("days_since_last_activity", RuleOp::LessOrEqual, "1")}), keys({"A"}));
    EXPECT_EQ(members(t, {rule("days_since_last_activity", RuleOp::Equal, "30")}), keys({"B"}));
    EXPECT_EQ(members(t, {rule("days_since_last_activity", RuleOp::IsEmpty)}), keys({"C", "D", "E"}));
    // Open at the end of 2024-03-31: A's first ticket and B's (resolved in April); D's is later.
    EXPECT_EQ(members(t, {rule("open_tickets", RuleOp::GreaterOrEqual, "1")}), keys({"A", "B"}));
    // Tenure: to the churn day for C (789 days), to 2024-03-31 for the others (A 366).
    EXPECT_EQ(members(t, {rule("tenure_days", RuleOp::Greater, "365")}), keys({"A", "C"}));
    EXPECT_EQ(members(t, {rule("tenure_days", RuleOp::Equal, "789")}), keys({"C"}));
    EXPECT_EQ(members(t, {rule("tenure_days", RuleOp::Less, "2")}), keys({"E"}));
    // No rules: everyone.
    EXPECT_EQ(members(t, {}).size(), 5u);

    // The editor's field list: customer fields, computed metrics, then the attributes.
    const auto fields = store::segmentFields(*t.store);
    ASSERT_TRUE(fields);
    EXPECT_TRUE(std::any_of(fields->begin(), fields->end(), [](const store::SegmentField& f) {
        return f.name == u"tier" && f.kind == store::SegmentFieldKind::Attribute;
    }));
    EXPECT_TRUE(std::any_of(fields->begin(), fields->end(), [](const store::SegmentField& f) {
        return f.name == u"days_since_last_activity" && f.kind == store::SegmentFieldKind::Computed;
    }));
}

TEST(SegmentRepository, ARegisteredComputedFieldIsUsable) {
    test::TempStore t;
    smallStore(t);
    store::registerComputedFields(
        {{{QStringLiteral("test_lucky"), store::SegmentFieldKind::Computed, QStringLiteral("a test field")}},
         [](store::Store& s, const QStringList& wanted,
            int64_t) -> Expected<std::vector<store::FieldValues>> {
             const auto ids = store::evaluateSegment(
                 s, SegmentDefinition{
                        QStringLiteral("b"), SegmentMatch::All, {rule("customer_id", RuleOp::Equal, "B")}});
             store::FieldValues v;
             for (int64_t id : ids.value())
                 v[id] = QStringLiteral("yes");
             return std::vector<store::FieldValues>(static_cast<size_t>(wanted.size()), v);
         }});
    EXPECT_EQ(members(t, {rule("test_lucky", RuleOp::Equal, "true")}), keys({"B"}));
    const auto fields = store::computedSegmentFields();
    EXPECT_TRUE(std::any_of(fields.begin(), fields.end(),
                            [](const store::SegmentField& f) { return f.name == u"test_lucky"; }));
}

// The check: a segment over a custom attribute of the IBM Telco file, where every column
// but the mapped ones is a custom attribute, against counts read from the file itself.
TEST(SegmentRepository, TelcoSegmentOverACustomAttributeFiltersTheSnapshotChurn) {
    test::TempStore t;
    const QString file = test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv"));
    import(t, "customers", file);
    io::CsvReader reader;
    ASSERT_TRUE(reader.open(file));
    io::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    const auto column = [&record](const char* name) {
        return std::find(record.fields.begin(), record.fields.end(), name) - record.fields.begin();
    };
    const auto internet = static_cast<size_t>(column("InternetService"));
    const auto senior = static_cast<size_t>(column("SeniorCitizen"));
    const auto churn = static_cast<size_t>(column("Churn"));
    int64_t fiber = 0, fiberChurned = 0, either = 0;
    while (reader.next(record)) {
        const bool isFiber = record.fields[internet] == "Fiber optic";
        fiber += isFiber ? 1 : 0;
        fiberChurned += isFiber && record.fields[churn] == "Yes" ? 1 : 0;
        either += isFiber || record.fields[senior] == "1" ? 1 : 0;
    }
    ASSERT_GT(fiber, 0);

    ASSERT_TRUE(store::saveSegment(*t.store, {QStringLiteral("Fiber"),
                                              SegmentMatch::All,
                                              {rule("InternetService", RuleOp::Equal, "Fiber optic")}}));
    ASSERT_TRUE(store::saveSegment(*t.store, {QStringLiteral("Fiber or senior"),
                                              SegmentMatch::Any,
                                              {rule("InternetService", RuleOp::Equal, "fiber optic"),
                                               rule("SeniorCitizen", RuleOp::Equal, "yes")}}));
    const auto snapshot = store::loadSnapshot(*t.store, {}, {QStringLiteral("Fiber")});
    ASSERT_TRUE(snapshot) << snapshot.error().toStdString();
    const auto rows = metrics::snapshotChurn(snapshot.value(), false);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().customers, fiber);
    EXPECT_EQ(rows.front().churned, fiberChurned);
    EXPECT_EQ(store::evaluateSegment(*t.store, QStringLiteral("Fiber or senior"))->size(),
              static_cast<size_t>(either));
    // A name that is no saved segment is still a value of the segment column (none here).
    EXPECT_TRUE(store::loadSnapshot(*t.store, {}, {QStringLiteral("Month-to-month")})->empty());
}

TEST(SegmentRepository, DatedReportsAndTheExportHonourASavedSegment) {
    test::TempStore t;
    demo::DemoOptions options;
    options.customers = 400;
    options.seed = 9;
    options.today = daysFromCivil(2025, 6, 30);
    options.years = 2;
    ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    // The saved segment "Big" holds exactly the customers of two segment values.
    ASSERT_TRUE(store::saveSegment(
        *t.store,
        {QStringLiteral("Big"), SegmentMatch::All, {rule("segment", RuleOp::In, "Enterprise, Mid-Market")}}));
    const int64_t big =
        t.scalar("SELECT count(*) FROM customers WHERE segment IN ('Enterprise', 'Mid-Market')");
    ASSERT_GT(big, 0);
    EXPECT_EQ(customersWithLifetimes(*t.store, {QStringLiteral("Big")}), big);

    // Monthly churn of the saved segment = the sum of its two values' counts, month by month.
    reports::ChurnReportOptions o;
    o.from = daysFromCivil(2023, 7, 1);
    o.to = daysFromCivil(2025, 6, 30);
    o.filter = {QStringLiteral("Big")};
    const auto saved = reports::computeChurnReport(*t.store, o);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    o.filter = {QStringLiteral("Enterprise")};
    const auto enterprise = reports::computeChurnReport(*t.store, o);
    o.filter = {QStringLiteral("Mid-Market")};
    const auto mid = reports::computeChurnReport(*t.store, o);
    ASSERT_TRUE(enterprise && mid);
    ASSERT_FALSE(saved->churn.empty());
    ASSERT_EQ(saved->churn.size(), enterprise->churn.size());
    for (size_t i = 0; i < saved->churn.size(); ++i) {
        EXPECT_EQ(saved->churn[i].lost, enterprise->churn[i].lost + mid->churn[i].lost);
        EXPECT_EQ(saved->churn[i].customersAtEnd,
                  enterprise->churn[i].customersAtEnd + mid->churn[i].customersAtEnd);
    }

    // Support tickets (joined to customers) and NPS answers of the segment only.
    const auto tickets = store::loadSupportTickets(*t.store, {}, {QStringLiteral("Big")});
    ASSERT_TRUE(tickets);
    EXPECT_EQ(static_cast<int64_t>(tickets->size()),
              t.scalar("SELECT count(*) FROM tickets t JOIN customers c ON c.id = t.customer "
                       "WHERE c.segment IN ('Enterprise', 'Mid-Market')"));
    const auto nps = store::loadNpsAnswers(*t.store, {QStringLiteral("Big")});
    ASSERT_TRUE(nps);
    EXPECT_EQ(static_cast<int64_t>(nps->size()),
              t.scalar("SELECT count(*) FROM nps n JOIN customers c ON c.id = n.customer "
                       "WHERE c.segment IN ('Enterprise', 'Mid-Market')"));

    // A change to the segment is seen by the next load on the same connection.
    ASSERT_TRUE(store::saveSegment(
        *t.store,
        {QStringLiteral("Big"), SegmentMatch::All, {rule("segment", RuleOp::Equal, "Enterprise")}}));
    EXPECT_EQ(customersWithLifetimes(*t.store, {QStringLiteral("Big")}),
              t.scalar("SELECT count(*) FROM customers WHERE segment = 'Enterprise'"));

    // The export takes the saved segment too.
    const QString out = t.dir.filePath(QStringLiteral("big.csv"));
    const auto exported = io::exportCsv(*t.store, {QStringLiteral("customers"), out, QStringLiteral("Big")});
    ASSERT_TRUE(exported) << exported.error().toStdString();
    EXPECT_EQ(exported.value(), t.scalar("SELECT count(*) FROM customers WHERE segment = 'Enterprise'"));

    // The segments report: saved segments first (kind saved), then the segment values.
    const auto report =
        reports::computeSegments(*t.store, std::nullopt, reports::segmentCostsFromSettings(*t.store));
    ASSERT_TRUE(report) << report.error().toStdString();
    ASSERT_GE(report->size(), 2u);
    EXPECT_EQ(report->front().segment, QStringLiteral("Big"));
    EXPECT_EQ(report->front().kind, reports::SegmentKind::Saved);
    const auto value = std::find_if(report->begin(), report->end(), [](const reports::SegmentRow& r) {
        return r.segment == u"Enterprise" && r.kind == reports::SegmentKind::Value;
    });
    ASSERT_NE(value, report->end());
    EXPECT_EQ(report->front().customers, value->customers);
    EXPECT_DOUBLE_EQ(report->front().revenue, value->revenue);
}

} // namespace
