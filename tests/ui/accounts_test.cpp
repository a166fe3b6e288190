#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "store/customerrepository.h"
#include "uitestsupport.h"
#include "views/accountsfilterbar.h"
#include "views/accountsview.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>

using namespace tenure;
using namespace tenure::ui;
using C = CustomerTableModel;
using namespace Qt::StringLiterals;

// Readable QStrings in failure messages.
static void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace {

// Failures of QAbstractItemModelTester (in Warning mode) collected as test failures.
QStringList modelTesterFailures;

void collectModelTesterFailures(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type == QtWarningMsg)
        modelTesterFailures.append(message);
}

class AccountsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        // Numbers in the table follow the locale; the expectations are written in en_US.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        // ids: 1 Ada (MRR 1200, signup 18000), 2 Bea (no MRR, no signup), 3 Cyd (49.5, 19000),
        // 4 Dan (300, 18500, churned), 5 Eve (0, 17000).
        ASSERT_TRUE(t.store->exec(
            "INSERT INTO customers(id, customer_key, name, email, company, segment, plan, owner, region, "
            "signup_date, churn_date, churned, mrr) VALUES "
            "(1, 'C-001', 'Ada Lovelace', 'ada@engines.example', 'Analytical Engines', 'Enterprise', 'Pro', "
            " 'Bob', 'EU', 18000, NULL, 0, 1200),"
            "(2, 'C-002', 'Bea Smith', 'bea@smith.example', 'Smith Bakery', 'SMB', 'Starter', 'Ann', 'EU', "
            " NULL, NULL, 0, NULL),"
            "(3, 'C-003', 'Cyd Charisse', 'cyd@dance.example', 'Dance Hall Ltd', 'SMB', 'Growth', 'Ann', "
            " 'North America', 19000, NULL, 0, 49.5),"
            "(4, 'C-004', 'Dan Brown', 'dan@codes.example', 'Codes & Symbols', 'Mid-Market', 'Growth', "
            " 'Bob', 'EU', 18500, 19200, 1, 300),"
            "(5, 'C-005', 'Eve Online', 'eve@space.example', 'Space Traders', 'SMB', 'Starter', NULL, NULL, "
            " 17000, NULL, 0, 0)"));
    }

    store::CustomerList load() {
        auto list = store::loadCustomerList(*t.store);
        EXPECT_TRUE(list) << list.error().toStdString();
        return list ? std::move(list.value()) : store::CustomerList{};
    }

    // The customer keys down a column of a model, in its current order.
    static QStringList keys(const QAbstractItemModel& model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, C::CustomerId).data().toString());
        return out;
    }

    test::TempStore t;
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000) {
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace

TEST_F(AccountsTest, ModelPassesTheModelTester) {
    modelTesterFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTesterFailures);
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setCustomers(load());
        model.sort(C::Mrr, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("smith"));
        model.setSearchText(QStringLiteral("smithx")); // narrowing to nothing
        model.setSearchText({});
        CustomerFilters filters;
        filters.status = CustomerFilters::Status::Churned;
        model.setFilters(filters);
        model.sort(C::Name, Qt::AscendingOrder);
        model.setFilters({});
        model.setOwnerOf({0, 1}, QStringLiteral("Zed"));
        model.sort(C::Owner, Qt::DescendingOrder);
        model.setOwnerOf({2}, QStringLiteral("Amy"));
        model.setCustomers({});
        model.sort(C::Signup, Qt::AscendingOrder);
        model.setSearchText(QStringLiteral("a"));
        model.setCustomers(load());
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(modelTesterFailures.isEmpty()) << modelTesterFailures.join(u'\n').toStdString();
}

