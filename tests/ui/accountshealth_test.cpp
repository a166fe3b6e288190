// The Accounts table's health columns (score, band, stage, churn risk): empty until the
// window's health pass gives them, then shown, sorted with the unscored last, and kept by the
// model tester.
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "uitestsupport.h"
#include "views/accountsview.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace tenure;
using namespace tenure::ui;
using C = CustomerTableModel;
using namespace Qt::StringLiterals;

static void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace {

QStringList modelTesterFailures;

void collectModelTesterFailures(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type == QtWarningMsg)
        modelTesterFailures.append(message);
}

const float none = std::nanf("");

class AccountsHealthTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        // C-004 is churned; the others active.
        ASSERT_TRUE(t.store->exec(
            "INSERT INTO customers(id, customer_key, name, company, signup_date, churn_date, churned, mrr) "
            "VALUES (1, 'C-001', 'Ada', 'A', 18000, NULL, 0, 10), (2, 'C-002', 'Bea', 'B', 18000, NULL, 0, "
            "20),"
            "(3, 'C-003', 'Cyd', 'C', 18000, NULL, 0, 30), (4, 'C-004', 'Dan', 'D', 18000, 19000, 1, 40),"
            "(5, 'C-005', 'Eve', 'E', 18000, NULL, 0, 50)"));
    }

    store::CustomerList load() {
        auto list = store::loadCustomerList(*t.store);
        EXPECT_TRUE(list) << list.error().toStdString();
        return list ? std::move(list.value()) : store::CustomerList{};
    }

    // Scores 72.4, none, 12, 55.6, 12; churn risk none for the churned C-004.
    static HealthColumns health() {
        return {{72.4f, none, 12.f, 55.6f, 12.f},
                {1, 0, 3, 2, 3},
                {2, 1, 4, 5, 3},
                {0.05f, 0.5f, 0.8f, none, 0.375f}};
    }

    static QStringList keys(const QAbstractItemModel& model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row, C::CustomerId).data().toString());
        return out;
    }

    test::TempStore t;
};

} // namespace

TEST_F(AccountsHealthTest, CellsAreEmptyUntilTheHealthArrivesThenShowIt) {
    CustomerTableModel model;
    model.setCustomers(load());
    model.sort(C::CustomerId, Qt::AscendingOrder);
    for (int column : {C::HealthScore, C::HealthBand, C::Stage, C::ChurnRisk}) {
        EXPECT_FALSE(model.index(0, column).data().isValid()) << column; // empty, not 0
        EXPECT_FALSE(model.index(0, column).data(C::SortRole).isValid()) << column;
    }
    EXPECT_EQ(model.headerData(C::HealthScore, Qt::Horizontal).toString(), u"Health"_s);
    EXPECT_EQ(model.headerData(C::ChurnRisk, Qt::Horizontal).toString(), u"Churn risk"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHealth(health());
    EXPECT_EQ(changed.count(), 1);
    const auto display = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(display(0, C::HealthScore), u"72"_s);
    EXPECT_EQ(display(3, C::HealthScore), u"56"_s);
    EXPECT_EQ(display(1, C::HealthScore), u"—"_s); // scored, but no component had data
    EXPECT_EQ(display(0, C::HealthBand), u"Healthy"_s);
    EXPECT_EQ(display(3, C::HealthBand), u"Neutral"_s);
    EXPECT_EQ(display(2, C::HealthBand), u"At risk"_s);
    EXPECT_EQ(display(1, C::HealthBand), u"—"_s);
    EXPECT_EQ(display(0, C::Stage), u"Adoption"_s);
    EXPECT_EQ(display(1, C::Stage), u"Onboarding"_s);
    EXPECT_EQ(display(4, C::Stage), u"Expansion candidate"_s);
    EXPECT_EQ(display(2, C::Stage), u"Renewal"_s);
    EXPECT_EQ(display(3, C::Stage), u"Churned"_s);
    EXPECT_EQ(display(2, C::ChurnRisk), u"80 %"_s);
    EXPECT_EQ(display(3, C::ChurnRisk), u"—"_s);
    EXPECT_NEAR(model.index(0, C::HealthScore).data(C::SortRole).toDouble(), 72.4, 1e-5);
    EXPECT_FALSE(model.index(1, C::HealthScore).data(C::SortRole).isValid());
    EXPECT_EQ(model.index(2, C::HealthBand).data(C::SortRole).toInt(), 3);
    EXPECT_EQ(model.index(3, C::Stage).data(C::SortRole).toInt(), 5);
    EXPECT_DOUBLE_EQ(model.index(4, C::ChurnRisk).data(C::SortRole).toDouble(), 0.375);
    EXPECT_EQ(model.index(0, C::HealthScore).data(Qt::TextAlignmentRole).toInt(),
              static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));

    // Without the risk model the churn risk column stays empty; the others fill.
    HealthColumns withoutRisk = health();
    withoutRisk.churnRisks.clear();
    model.setHealth(std::move(withoutRisk));
    EXPECT_FALSE(model.index(2, C::ChurnRisk).data().isValid());
    EXPECT_FALSE(model.index(2, C::ChurnRisk).data(C::SortRole).isValid());
    EXPECT_EQ(display(2, C::HealthScore), u"12"_s);

    // Arrays of another length (an older list's) are not taken; a new list empties the cells.
    model.setHealth({{1.f}, {1}, {1}, {}});
    EXPECT_EQ(display(2, C::HealthScore), u"12"_s);
    model.setCustomers(load());
    EXPECT_FALSE(model.hasHealth());
    EXPECT_FALSE(model.index(0, C::HealthScore).data().isValid());
}

