#include "mainwindow.h"
#include "models/customerfilterproxy.h"
#include "models/customertablemodel.h"
#include "store/customerrepository.h"
#include "uitestsupport.h"
#include "views/accountsview.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

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
        CustomerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model,
                                              QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setCustomers(load());
        proxy.sort(C::Mrr, Qt::DescendingOrder);
        proxy.setSearchText(QStringLiteral("smith"));
        proxy.setSearchText({});
        model.setCustomers({});
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
    CustomerFilterProxy proxy;
    proxy.setSourceModel(&model);

    // Unknown values go last in ascending order, as an invalid QVariant does.
    proxy.sort(C::Mrr, Qt::AscendingOrder);
    EXPECT_EQ(keys(proxy), (QStringList{u"C-005"_s, u"C-003"_s, u"C-004"_s, u"C-001"_s, u"C-002"_s}));
    proxy.sort(C::Mrr, Qt::DescendingOrder);
    EXPECT_EQ(keys(proxy), (QStringList{u"C-002"_s, u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-005"_s}));

    proxy.sort(C::Signup, Qt::AscendingOrder);
    EXPECT_EQ(keys(proxy), (QStringList{u"C-005"_s, u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-002"_s}));

    // Texts: an empty owner sorts first, as an empty string does; ties keep the previous order
    // (here by signup: C-003 before C-002), so successive sorts nest.
    proxy.sort(C::Owner, Qt::AscendingOrder);
    EXPECT_EQ(keys(proxy), (QStringList{u"C-005"_s, u"C-003"_s, u"C-002"_s, u"C-001"_s, u"C-004"_s}));
}

TEST_F(AccountsTest, FastSortingAgreesWithTheSortRole) {
    CustomerTableModel model;
    model.setCustomers(load());
    CustomerFilterProxy fast;
    fast.setSourceModel(&model);
    // The base class over the same role: QVariant comparisons of the raw values.
    QSortFilterProxyModel reference;
    reference.setSortRole(C::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);
    reference.setSourceModel(&model);
    for (int column = 0; column < C::Count; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            fast.sort(column, order);
            reference.sort(column, order);
            EXPECT_EQ(keys(fast), keys(reference)) << "column " << column << " order " << order;
        }
    }
}

TEST_F(AccountsTest, SearchNarrowsToMatchingRows) {
    CustomerTableModel model;
    model.setCustomers(load());
    CustomerFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(C::CustomerId, Qt::AscendingOrder);

    proxy.setSearchText(QStringLiteral("SMITH")); // name and company, any case
    EXPECT_EQ(keys(proxy), QStringList{u"C-002"_s});
    proxy.setSearchText(QStringLiteral("c-00")); // customer id
    EXPECT_EQ(proxy.rowCount(), 5);
    proxy.setSearchText(QStringLiteral("dance.example")); // e-mail
    EXPECT_EQ(keys(proxy), QStringList{u"C-003"_s});
    proxy.setSearchText(QStringLiteral("&")); // company text
    EXPECT_EQ(keys(proxy), QStringList{u"C-004"_s});
    proxy.setSearchText(QStringLiteral("an")); // Ada (Analytical), Cyd (Dance), Dan
    EXPECT_EQ(keys(proxy), (QStringList{u"C-001"_s, u"C-003"_s, u"C-004"_s}));
    proxy.setSearchText(QStringLiteral("nobody"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("  "));
    EXPECT_EQ(proxy.rowCount(), 5);
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
