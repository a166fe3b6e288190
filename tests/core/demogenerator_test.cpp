#include "demo/demogenerator.h"
#include "model/dates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace tenure;
using namespace tenure::demo;

namespace {

using Row = std::vector<std::string>;

const char* const kEntities[] = {"customers", "subscriptions", "orders",     "events",       "tickets",
                                 "nps",       "feedback",      "onboarding", "interactions", "loyalty"};

std::string readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// A strict RFC 4180 parser for the generator's own output (LF line ends, quotes doubled).
std::vector<Row> parseCsv(const std::string& text) {
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\n') {
            row.push_back(field);
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
        } else {
            field.push_back(c);
        }
    }
    return rows;
}

int64_t dayOf(const std::string& dateOrTimestamp) {
    const int y = std::stoi(dateOrTimestamp.substr(0, 4));
    const int m = std::stoi(dateOrTimestamp.substr(5, 2));
    const int d = std::stoi(dateOrTimestamp.substr(8, 2));
    return daysFromCivil(y, m, d);
}

int64_t secondsOf(const std::string& ts) {
    return dayOf(ts) * 86400 + std::stoi(ts.substr(11, 2)) * 3600 + std::stoi(ts.substr(14, 2)) * 60 +
           std::stoi(ts.substr(17, 2));
}

bool isDate(const std::string& s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           isValidDate(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)));
}

bool isTimestamp(const std::string& s) {
    return s.size() == 20 && isDate(s.substr(0, 10)) && s[10] == 'T' && s[13] == ':' && s[16] == ':' &&
           s[19] == 'Z';
}

const int64_t kToday = daysFromCivil(2025, 6, 30);

DemoOptions options2000(uint64_t seed = 42) {
    DemoOptions o;
    o.customers = 2000;
    o.seed = seed;
    o.today = kToday;
    o.years = 3;
    return o;
}

// One generated company shared by the read-only tests of this suite.
class DemoGeneratorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = std::make_unique<QTemporaryDir>();
        s_result = writeDemoCsv(options2000(), s_dir->path());
        for (const char* entity : kEntities)
            s_files[entity] = parseCsv(readAll(path(entity)));
    }
    static void TearDownTestSuite() {
        s_files.clear();
        s_dir.reset();
    }
    static QString path(const char* entity) {
        return QDir(s_dir->path()).filePath(QString::fromLatin1(entity) + QStringLiteral(".csv"));
    }
    static const std::vector<Row>& rows(const char* entity) { return s_files[entity]; }
    // customer_id -> customers.csv row
    static std::map<std::string, Row> customersById() {
        std::map<std::string, Row> byId;
        const auto& all = rows("customers");
        for (size_t i = 1; i < all.size(); ++i)
            byId[all[i][0]] = all[i];
        return byId;
    }

    static std::unique_ptr<QTemporaryDir> s_dir;
    static DemoResult s_result;
    static std::map<std::string, std::vector<Row>> s_files;
};

std::unique_ptr<QTemporaryDir> DemoGeneratorTest::s_dir;
DemoResult DemoGeneratorTest::s_result;
std::map<std::string, std::vector<Row>> DemoGeneratorTest::s_files;

} // namespace

TEST_F(DemoGeneratorTest, WritesEveryFileWithTheCanonicalHeader) {
    ASSERT_TRUE(s_result.ok) << s_result.error.toStdString();
    const std::map<std::string, std::string> headers = {
        {"customers",
         "customer_id,name,email,company,segment,plan,owner,region,signup_date,churn_date,churned,"
         "churn_reason,mrr,renewal_date,tags"},
        {"subscriptions", "customer_id,started_at,ended_at,plan,mrr,billing_period"},
        {"orders", "customer_id,ordered_at,order_id,amount,currency,channel"},
        {"events", "customer_id,occurred_at,kind,feature"},
        {"tickets",
         "ticket_id,customer_id,created_at,first_response_at,resolved_at,channel,priority,agent,contacts,"
         "wait_seconds,abandoned,csat,wow_note"},
        {"nps", "customer_id,responded_at,score,comment"},
        {"feedback", "customer_id,created_at,kind,category,text"},
        {"onboarding", "customer_id,milestone,due_date,completed_at"},
        {"interactions", "customer_id,occurred_at,kind,note,owner"},
        {"loyalty", "customer_id,occurred_at,points,reason"},
    };
    for (const auto& [entity, header] : headers) {
        const std::string text = readAll(path(entity.c_str()));
        ASSERT_FALSE(text.empty()) << entity;
        EXPECT_EQ(text.substr(0, text.find('\n')), header) << entity;
        EXPECT_EQ(text.back(), '\n') << entity;
        EXPECT_EQ(text.find('\r'), std::string::npos) << entity;
        const size_t columns = rows(entity.c_str()).front().size();
        for (const Row& row : rows(entity.c_str()))
            ASSERT_EQ(row.size(), columns) << entity;
        EXPECT_EQ(s_result.rows.at(QString::fromStdString(entity)),
                  static_cast<int64_t>(rows(entity.c_str()).size()) - 1)
            << entity;
    }
}

