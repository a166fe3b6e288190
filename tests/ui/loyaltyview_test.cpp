#include "charts/periodlinechart.h"
#include "demo/demostore.h"
#include "dialogs/explaindialog.h"
#include "metrics/loyalty.h"
#include "model/dates.h"
#include "models/explainmodel.h"
#include "reports/loyaltyreport.h"
#include "store/metricinputs.h"
#include "uitestsupport.h"
#include "views/loyaltyview.h"

#include "testsupport.h"

#include <QChart>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace tenure;
using namespace tenure::ui;

namespace {

class LoyaltyViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        tenure::test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        const Status filled = demo::fillDemoStore(*t.store, {300, 7, daysFromCivil(2024, 6, 30)});
        ASSERT_TRUE(filled) << filled.error().toStdString();
    }

    static bool refresh(LoyaltyView& view, const QString& path) {
        QSignalSpy refreshed(&view, &ScopedView::refreshed);
        view.setScope({path, PeriodUnit::Month, {}});
        view.refreshNow();
        return refreshed.wait(60000) || !refreshed.isEmpty();
    }

    // The core's rows, computed here from the store's ledger and orders as `report loyalty` does.
    std::vector<metrics::LoyaltyRow> expectedRows() {
        auto inputs = reports::loadLoyaltyInputs(*t.store).value();
        auto& ledger = inputs.ledger;
        auto& orders = inputs.orders;
        int64_t first = ledger.front().day;
        int64_t last = first;
        for (const auto& e : ledger) {
            first = std::min(first, e.day);
            last = std::max(last, e.day);
        }
        return metrics::loyaltyByPeriod(ledger, orders, periodsCovering(first, last, PeriodUnit::Month),
                                        metrics::defaultTiers());
    }

    test::TempStore t;
};

template <typename F>
std::vector<std::optional<double>> series(const std::vector<metrics::LoyaltyRow>& rows, F value) {
    std::vector<std::optional<double>> out;
    for (const auto& row : rows)
        out.push_back(value(row));
    return out;
}

void expectSame(const std::vector<std::optional<double>>& shown,
                const std::vector<std::optional<double>>& expected, const char* what) {
    ASSERT_EQ(shown.size(), expected.size()) << what;
    for (size_t i = 0; i < expected.size(); ++i) {
        ASSERT_EQ(shown[i].has_value(), expected[i].has_value()) << what << " at " << i;
        if (expected[i]) {
            EXPECT_NEAR(*shown[i], *expected[i], 1e-9) << what << " at " << i;
        }
    }
}

QString percent(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

} // namespace