TEST_F(AccountsHealthTest, SortingByHealthOrdersByScoreWithEmptyCellsLast) {
    CustomerTableModel model;
    model.setCustomers(load());
    model.sort(C::HealthScore, Qt::AscendingOrder); // nothing scored yet: every row ties
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-002"_s, u"C-003"_s, u"C-004"_s, u"C-005"_s}));

    model.setHealth(health()); // sorted by the column already: the rows move
    // Equal scores (C-003, C-005) keep the store's order in both directions.
    EXPECT_EQ(keys(model), (QStringList{u"C-003"_s, u"C-005"_s, u"C-004"_s, u"C-001"_s, u"C-002"_s}));
    model.sort(C::HealthScore, Qt::DescendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-005"_s, u"C-002"_s}));

    // Most at risk first: the churned account without a probability stays last.
    model.sort(C::ChurnRisk, Qt::DescendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-003"_s, u"C-002"_s, u"C-005"_s, u"C-001"_s, u"C-004"_s}));
    model.sort(C::ChurnRisk, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-005"_s, u"C-002"_s, u"C-003"_s, u"C-004"_s}));

    // Bands healthy, neutral, at risk; not scored last either way.
    model.sort(C::HealthBand, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-001"_s, u"C-004"_s, u"C-003"_s, u"C-005"_s, u"C-002"_s}));
    model.sort(C::HealthBand, Qt::DescendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-003"_s, u"C-005"_s, u"C-004"_s, u"C-001"_s, u"C-002"_s}));
    // Stages in journey order.
    model.sort(C::Stage, Qt::AscendingOrder);
    EXPECT_EQ(keys(model), (QStringList{u"C-002"_s, u"C-001"_s, u"C-005"_s, u"C-003"_s, u"C-004"_s}));

    // Searching and filtering keep the order of the sorted column.
    model.sort(C::HealthScore, Qt::AscendingOrder);
    model.setSearchText(u"e"_s); // Bea, Eve
    EXPECT_EQ(keys(model), (QStringList{u"C-005"_s, u"C-002"_s}));
}

TEST_F(AccountsHealthTest, ModelPassesTheModelTesterWithHealthColumns) {
    modelTesterFailures.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTesterFailures);
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setCustomers(load());
        model.sort(C::ChurnRisk, Qt::DescendingOrder);
        model.setHealth(health());
        model.sort(C::HealthBand, Qt::AscendingOrder);
        CustomerFilters filters;
        filters.band = 3;
        model.setFilters(filters);
        model.setHealth(health());
        model.setFilters({});
        model.sort(C::HealthScore, Qt::DescendingOrder);
        model.setSearchText(u"a"_s);
        model.setHealth(health());
        model.setCustomers(load());
        model.setHealth(health());
    }
    qInstallMessageHandler(previous);
    EXPECT_TRUE(modelTesterFailures.isEmpty()) << modelTesterFailures.join(u'\n').toStdString();
}

// The window's health pass fills the columns: every account of the store gets a stage, and
// the churned one is shown as churned.
TEST_F(AccountsHealthTest, WindowFillsTheHealthColumns) {
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::customersLoaded);
    window.openStore(t.path);
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(20000));
    CustomerTableModel* model = window.accountsView()->model();
    ASSERT_TRUE(QTest::qWaitFor([model] { return model->hasHealth(); }, 20000));
    model->sort(C::CustomerId, Qt::AscendingOrder);
    ASSERT_EQ(model->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        EXPECT_TRUE(model->index(row, C::Stage).data(C::SortRole).isValid()) << row;
        EXPECT_TRUE(model->index(row, C::HealthScore).data().isValid()) << row; // a score or "—"
    }
    EXPECT_EQ(model->index(3, C::Stage).data().toString(), u"Churned"_s);
    EXPECT_EQ(model->health().scores.size(), 5u);
}