TEST_F(DemoGeneratorTest, RowCountsScaleWithTheCustomerCount) {
    const auto count = [](const char* entity) { return static_cast<int64_t>(rows(entity).size()) - 1; };
    EXPECT_EQ(count("customers"), 2000);
    EXPECT_GE(count("subscriptions"), 2000);
    EXPECT_LE(count("subscriptions"), 3000);
    EXPECT_GE(count("events"), 15000);
    EXPECT_LE(count("events"), 25000);
    EXPECT_GE(count("tickets"), 1500);
    EXPECT_LE(count("tickets"), 2500);
    EXPECT_GE(count("nps"), 450);
    EXPECT_LE(count("nps"), 750);
    EXPECT_GT(count("orders"), 1000);
    EXPECT_GT(count("feedback"), 200);
    EXPECT_GT(count("onboarding"), 7000);
    EXPECT_LE(count("onboarding"), 8000);
    EXPECT_GT(count("interactions"), 2000);
    EXPECT_GT(count("loyalty"), 500); // bonuses and redemptions: purchase points derive from orders
}

TEST_F(DemoGeneratorTest, CustomersAreConsistent) {
    const auto& all = rows("customers");
    int churned = 0;
    std::set<std::string> segments;
    std::set<std::string> plans;
    std::set<std::string> owners;
    std::set<std::string> regions;
    std::string previousId;
    for (size_t i = 1; i < all.size(); ++i) {
        const Row& r = all[i];
        char expectedId[32];
        std::snprintf(expectedId, sizeof expectedId, "C%07zu", i);
        EXPECT_EQ(r[0], expectedId);
        EXPECT_FALSE(r[1].empty());
        EXPECT_NE(r[2].find('@'), std::string::npos) << r[2];
        EXPECT_FALSE(r[3].empty());
        segments.insert(r[4]);
        plans.insert(r[5]);
        owners.insert(r[6]);
        regions.insert(r[7]);
        ASSERT_TRUE(isDate(r[8])) << r[8];
        const int64_t signup = dayOf(r[8]);
        EXPECT_LE(signup, kToday);
        EXPECT_GT(signup, kToday - 3 * 366);
        const bool hasChurnDate = !r[9].empty();
        EXPECT_EQ(r[10], hasChurnDate ? "true" : "false") << r[0];
        EXPECT_EQ(r[11].empty(), !hasChurnDate) << r[0];
        EXPECT_EQ(r[13].empty(), hasChurnDate) << r[0]; // renewal date only for active customers
        if (hasChurnDate) {
            ++churned;
            ASSERT_TRUE(isDate(r[9]));
            EXPECT_GE(dayOf(r[9]), signup) << r[0];
            EXPECT_LE(dayOf(r[9]), kToday) << r[0];
        } else {
            EXPECT_GT(dayOf(r[13]), kToday) << r[0];
            EXPECT_NE(r[12], "0.00") << r[0];
        }
        EXPECT_NE(r[12].find('.'), std::string::npos);
        EXPECT_EQ(r[12].size() - r[12].find('.'), 3u) << r[12];
    }
    EXPECT_EQ(segments, (std::set<std::string>{"SMB", "Mid-Market", "Enterprise"}));
    EXPECT_EQ(plans, (std::set<std::string>{"Starter", "Growth", "Pro", "Enterprise"}));
    EXPECT_EQ(owners.size(), 8u);
    EXPECT_EQ(regions, (std::set<std::string>{"EMEA", "NA", "APAC", "LATAM"}));
    EXPECT_GT(churned, 300);
    EXPECT_LT(churned, 1400);
}