TEST_F(LoyaltyViewTest, ChartsAndFiguresAreTheCoresPerPeriod) {
    LoyaltyView view;
    ASSERT_TRUE(refresh(view, t.path));
    const auto rows = expectedRows();
    ASSERT_GT(rows.size(), 12u);
    const metrics::LoyaltyRow& last = rows.back();

    PeriodLineChart* points = view.pointsChart();
    ASSERT_EQ(points->periodLabels().size(), static_cast<int>(rows.size()));
    EXPECT_EQ(points->periodLabels().front(), periodLabel(rows.front().period, PeriodUnit::Month));
    EXPECT_EQ(points->periodLabels().back(), periodLabel(last.period, PeriodUnit::Month));
    using R = metrics::LoyaltyRow;
    expectSame(points->plottedValues(QStringLiteral("Earned")),
               series(rows, [](const R& r) { return std::optional<double>(r.pointsEarned); }), "earned");
    expectSame(points->plottedValues(QStringLiteral("Redeemed")),
               series(rows, [](const R& r) { return std::optional<double>(r.pointsRedeemed); }), "redeemed");
    expectSame(view.liabilityChart()->plottedValues(QStringLiteral("Outstanding")),
               series(rows, [](const R& r) { return std::optional<double>(r.pointsOutstanding); }),
               "outstanding");
    expectSame(view.ratesChart()->plottedValues(QStringLiteral("Repeat purchase rate")),
               series(rows, [](const R& r) { return r.repeatPurchasePct; }), "repeat purchase");
    expectSame(view.ratesChart()->plottedValues(QStringLiteral("Redemption rate")),
               series(rows, [](const R& r) { return r.redemptionPct; }), "redemption");
    expectSame(view.membersChart()->plottedValues(QStringLiteral("Active members")),
               series(rows, [](const R& r) { return std::optional<double>(r.activeMembers); }), "active");
    // A period without earned points has no redemption rate: a gap, not a zero.
    bool gap = false;
    for (const auto& row : rows)
        gap = gap || !row.redemptionPct;
    if (gap) {
        const auto shown = view.ratesChart()->plottedValues(QStringLiteral("Redemption rate"));
        for (size_t i = 0; i < rows.size(); ++i)
            if (!rows[i].redemptionPct) {
                EXPECT_FALSE(shown[i].has_value());
            }
    }

    const QLocale locale;
    EXPECT_EQ(view.figure(QStringLiteral("members")), locale.toString(static_cast<qlonglong>(last.members)));
    EXPECT_EQ(view.figure(QStringLiteral("active")),
              locale.toString(static_cast<qlonglong>(last.activeMembers)));
    EXPECT_EQ(
        view.figure(QStringLiteral("liability")),
        QStringLiteral("%1 points").arg(locale.toString(static_cast<qlonglong>(last.pointsOutstanding))));
    EXPECT_EQ(view.figure(QStringLiteral("repeat")), percent(last.repeatPurchasePct));
    EXPECT_EQ(view.figure(QStringLiteral("redemption")), percent(last.redemptionPct));

    // Members per tier, as of the latest period.
    QStandardItemModel* tiers = view.tiersModel();
    ASSERT_EQ(tiers->rowCount(), 3);
    const std::map<QString, QString> names{{QStringLiteral("Gold"), QStringLiteral("gold")},
                                           {QStringLiteral("Silver"), QStringLiteral("silver")},
                                           {QStringLiteral("Member"), QStringLiteral("member")}};
    int64_t total = 0;
    for (int row = 0; row < tiers->rowCount(); ++row) {
        const QString shown = tiers->index(row, LoyaltyView::TierName).data().toString();
        ASSERT_TRUE(names.count(shown)) << shown.toStdString();
        const int64_t n = last.tiers.at(names.at(shown));
        total += n;
        EXPECT_EQ(tiers->index(row, LoyaltyView::Members).data().toString(),
                  locale.toString(static_cast<qlonglong>(n)));
    }
    EXPECT_EQ(total, last.members);
    EXPECT_EQ(tiers->index(0, LoyaltyView::TierName).data().toString(), QStringLiteral("Gold"));
    EXPECT_EQ(tiers->index(0, LoyaltyView::Threshold).data().toString(), QStringLiteral("2,000 or more"));

    // The rules in force: the defaults.
    EXPECT_EQ(view.figure(QStringLiteral("points_per_unit")), QStringLiteral("1"));
    EXPECT_EQ(view.figure(QStringLiteral("referral")), QStringLiteral("250 points"));
    EXPECT_EQ(view.figure(QStringLiteral("review")), QStringLiteral("100 points"));
    EXPECT_EQ(view.figure(QStringLiteral("social")), QStringLiteral("50 points"));
}

TEST_F(LoyaltyViewTest, MembersShowTierAndBalanceAndTheSelectedMembersLedger) {
    LoyaltyView view;
    ASSERT_TRUE(refresh(view, t.path));
    const auto rows = expectedRows();
    const auto ledger = reports::loadLoyaltyInputs(*t.store).value().ledger;
    std::map<int64_t, int64_t> balance;
    std::map<int64_t, int64_t> entries;
    for (const auto& e : ledger) {
        balance[e.customer] += e.points;
        ++entries[e.customer];
    }
    QStandardItemModel* members = view.membersModel();
    ASSERT_EQ(members->rowCount(), static_cast<int>(rows.back().members));
    ASSERT_EQ(members->rowCount(), static_cast<int>(balance.size()));

    std::map<QString, int64_t> tierCounts;
    const QLocale locale;
    for (int row = 0; row < members->rowCount(); ++row) {
        const int64_t id =
            members->index(row, LoyaltyView::Customer).data(LoyaltyView::CustomerIdRole).toLongLong();
        EXPECT_EQ(members->index(row, LoyaltyView::Balance).data().toString(),
                  locale.toString(static_cast<qlonglong>(balance[id])));
        ++tierCounts[members->index(row, LoyaltyView::Tier).data().toString()];
    }
    // Each member's tier agrees with the core's count per tier.
    for (const auto& [tier, n] : rows.back().tiers)
        EXPECT_EQ(tierCounts[LoyaltyView::tierName(tier)], n) << tier.toStdString();

    // Selecting a member shows its ledger, ending on its balance.
    const int pick = members->rowCount() / 2;
    const int64_t id =
        members->index(pick, LoyaltyView::Customer).data(LoyaltyView::CustomerIdRole).toLongLong();
    view.membersTable()->selectionModel()->select(
        members->index(pick, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QStandardItemModel* lines = view.ledgerModel();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->rowCount() == static_cast<int>(entries[id]); }, 30000));
    EXPECT_EQ(lines->index(lines->rowCount() - 1, LoyaltyView::BalanceAfter).data().toString(),
              locale.toString(static_cast<qlonglong>(balance[id])));
    int64_t sum = 0;
    for (int row = 0; row < lines->rowCount(); ++row)
        sum += lines->index(row, LoyaltyView::Points).data(LoyaltyView::SortRole).toLongLong();
    EXPECT_EQ(sum, balance[id]);
}