TEST_F(AccountsTest, DisplayAndSortValues) {
    CustomerTableModel model;
    model.setCustomers(load());
    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), static_cast<int>(C::Count));
    const auto display = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    const auto sortValue = [&model](int row, int column) {
        return model.index(row, column).data(C::SortRole);
    };

    EXPECT_EQ(display(0, C::CustomerId), QStringLiteral("C-001"));
    EXPECT_EQ(display(0, C::Name), QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(display(0, C::Company), QStringLiteral("Analytical Engines"));
    EXPECT_EQ(display(0, C::Segment), QStringLiteral("Enterprise"));
    EXPECT_EQ(display(0, C::Plan), QStringLiteral("Pro"));
    EXPECT_EQ(display(0, C::Owner), QStringLiteral("Bob"));
    EXPECT_EQ(display(0, C::Region), QStringLiteral("EU"));
    EXPECT_EQ(display(0, C::Signup), QStringLiteral("2019-04-14"));
    EXPECT_EQ(display(0, C::Status), QStringLiteral("Active"));
    EXPECT_EQ(display(0, C::ChurnDate), QStringLiteral("—"));
    EXPECT_EQ(display(0, C::Mrr), QStringLiteral("1,200.00"));
    EXPECT_EQ(display(3, C::Status), QStringLiteral("Churned"));
    EXPECT_EQ(display(3, C::ChurnDate), QStringLiteral("2022-07-27"));
    EXPECT_EQ(display(2, C::Mrr), QStringLiteral("49.50"));
    EXPECT_EQ(display(4, C::Mrr), QStringLiteral("0.00"));
    EXPECT_EQ(display(1, C::Mrr), QStringLiteral("—"));
    EXPECT_EQ(display(1, C::Signup), QStringLiteral("—"));
    EXPECT_EQ(display(4, C::Owner), QStringLiteral("—"));

    EXPECT_EQ(model.index(0, C::Mrr).data(Qt::TextAlignmentRole).toInt(),
              static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    EXPECT_EQ(model.headerData(C::Mrr, Qt::Horizontal).toString(), QStringLiteral("MRR"));

    EXPECT_DOUBLE_EQ(sortValue(0, C::Mrr).toDouble(), 1200.0);
    EXPECT_DOUBLE_EQ(sortValue(2, C::Mrr).toDouble(), 49.5);
    EXPECT_FALSE(sortValue(1, C::Mrr).isValid());
    EXPECT_EQ(sortValue(0, C::Signup).toLongLong(), 18000);
    EXPECT_FALSE(sortValue(1, C::Signup).isValid());
    EXPECT_EQ(sortValue(3, C::ChurnDate).toLongLong(), 19200);
    EXPECT_EQ(sortValue(3, C::Status).toInt(), 1);
    EXPECT_EQ(sortValue(0, C::Status).toInt(), 0);
    EXPECT_EQ(sortValue(0, C::Name).toString(), QStringLiteral("Ada Lovelace"));
}

TEST_F(AccountsTest, SortsByMrrAndBySignup) {
    CustomerTableModel model;
    model.setCustomers(load());

    // Unknown values go last in ascending order, first in descending.
    model.sort(C::Mrr, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-003"_s, u"C-004"_s, u"C-001"_s, u"C-002"_s}));
    model.sort(C::Mrr, Qt::DescendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-002"_s, u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-005"_s}));

    model.sort(C::Signup, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-002"_s}));

    // Texts: an empty owner sorts first, as an empty string does; ties keep the store's order
    // in both directions.
    model.sort(C::Owner, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-002"_s, u"C-003"_s, u"C-001"_s, u"C-004"_s}));
    model.sort(C::Owner, Qt::DescendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-004"_s, u"C-002"_s, u"C-003"_s, u"C-005"_s}));
}

TEST_F(AccountsTest, SortingAgreesWithANaiveStableSort) {
    // 300 customers with many ties, case variants, accents, unknown values and long shared prefixes.
    std::mt19937 rng(7);
    const auto pick = [&rng](std::initializer_list<const char*> items) {
        std::uniform_int_distribution<size_t> d(0, items.size() - 1);
        return QString::fromUtf8(items.begin()[d(rng)]);
    };
    QSqlQuery insert(t.store->database());
    ASSERT_TRUE(
        insert.prepare(u"INSERT INTO customers(id, customer_key, name, email, company, segment, plan, "
                       "owner, region, signup_date, churn_date, churned, mrr) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    ASSERT_TRUE(t.store->exec("DELETE FROM customers"));
    std::uniform_int_distribution<int> small(0, 9);
    for (int id = 1; id <= 300; ++id) {
        const auto maybe = [&](const QVariant& value) { return small(rng) == 0 ? QVariant() : value; };
        insert.addBindValue(id);
        // Unique keys that tie but for case: c-7, C-7, é-7, É-7.
        const char* prefixes[] = {"c-", "C-", "Ca-", "É-", "é-"};
        insert.addBindValue(QString(QString::fromUtf8(prefixes[id % 5]) + QString::number(id / 5)));
        insert.addBindValue(
            maybe(pick({"ada", "Ada", "ADA", "Ada Lovelace", "Zoë", "zoë", "ZOË Müller", "émile", "Émile",
                        "Eve", "eve online", "Ωmega", "ωmega", "Watanabe Manufacturing A",
                        "Watanabe Manufacturing a", "Watanabe Manufacturing B", "𝒜lpha", ""})));
        insert.addBindValue(maybe(pick({"a@x.example", "A@X.example", "b@y.example", "zoë@z.example"})));
        insert.addBindValue(
            maybe(pick({"Acme", "acme", "ACME Corp", "Müller & Söhne", "müller & söhne", "Zeta"})));
        insert.addBindValue(maybe(pick({"SMB", "smb", "Enterprise", "Mid-Market"})));
        insert.addBindValue(maybe(pick({"Pro", "Starter", "Growth", "pro"})));
        insert.addBindValue(maybe(pick({"Ann", "Bob", "ann", "Émile"})));
        insert.addBindValue(maybe(pick({"EU", "APAC", "eu", "North America"})));
        insert.addBindValue(maybe(QVariant(18000 + small(rng) * 10)));
        insert.addBindValue(maybe(QVariant(19000 + small(rng))));
        insert.addBindValue(maybe(QVariant(small(rng) < 3 ? 1 : 0)));
        insert.addBindValue(
            maybe(QVariant(std::vector<double>{0.0, -0.0, 49.5, 1200, -10, 1e9}[small(rng) % 6])));
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }

    CustomerTableModel model;
    model.setCustomers(load());
    const store::CustomerList& c = model.customers();
    // Health with ties, unscored rows and a missing churn probability now and then.
    HealthColumns health;
    for (size_t row = 0; row < c.size(); ++row) {
        const bool scored = small(rng) != 0;
        health.scores.push_back(scored ? static_cast<float>(small(rng) * 10) : std::nanf(""));
        health.bands.push_back(scored ? static_cast<uint8_t>(1 + small(rng) % 3) : 0);
        health.stages.push_back(static_cast<uint8_t>(small(rng) % 6));
        health.churnRisks.push_back(small(rng) < 2 ? std::nanf("") : static_cast<float>(small(rng)) / 10);
    }
    model.setHealth(health);
    const auto text = [](const store::TextColumn& col) {
        return [&col](size_t a, size_t b) { return col.at(a).compare(col.at(b), Qt::CaseInsensitive) < 0; };
    };
    const auto interned = [](const store::InternedColumn& col) {
        return [&col](size_t a, size_t b) { return col.at(a).compare(col.at(b), Qt::CaseInsensitive) < 0; };
    };
    const auto known = [](auto values, auto isKnown) {
        return [values, isKnown](size_t a, size_t b) {
            if (isKnown(a) != isKnown(b)) return isKnown(a);
            return isKnown(a) && values(a) < values(b);
        };
    };
    const auto day = [](const std::vector<int64_t>& days) {
        return [&days](size_t row) { return days[row]; };
    };
    const auto hasDay = [](const std::vector<int64_t>& days) {
        return [&days](size_t row) { return store::CustomerList::hasDate(days[row]); };
    };
    const std::function<bool(size_t, size_t)> lessBy[C::Count] = {
        text(c.keys),
        text(c.names),
        text(c.companies),
        interned(c.segments),
        interned(c.plans),
        interned(c.owners),
        interned(c.regions),
        known(day(c.signupDays), hasDay(c.signupDays)),
        [&c](size_t a, size_t b) { return c.churned[a] < c.churned[b]; },
        known(day(c.churnDays), hasDay(c.churnDays)),
        known([&c](size_t row) { return c.mrr[row]; }, [&c](size_t row) { return !std::isnan(c.mrr[row]); }),
        known([&health](size_t row) { return health.scores[row]; },
              [&health](size_t row) { return !std::isnan(health.scores[row]); }),
        known([&health](size_t row) { return health.bands[row]; },
              [&health](size_t row) { return health.bands[row] != 0; }),
        known([&health](size_t row) { return health.stages[row]; },
              [&health](size_t row) { return health.stages[row] != 0; }),
        known([&health](size_t row) { return health.churnRisks[row]; },
              [&health](size_t row) { return !std::isnan(health.churnRisks[row]); }),
    };
    // The health columns keep their unknown values last in descending order too.
    const std::function<bool(size_t)> knownIn[C::Count] = {
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        [&health](size_t row) { return !std::isnan(health.scores[row]); },
        [&health](size_t row) { return health.bands[row] != 0; },
        [&health](size_t row) { return health.stages[row] != 0; },
        [&health](size_t row) { return !std::isnan(health.churnRisks[row]); },
    };
    for (int pass = 0; pass < 2; ++pass) { // computed, then from the cache
        for (int column = 0; column < C::Count; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                std::vector<size_t> expected(c.size());
                std::iota(expected.begin(), expected.end(), size_t{0});
                const auto& less = lessBy[column];
                if (order == Qt::AscendingOrder)
                    std::stable_sort(expected.begin(), expected.end(), less);
                else if (const auto& isKnown = knownIn[column])
                    std::stable_sort(expected.begin(), expected.end(), [&](size_t a, size_t b) {
                        return isKnown(a) != isKnown(b) ? isKnown(a) : less(b, a);
                    });
                else
                    std::stable_sort(expected.begin(), expected.end(),
                                     [&](size_t a, size_t b) { return less(b, a); });
                model.sort(column, order);
                std::vector<size_t> actual;
                for (int row = 0; row < model.rowCount(); ++row)
                    actual.push_back(model.sourceRow(row));
                EXPECT_EQ(actual, expected) << "column " << column << " order " << order << " pass " << pass;
            }
        }
    }
}

TEST_F(AccountsTest, SearchNarrowsToMatchingRows) {
    CustomerTableModel model;
    model.setCustomers(load());
    model.sort(C::CustomerId, Qt::AscendingOrder);

    model.setSearchText(QStringLiteral("SMITH")); // name and company, any case
    EXPECT_EQ(keys(model), QStringList{u"C-002"_s});
    model.setSearchText(QStringLiteral("c-00")); // customer id
    EXPECT_EQ(model.rowCount(), 5);
    model.setSearchText(QStringLiteral("dance.example")); // e-mail
    EXPECT_EQ(keys(model), QStringList{u"C-003"_s});
    model.setSearchText(QStringLiteral("&")); // company text
    EXPECT_EQ(keys(model), QStringList{u"C-004"_s});
    model.setSearchText(QStringLiteral("a"));  // then narrowed key by key
    model.setSearchText(QStringLiteral("an")); // Ada (Analytical), Cyd (Dance), Dan
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-003"_s, u"C-004"_s}));
    model.setSearchText(QStringLiteral("ana"));
    EXPECT_EQ(keys(model), QStringList{u"C-001"_s});
    model.setSearchText(QStringLiteral("an")); // widened again
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-003"_s, u"C-004"_s}));
    model.sort(C::Name, Qt::DescendingOrder); // the search stays over a new sort
    EXPECT_EQ(keys(model), (QStringList{u"C-004"_s, u"C-003"_s, u"C-001"_s}));
    model.setSearchText(QStringLiteral("ne ")); // trimmed: "ne", in "Online" and "engines"
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-001"_s}));
    model.setSearchText(QStringLiteral("e.example")); // not narrowing: eve@space…, cyd@dance…
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-003"_s}));
    model.setSearchText(QStringLiteral("nobody"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText(QStringLiteral("  "));
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(AccountsTest, SearchFoldsCaseBeyondAscii) {
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(id, customer_key, name, company) VALUES "
                              "(6, 'C-006', 'Zoë Müller', 'ΣΟΦΙΑ Ltd'), (7, 'C-007', '東京 商事', NULL)"));
    CustomerTableModel model;
    model.setCustomers(load());
    model.setSearchText(QStringLiteral("MÜLLER"));
    EXPECT_EQ(keys(model), QStringList{u"C-006"_s});
    model.setSearchText(QStringLiteral("σοφια"));
    EXPECT_EQ(keys(model), QStringList{u"C-006"_s});
    model.setSearchText(QStringLiteral("東京"));
    EXPECT_EQ(keys(model), QStringList{u"C-007"_s});
}

TEST_F(AccountsTest, EmptyStoreAndNoMatchAreEmptyTables) {
    CustomerTableModel model;
    model.setCustomers({});
    for (int column = 0; column < C::Count; ++column) {
        model.sort(column, Qt::DescendingOrder);
        EXPECT_EQ(model.rowCount(), 0);
    }
    model.setSearchText(QStringLiteral("zq"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setCustomers(load()); // the search stays
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText(QStringLiteral("zqz"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText({});
    EXPECT_EQ(model.rowCount(), 5);
}

// Health band and stage filters: no row passes until the scores arrive, then the chosen codes.
TEST_F(AccountsTest, HealthBandAndStageFilters) {
    CustomerTableModel model;
    model.setCustomers(load());
    model.sort(C::CustomerId, Qt::AscendingOrder);
    ASSERT_EQ(model.totalCount(), 5u);
    CustomerFilters f;
    f.band = 3; // at risk
    model.setFilters(f);
    EXPECT_FALSE(model.hasHealth());
    EXPECT_EQ(model.rowCount(), 0);
    // C-001 healthy/adoption, C-002 not scored/onboarding, C-003 at risk/renewal,
    // C-004 not scored/churned, C-005 at risk/adoption.
    const float none = std::nanf("");
    model.setHealth({{80, none, 20, none, 30}, {1, 0, 3, 0, 3}, {2, 1, 4, 5, 2}, {}});
    EXPECT_EQ(keys(model), (QStringList{u"C-003"_s, u"C-005"_s}));
    f.stage = 2; // adoption
    model.setFilters(f);
    EXPECT_EQ(keys(model), QStringList{u"C-005"_s});
    f = {};
    f.band = 0; // not scored
    model.setFilters(f);
    EXPECT_EQ(keys(model), (QStringList{u"C-002"_s, u"C-004"_s}));
    // Scores of another length (a list loaded since) are not taken.
    model.setHealth({{50}, {1}, {1}, {}});
    EXPECT_EQ(keys(model), (QStringList{u"C-002"_s, u"C-004"_s}));
}

// The window scores every account after loading the list and enables the filters.
TEST_F(AccountsTest, WindowLoadsHealthForTheFilters) {
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    window.openStore(t.path);
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
    AccountsView* view = window.accountsView();
    ASSERT_TRUE(QTest::qWaitFor([view] { return view->model()->hasHealth(); }, 20000));
    EXPECT_TRUE(view->filterBar()->band()->isEnabled());
    view->filterBar()->stage()->setCurrentIndex(view->filterBar()->stage()->findData(5)); // churned
    // Dan (C-004) is the churned customer of the fixture.
    EXPECT_EQ(keys(*view->model()), QStringList{u"C-004"_s});
}

TEST_F(AccountsTest, SearchAndFiltersCombine) {
    CustomerTableModel model;
    model.setCustomers(load());
    model.sort(C::CustomerId, Qt::AscendingOrder);
    const store::CustomerList& c = model.customers();
    const auto indexOf = [](const store::InternedColumn& column, const QString& value) {
        const auto& v = column.values();
        return static_cast<uint32_t>(std::find(v.begin(), v.end(), value) - v.begin());
    };
    CustomerFilters f;
    f.segment = indexOf(c.segments, u"SMB"_s);
    model.setFilters(f);
    EXPECT_EQ(keys(model), (QStringList{u"C-002"_s, u"C-003"_s, u"C-005"_s}));
    model.setSearchText(u"an"_s); // and the search: Cyd (Dance)
    EXPECT_EQ(keys(model), QStringList{u"C-003"_s});
    f.status = CustomerFilters::Status::Churned;
    model.setFilters(f);
    EXPECT_EQ(model.rowCount(), 0);
    f = {};
    f.owner = indexOf(c.owners, u"Bob"_s);
    model.setFilters(f);
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-004"_s}));
    f.status = CustomerFilters::Status::Churned;
    model.setFilters(f);
    EXPECT_EQ(keys(model), QStringList{u"C-004"_s});
    f = {};
    f.owner = 0; // no owner
    f.region = 0;
    model.setSearchText({});
    model.setFilters(f);
    EXPECT_EQ(keys(model), QStringList{u"C-005"_s});
    f = {};
    f.plan = indexOf(c.plans, u"Growth"_s);
    f.region = indexOf(c.regions, u"EU"_s);
    model.setFilters(f);
    EXPECT_EQ(keys(model), QStringList{u"C-004"_s});
}

TEST_F(AccountsTest, ViewFilterCombosCombineWithTheSearch) {
    AccountsView view;
    view.setCustomers(load());
    AccountsFilterBar* bar = view.filterBar();
    // "All …" first, then the values in case-insensitive order, "(none)" where a row has none.
    EXPECT_EQ(bar->segment()->itemText(0), u"All segments"_s);
    QStringList owners;
    for (int i = 0; i < bar->owner()->count(); ++i)
        owners.append(bar->owner()->itemText(i));
    EXPECT_EQ(owners, (QStringList{u"All owners"_s, u"(none)"_s, u"Ann"_s, u"Bob"_s}));
    EXPECT_EQ(bar->segment()->count(), 4); // All, Enterprise, Mid-Market, SMB
    EXPECT_EQ(bar->plan()->findText(u"Growth"_s) > 0, true);
    EXPECT_EQ(bar->region()->findText(u"North America"_s) > 0, true);
    EXPECT_EQ(bar->status()->count(), 3);

    bar->segment()->setCurrentText(u"SMB"_s);
    EXPECT_EQ(keys(*view.table()->model()), (QStringList{u"C-002"_s, u"C-003"_s, u"C-005"_s}));
    view.searchField()->setText(u"e"_s); // Bea, Cyd Charisse, Eve
    EXPECT_EQ(view.table()->model()->rowCount(), 3);
    view.searchField()->setText(u"ev"_s);
    EXPECT_EQ(keys(*view.table()->model()), QStringList{u"C-005"_s});
    auto* count = view.findChild<QLabel*>(QStringLiteral("accountsCount"));
    EXPECT_EQ(count->text(), QStringLiteral("1 of 5 accounts"));
    bar->status()->setCurrentIndex(2); // churned
    EXPECT_EQ(view.table()->model()->rowCount(), 0);
    bar->segment()->setCurrentIndex(0);
    bar->status()->setCurrentIndex(0);
    view.searchField()->clear();
    EXPECT_EQ(view.table()->model()->rowCount(), 5);

    // A new list keeps a chosen value it still has.
    bar->owner()->setCurrentText(u"Ann"_s);
    EXPECT_EQ(view.table()->model()->rowCount(), 2);
    view.setCustomers(load());
    EXPECT_EQ(bar->owner()->currentText(), u"Ann"_s);
    EXPECT_EQ(view.table()->model()->rowCount(), 2);
}

TEST_F(AccountsTest, MultiSelectAssignsAnOwnerAndAddsATagInTheStore) {
    ASSERT_TRUE(t.store->exec("UPDATE customers SET tags = 'beta' WHERE id = 1"));
    AccountsView view;
    view.setStorePath(t.path);
    view.setCustomers(load());
    QSignalSpy changed(&view, &AccountsView::customersChanged);
    QTableView* table = view.table();
    EXPECT_FALSE(view.assignOwnerAction()->isEnabled());
    // C-001 and C-003 (sorted by id), selected as a user would with Ctrl+click.
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_TRUE(view.assignOwnerAction()->isEnabled());
    EXPECT_TRUE(view.addTagAction()->isEnabled());
    EXPECT_TRUE(view.exportAction()->isEnabled());
    EXPECT_EQ(view.findChild<QLabel*>(u"accountsSelected"_s)->text(), u"2 selected"_s);

    ASSERT_TRUE(view.assignOwnerToSelection(u"Zed"_s));
    ASSERT_TRUE(view.addTagToSelection(u"vip"_s));
    EXPECT_EQ(changed.count(), 2);

    // The store, read again.
    QSqlQuery q(t.store->database());
    ASSERT_TRUE(q.exec(u"SELECT id, owner, tags FROM customers ORDER BY id"_s));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString());
    EXPECT_EQ(rows, (QStringList{u"1 Zed beta;vip"_s, u"2 Ann "_s, u"3 Zed vip"_s, u"4 Bob "_s, u"5  "_s}));
    store::CustomerList reread = load();
    EXPECT_EQ(reread.owners.at(0), u"Zed"_s);

    // The table in place: the rows show the new owner, and the owner filter offers it.
    EXPECT_EQ(table->model()->index(0, C::Owner).data().toString(), u"Zed"_s);
    EXPECT_EQ(table->model()->index(1, C::Owner).data().toString(), u"Ann"_s);
    EXPECT_EQ(table->model()->index(2, C::Owner).data().toString(), u"Zed"_s);
    EXPECT_GT(view.filterBar()->owner()->findText(u"Zed"_s), 0);
    view.filterBar()->owner()->setCurrentText(u"Zed"_s);
    EXPECT_EQ(keys(*table->model()), (QStringList{u"C-001"_s, u"C-003"_s}));
    table->sortByColumn(C::Owner, Qt::AscendingOrder);
    view.filterBar()->owner()->setCurrentIndex(0);
    EXPECT_EQ(keys(*table->model()),
              (QStringList{u"C-005"_s, u"C-002"_s, u"C-004"_s, u"C-001"_s, u"C-003"_s}));

    // An edit that fails is shown in place.
    table->selectAll();
    view.setStorePath(t.dir.filePath(u"absent.sqlite"_s));
    EXPECT_FALSE(view.assignOwnerToSelection(u"Nobody"_s));
    EXPECT_TRUE(view.findChild<QLabel*>(u"accountsProblem"_s)->isVisibleTo(&view));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(AccountsTest, ExportSelectedWritesTheSelectedRowsInTableOrder) {
    AccountsView view;
    view.setCustomers(load());
    QTableView* table = view.table();
    table->sortByColumn(C::Mrr, Qt::DescendingOrder); // C-002 (no MRR), C-001, C-004, C-003, C-005
    table->selectionModel()->select(
        QItemSelection(table->model()->index(0, 0), table->model()->index(1, C::Count - 1)),
        QItemSelectionModel::Select);
    table->selectionModel()->select(table->model()->index(3, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString path = t.dir.filePath(u"selected.csv"_s);
    ASSERT_TRUE(view.exportSelection(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(
        QString::fromUtf8(file.readAll()),
        u"customer_id,name,company,email,segment,plan,owner,region,signup_date,churned,churn_date,mrr\n"
        "C-002,Bea Smith,Smith Bakery,bea@smith.example,SMB,Starter,Ann,EU,,false,,\n"
        "C-001,Ada Lovelace,Analytical "
        "Engines,ada@engines.example,Enterprise,Pro,Bob,EU,2019-04-14,false,,1200\n"
        "C-003,Cyd Charisse,Dance Hall Ltd,cyd@dance.example,SMB,Growth,Ann,North America,2022-01-08,false,,"
        "49.5\n"_s);
    EXPECT_TRUE(view.findChild<QLabel*>(u"accountsNote"_s)->text().startsWith(u"Exported 3 accounts"_s));
}

TEST_F(AccountsTest, ViewCountsAndFiltersAsYouType) {
    AccountsView view;
    view.setCustomers(load());
    auto* count = view.findChild<QLabel*>(QStringLiteral("accountsCount"));
    ASSERT_TRUE(count);
    EXPECT_EQ(count->text(), QStringLiteral("5 accounts"));
    EXPECT_EQ(view.searchField()->placeholderText(), QStringLiteral("Search accounts…"));
    view.searchField()->setText(QStringLiteral("bob")); // owners are not searched
    EXPECT_EQ(view.table()->model()->rowCount(), 0);
    view.searchField()->setText(QStringLiteral("eve"));
    EXPECT_EQ(view.table()->model()->rowCount(), 1);
    EXPECT_EQ(count->text(), QStringLiteral("1 of 5 accounts"));
    EXPECT_TRUE(view.table()->isSortingEnabled());
    EXPECT_EQ(view.table()->selectionBehavior(), QAbstractItemView::SelectRows);
    EXPECT_EQ(view.table()->selectionMode(), QAbstractItemView::ExtendedSelection);
}

TEST_F(AccountsTest, MainWindowLoadsTheStoreInTheBackground) {
    MainWindow window;
    window.show();
    window.openStore(t.path);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("store.sqlite")); // the platform adds " — Tenure"
    auto* busy = window.findChild<QProgressBar*>();
    ASSERT_TRUE(busy);
    EXPECT_TRUE(busy->isVisible()); // until the list arrives from the worker
    QTableView* table = window.findChild<QTableView*>(QStringLiteral("accountsTable"));
    ASSERT_TRUE(table);
    ASSERT_TRUE(waitFor([table] { return table->model()->rowCount() == 5; }));
    EXPECT_FALSE(window.isLoading());
    EXPECT_FALSE(busy->isVisible());
    auto* storeCount = window.findChild<QLabel*>(QStringLiteral("customerCount"));
    ASSERT_TRUE(storeCount);
    EXPECT_EQ(storeCount->text(), QStringLiteral("5 customers"));
    auto* storePath = window.findChild<QLabel*>(QStringLiteral("storePath"));
    ASSERT_TRUE(storePath);
    EXPECT_TRUE(storePath->text().endsWith(QStringLiteral("store.sqlite")));
    EXPECT_EQ(table->model()->index(0, C::Name).data().toString(), QStringLiteral("Ada Lovelace"));

    // Ctrl+F reaches the search field from anywhere in the window.
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window.accountsView()->searchField()->hasFocus());
}

TEST_F(AccountsTest, MainWindowShowsAMissingStoreInPlace) {
    MainWindow window;
    window.show();
    window.openStore(t.dir.filePath(QStringLiteral("absent.sqlite")));
    auto* problem = window.findChild<QLabel*>(QStringLiteral("accountsProblem"));
    ASSERT_TRUE(problem);
    ASSERT_TRUE(waitFor([problem] { return problem->isVisible(); }));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("no such store")));
    EXPECT_FALSE(QFile::exists(t.dir.filePath(QStringLiteral("absent.sqlite"))));
}

// The column chooser: region and churn date start hidden; a column hidden from the header's
// menu stays hidden in the next view (settings), and the customer id cannot be hidden.
TEST(AccountsColumns, HiddenColumnsAreRememberedAndTheIdStays) {
    tenure::test::ensureApplication();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().remove(QStringLiteral("accounts/hiddenColumns"));
    using C = CustomerTableModel;
    {
        AccountsView view;
        QHeaderView* header = view.table()->horizontalHeader();
        EXPECT_TRUE(header->isSectionHidden(C::Region));
        EXPECT_TRUE(header->isSectionHidden(C::ChurnDate));
        EXPECT_FALSE(header->isSectionHidden(C::HealthScore));
        // Right-click the header: the menu lists every column but the id, checked when shown.
        QTimer::singleShot(0, [] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            ASSERT_NE(menu, nullptr);
            const QList<QAction*> actions = menu->actions();
            ASSERT_EQ(actions.size(), C::Count - 1);
            for (QAction* action : actions)
                if (action->text() == QStringLiteral("Owner")) action->setChecked(false);
            menu->close();
        });
        view.resize(1000, 600);
        view.show();
        Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        EXPECT_TRUE(header->isSectionHidden(C::Owner));
    }
    AccountsView next;
    EXPECT_TRUE(next.table()->horizontalHeader()->isSectionHidden(C::Owner));
    EXPECT_TRUE(next.table()->horizontalHeader()->isSectionHidden(C::Region));
    EXPECT_FALSE(next.table()->horizontalHeader()->isSectionHidden(C::CustomerId));
}