TEST_F(DemoGeneratorTest, EveryRowBelongsToAKnownCustomer) {
    const auto customers = customersById();
    for (const char* entity : kEntities) {
        const auto& all = rows(entity);
        const size_t column = std::string(entity) == "tickets" ? 1 : 0;
        for (size_t i = 1; i < all.size(); ++i)
            ASSERT_TRUE(customers.count(all[i][column])) << entity << " line " << i + 1;
    }
}

TEST_F(DemoGeneratorTest, ActivityLiesBetweenSignupAndChurnOrToday) {
    const auto customers = customersById();
    for (const char* entity : {"events", "orders"}) {
        const auto& all = rows(entity);
        for (size_t i = 1; i < all.size(); ++i) {
            const Row& c = customers.at(all[i][0]);
            ASSERT_TRUE(isTimestamp(all[i][1])) << all[i][1];
            const int64_t day = dayOf(all[i][1]);
            EXPECT_GE(day, dayOf(c[8])) << entity << " line " << i + 1;
            EXPECT_LE(day, kToday) << entity << " line " << i + 1;
            if (!c[9].empty()) {
                EXPECT_LT(day, dayOf(c[9])) << entity << " line " << i + 1;
            }
        }
    }
    for (const char* entity : {"nps", "interactions", "loyalty", "feedback"}) {
        const auto& all = rows(entity);
        for (size_t i = 1; i < all.size(); ++i) {
            ASSERT_TRUE(isTimestamp(all[i][1])) << entity << ": " << all[i][1];
            EXPECT_GE(dayOf(all[i][1]), dayOf(customers.at(all[i][0])[8])) << entity;
            EXPECT_LE(dayOf(all[i][1]), kToday) << entity;
        }
    }
}

TEST_F(DemoGeneratorTest, SignupsGrowAndIdsFollowTheSignupDate) {
    const auto& all = rows("customers");
    int firstYear = 0, lastYear = 0;
    int64_t previous = 0;
    for (size_t i = 1; i < all.size(); ++i) {
        const int64_t signup = dayOf(all[i][8]);
        EXPECT_GE(signup, previous) << all[i][0];
        previous = signup;
        firstYear += signup <= kToday - 2 * 365 ? 1 : 0;
        lastYear += signup > kToday - 365 ? 1 : 0;
    }
    EXPECT_GT(lastYear, 2 * firstYear);
}

TEST_F(DemoGeneratorTest, UsageFadesBeforeAChurn) {
    // Weekly events in the 4 weeks before a churn against the 30 weeks before those (the
    // "usage down" signal), for churned customers who stayed long enough to have both.
    const auto customers = customersById();
    std::map<std::string, std::vector<int64_t>> days;
    const auto& all = rows("events");
    for (size_t i = 1; i < all.size(); ++i)
        days[all[i][0]].push_back(dayOf(all[i][1]));
    double recent = 0, before = 0;
    for (const auto& [id, c] : customers) {
        if (c[9].empty() || dayOf(c[9]) - dayOf(c[8]) < 300) continue;
        const int64_t churn = dayOf(c[9]);
        for (const int64_t d : days[id]) {
            recent += churn - d <= 28 ? 1.0 / 4 : 0.0;
            before += churn - d > 28 && churn - d <= 238 ? 1.0 / 30 : 0.0;
        }
    }
    ASSERT_GT(before, 0.0);
    EXPECT_LT(recent / before, 0.6);
}

TEST_F(DemoGeneratorTest, EventsUseTheKnownKindsAndFeatures) {
    const std::set<std::string> features = {"reports",    "dashboards", "integrations",
                                            "automation", "api",        "mobile"};
    std::map<std::string, int> kinds;
    const auto& all = rows("events");
    for (size_t i = 1; i < all.size(); ++i) {
        ++kinds[all[i][2]];
        if (all[i][2] == "feature_use") {
            EXPECT_TRUE(features.count(all[i][3])) << all[i][3];
        } else {
            EXPECT_TRUE(all[i][3].empty());
        }
    }
    EXPECT_EQ(kinds.size(), 4u);
    EXPECT_GT(kinds["login"], kinds["feature_use"]);
    EXPECT_GT(kinds["feature_use"], kinds["export"]);
}