TEST_F(LoyaltyViewTest, RulesComeFromTheSettings) {
    ASSERT_TRUE(t.store->setSetting(QStringLiteral("loyalty_bonus_referral"), QStringLiteral("300")));
    ASSERT_TRUE(t.store->setSetting(QStringLiteral("loyalty_tier_gold"), QStringLiteral("5000")));
    LoyaltyView view;
    ASSERT_TRUE(refresh(view, t.path));
    EXPECT_EQ(view.figure(QStringLiteral("referral")), QStringLiteral("300 points"));
    EXPECT_EQ(view.tiersModel()->index(0, LoyaltyView::Threshold).data().toString(),
              QStringLiteral("5,000 or more"));
}

TEST_F(LoyaltyViewTest, Screenshot) {
    LoyaltyView view;
    view.resize(1200, 760);
    view.show();
    ASSERT_TRUE(refresh(view, t.path));
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/loyaltyview.png"));
    for (int tab = 1; tab < view.tabs()->count(); ++tab) {
        view.tabs()->setCurrentIndex(tab);
        if (tab == 2) view.membersTable()->selectRow(3);
        QTest::qWait(200);
        view.grab().save(QStringLiteral("/tmp/loyaltyview-%1.png").arg(tab));
    }
    SUCCEED();
}

// A click on a period of the members chart lists the members behind its active-member count;
// the points chart's, each member's points of the period.
TEST_F(LoyaltyViewTest, ClickingAChartPeriodListsTheMembersBehindItsFigure) {
    LoyaltyView view;
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(refresh(view, t.path));
    const auto rows = expectedRows();
    const int index = static_cast<int>(rows.size()) - 2;
    const metrics::LoyaltyRow& row = rows[static_cast<size_t>(index)];
    ASSERT_GT(row.activeMembers, 0);

    // A real click in the plot area, over the period's x.
    view.tabs()->setCurrentWidget(view.membersChart()->parentWidget());
    PeriodLineChart* members = view.membersChart();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QChart* chart = members->chart();
    const QPointF atPeriod = chart->mapToPosition(QPointF(index, 0), chart->series().front());
    const QPoint click =
        members->mapFromScene(chart->mapToScene(QPointF(atPeriod.x(), chart->plotArea().center().y())));
    ASSERT_EQ(members->periodAt(click), index);
    QSignalSpy shown(&view, &LoyaltyView::explanationShown);
    QTest::mouseClick(members->viewport(), Qt::LeftButton, {}, click);
    ASSERT_TRUE(shown.wait(30000));
    ASSERT_NE(view.lastExplanation(), nullptr);
    const auto& listed = view.lastExplanation()->model()->rows();
    EXPECT_EQ(std::count_if(listed.begin(), listed.end(),
                            [](const reports::ExplainRow& r) { return r.role == metrics::Role::Numerator; }),
              row.activeMembers);
    view.lastExplanation()->close();

    Q_EMIT view.pointsChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_TRUE(view.lastExplanation()->windowTitle().contains(periodLabel(row.period, PeriodUnit::Month)));
    EXPECT_FALSE(view.lastExplanation()->model()->rows().empty());
    view.lastExplanation()->close();
}