TEST_F(DemoGeneratorTest, SubscriptionsFollowTheCustomerLifecycle) {
    const auto customers = customersById();
    std::map<std::string, std::vector<Row>> byCustomer;
    const auto& all = rows("subscriptions");
    for (size_t i = 1; i < all.size(); ++i) {
        byCustomer[all[i][0]].push_back(all[i]);
        EXPECT_TRUE(all[i][5] == "monthly" || all[i][5] == "annual");
    }
    EXPECT_EQ(byCustomer.size(), customers.size());
    int reactivated = 0;
    for (const auto& [id, subs] : byCustomer) {
        const Row& c = customers.at(id);
        EXPECT_EQ(subs.front()[1], c[8]) << id; // first subscription starts at signup
        for (size_t k = 0; k + 1 < subs.size(); ++k) {
            ASSERT_FALSE(subs[k][2].empty()) << id;
            EXPECT_LE(dayOf(subs[k][2]), dayOf(subs[k + 1][1])) << id;
            if (subs[k][2] != subs[k + 1][1]) ++reactivated;
        }
        EXPECT_EQ(subs.back()[2], c[9]) << id; // the last one ends at the churn date, or is open
        EXPECT_EQ(subs.back()[3], c[5]) << id;
    }
    EXPECT_GT(reactivated, 5);
}

TEST_F(DemoGeneratorTest, TicketsLookLikeARealHelpdesk) {
    const auto& all = rows("tickets");
    std::map<std::string, int> channels;
    std::set<std::string> agents;
    std::set<std::string> ids;
    int live = 0, abandoned = 0, resolved = 0, oneTouch = 0, answered = 0, within24h = 0, old = 0;
    int ratings = 0, satisfied = 0;
    const int64_t asOf = (kToday + 1) * 86400;
    for (size_t i = 1; i < all.size(); ++i) {
        const Row& t = all[i];
        EXPECT_TRUE(ids.insert(t[0]).second) << t[0];
        EXPECT_EQ(t[0].size(), 9u);
        EXPECT_EQ(t[0][0], 'T');
        ++channels[t[5]];
        agents.insert(t[7]);
        const int64_t created = secondsOf(t[2]);
        EXPECT_LT(created, asOf);
        if (!t[3].empty()) {
            EXPECT_GE(secondsOf(t[3]), created) << t[0];
            EXPECT_LT(secondsOf(t[3]), asOf) << t[0];
        }
        if (!t[4].empty()) {
            EXPECT_GE(secondsOf(t[4]), created) << t[0];
            EXPECT_LT(secondsOf(t[4]), asOf) << t[0];
            ++resolved;
            const int contacts = std::stoi(t[8]);
            EXPECT_GE(contacts, 0);
            EXPECT_LE(contacts, 5);
            oneTouch += contacts <= 1 ? 1 : 0;
        }
        const bool isLive = t[5] == "chat" || t[5] == "phone";
        EXPECT_EQ(t[10].empty(), !isLive) << t[0];
        if (isLive) {
            ++live;
            if (t[10] == "true") {
                ++abandoned;
                EXPECT_TRUE(t[3].empty()) << t[0];
                EXPECT_FALSE(t[9].empty()) << t[0];
            }
        } else {
            EXPECT_TRUE(t[9].empty());
        }
        if (created <= asOf - 86400 && !(isLive && t[10] == "true")) {
            ++old;
            if (!t[3].empty()) {
                ++answered;
                within24h += secondsOf(t[3]) - created <= 86400 ? 1 : 0;
            }
        }
        if (!t[11].empty()) {
            const int csat = std::stoi(t[11]);
            EXPECT_GE(csat, 1);
            EXPECT_LE(csat, 5);
            ++ratings;
            satisfied += csat >= 4 ? 1 : 0;
        }
    }
    EXPECT_EQ(channels.size(), 4u);
    for (const char* c : {"email", "chat", "phone", "web"})
        EXPECT_GT(channels[c], 0) << c;
    EXPECT_GE(agents.size(), 10u);
    const double fcr = 100.0 * oneTouch / resolved;
    EXPECT_GT(fcr, 62.0);
    EXPECT_LT(fcr, 80.0);
    const double abandonment = 100.0 * abandoned / live;
    EXPECT_GT(abandonment, 2.0);
    EXPECT_LT(abandonment, 9.0);
    const double late = 100.0 - 100.0 * within24h / old;
    EXPECT_GT(late, 4.0);
    EXPECT_LT(late, 14.0);
    const double csat = 100.0 * satisfied / ratings;
    EXPECT_GT(csat, 70.0);
    EXPECT_LT(csat, 92.0);
    EXPECT_GT(resolved, static_cast<int>(all.size()) * 8 / 10);
}

TEST_F(DemoGeneratorTest, NpsIsInRangeAndLowerForLeavers) {
    const auto customers = customersById();
    const auto& all = rows("nps");
    int promoters = 0, detractors = 0, leaverCount = 0, stayerCount = 0;
    double leaverSum = 0, stayerSum = 0;
    for (size_t i = 1; i < all.size(); ++i) {
        const int score = std::stoi(all[i][2]);
        ASSERT_GE(score, 0);
        ASSERT_LE(score, 10);
        promoters += score >= 9 ? 1 : 0;
        detractors += score <= 6 ? 1 : 0;
        if (customers.at(all[i][0])[10] == "true") {
            leaverSum += score;
            ++leaverCount;
        } else {
            stayerSum += score;
            ++stayerCount;
        }
    }
    const int n = static_cast<int>(all.size()) - 1;
    const double nps = 100.0 * (promoters - detractors) / n;
    EXPECT_GE(nps, 12.0);
    EXPECT_LE(nps, 42.0);
    ASSERT_GT(leaverCount, 0);
    EXPECT_LT(leaverSum / leaverCount, stayerSum / stayerCount - 0.5);
}

TEST_F(DemoGeneratorTest, OnboardingHasFourMilestonesNeverDueAfterToday) {
    const auto customers = customersById();
    const auto& all = rows("onboarding");
    std::map<std::string, int> perMilestone;
    int completed = 0;
    for (size_t i = 1; i < all.size(); ++i) {
        const Row& r = all[i];
        ++perMilestone[r[1]];
        ASSERT_TRUE(isDate(r[2]));
        EXPECT_LE(dayOf(r[2]), kToday);
        if (!r[3].empty()) {
            ++completed;
            ASSERT_TRUE(isTimestamp(r[3]));
            EXPECT_LE(dayOf(r[3]), kToday);
            EXPECT_GE(dayOf(r[3]), dayOf(customers.at(r[0])[8]));
        }
    }
    EXPECT_EQ(perMilestone.size(), 4u);
    EXPECT_GT(perMilestone["Data migrated"], 1900);
    const double share = 100.0 * completed / (static_cast<double>(all.size()) - 1);
    EXPECT_GT(share, 60.0);
    EXPECT_LT(share, 95.0);
}

TEST_F(DemoGeneratorTest, LoyaltyBalancesNeverGoNegative) {
    // Purchase points are not written: they are derived from the orders (one point per whole
    // currency unit at the default rate), so each member's balance is the orders' points plus
    // the ledger, and a refund takes back at most what is left (metrics::deriveLedger).
    const auto& all = rows("loyalty");
    struct Entry {
        std::string at;
        int64_t points;
        bool order;
    };
    std::map<std::string, std::vector<Entry>> ledger;
    std::set<std::string> reasons;
    for (size_t i = 1; i < all.size(); ++i) {
        ledger[all[i][0]].push_back({all[i][1], std::stoll(all[i][2]), false});
        reasons.insert(all[i][3]);
    }
    const auto& orders = rows("orders");
    for (size_t i = 1; i < orders.size(); ++i)
        if (ledger.count(orders[i][0]))
            ledger[orders[i][0]].push_back(
                {orders[i][1], static_cast<int64_t>(std::stod(orders[i][3])), true});
    for (auto& [id, entries] : ledger) {
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.at != b.at ? a.at < b.at : (a.points > 0) > (b.points > 0);
        });
        int64_t balance = 0;
        for (const Entry& e : entries) {
            if (e.order && e.points < 0)
                balance -= std::min(-e.points, balance);
            else
                balance += e.points;
            ASSERT_GE(balance, 0) << id << " at " << e.at;
        }
    }
    for (const char* r : {"referral", "review", "social", "redeem"})
        EXPECT_TRUE(reasons.count(r)) << r;
    EXPECT_FALSE(reasons.count("purchase")); // derived from the orders, never stored
}

TEST_F(DemoGeneratorTest, OrdersHaveIdsCurrenciesAndSomeRefunds) {
    const auto& all = rows("orders");
    std::set<std::string> currencies, channels, ids;
    int refunds = 0;
    for (size_t i = 1; i < all.size(); ++i) {
        EXPECT_TRUE(ids.insert(all[i][2]).second);
        EXPECT_EQ(all[i][2].size(), 9u);
        currencies.insert(all[i][4]);
        channels.insert(all[i][5]);
        refunds += all[i][3][0] == '-' ? 1 : 0;
        EXPECT_EQ(all[i][3].size() - all[i][3].find('.'), 3u);
    }
    EXPECT_EQ(currencies, (std::set<std::string>{"EUR", "USD", "GBP"}));
    EXPECT_EQ(channels, (std::set<std::string>{"web", "sales", "partner"}));
    EXPECT_GT(refunds, 0);
}

TEST_F(DemoGeneratorTest, ExitSurveysCarryTheChurnReason) {
    const auto customers = customersById();
    const std::set<std::string> reasons = {"price",        "missing feature", "switched to competitor",
                                           "poor support", "business closed", "no longer needed"};
    const auto& all = rows("feedback");
    std::set<std::string> kinds;
    for (size_t i = 1; i < all.size(); ++i) {
        kinds.insert(all[i][2]);
        if (all[i][2] == "exit_survey") {
            EXPECT_TRUE(reasons.count(all[i][3])) << all[i][3];
        }
    }
    EXPECT_EQ(kinds, (std::set<std::string>{"exit_survey", "feature_request", "complaint", "praise"}));
    for (const auto& [id, c] : customers) {
        if (!c[11].empty()) {
            EXPECT_TRUE(reasons.count(c[11])) << c[11];
        }
    }
}

TEST(DemoGenerator, SameOptionsGiveByteIdenticalFiles) {
    QTemporaryDir a, b, c;
    ASSERT_TRUE(writeDemoCsv(options2000(7), a.path()).ok);
    ASSERT_TRUE(writeDemoCsv(options2000(7), b.path()).ok);
    ASSERT_TRUE(writeDemoCsv(options2000(8), c.path()).ok);
    for (const char* entity : kEntities) {
        const QString name = QString::fromLatin1(entity) + QStringLiteral(".csv");
        const std::string first = readAll(QDir(a.path()).filePath(name));
        EXPECT_EQ(first, readAll(QDir(b.path()).filePath(name))) << entity;
        EXPECT_NE(first, readAll(QDir(c.path()).filePath(name))) << entity;
    }
}

TEST(DemoGenerator, CreatesTheFolderAndReportsProgress) {
    QTemporaryDir root;
    const QString dir = QDir(root.path()).filePath(QStringLiteral("nested/demo"));
    DemoOptions o = options2000();
    o.customers = 5000;
    std::vector<double> seen;
    const DemoResult r = writeDemoCsv(o, dir, [&](double f) {
        seen.push_back(f);
        return true;
    });
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(dir).filePath(QStringLiteral("loyalty.csv"))));
    ASSERT_GE(seen.size(), 3u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 1.0);
    EXPECT_EQ(r.rows.size(), 10u);
    EXPECT_EQ(r.rows.at(QStringLiteral("customers")), 5000);
}

TEST(DemoGenerator, CancelGivesNotOkAndLeavesNoFiles) {
    QTemporaryDir root;
    DemoOptions o = options2000();
    o.customers = 10000;
    int calls = 0;
    const DemoResult r = writeDemoCsv(o, root.path(), [&](double) { return ++calls < 3; });
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_EQ(calls, 3);
    EXPECT_FALSE(QFile::exists(QDir(root.path()).filePath(QStringLiteral("customers.csv"))));
}

TEST(DemoGenerator, ZeroCustomersGivesHeadersOnly) {
    QTemporaryDir root;
    DemoOptions o = options2000();
    o.customers = 0;
    const DemoResult r = writeDemoCsv(o, root.path());
    ASSERT_TRUE(r.ok);
    for (const auto& [entity, count] : r.rows)
        EXPECT_EQ(count, 0) << entity.toStdString();
    const std::string text = readAll(QDir(root.path()).filePath(QStringLiteral("events.csv")));
    EXPECT_EQ(text, "customer_id,occurred_at,kind,feature\n");
}
