// The Feedback view against the core: NPS and CSAT read back from the charts, the latest answer
// per customer, feedback by category, and the NPS drill-down.
#include "charts/periodbarchart.h"
#include "dialogs/explaindialog.h"
#include "figureformat.h"
#include "models/explainmodel.h"
#include "uitestsupport.h"
#include "views/feedbackview.h"

#include "demo/demostore.h"
#include "metrics/nps.h"
#include "model/dates.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace tenure;
using namespace tenure::ui;

namespace {

class FeedbackViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        demo::DemoOptions options;
        options.customers = 300;
        options.seed = 5;
        options.today = daysFromCivil(2024, 7, 15);
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
        QSignalSpy refreshed(&view, &ScopedView::refreshed);
        view.setScope({t.path, PeriodUnit::Month, {}});
        view.refreshNow();
        ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(60000));
    }

    // The last 24 months of a range of days, as the view charts them.
    static std::vector<Period> lastPeriods(int64_t first, int64_t last) {
        std::vector<Period> all = periodsCovering(first, last, PeriodUnit::Month);
        return {all.end() - std::min<size_t>(all.size(), FeedbackView::chartPeriods), all.end()};
    }

    std::vector<metrics::NpsRow> directNps() {
        const auto answers = store::loadNpsAnswers(*t.store);
        EXPECT_TRUE(answers);
        int64_t first = INT64_MAX, last = INT64_MIN;
        for (const metrics::NpsAnswer& a : answers.value()) {
            first = std::min(first, a.day);
            last = std::max(last, a.day);
        }
        return metrics::npsByPeriod(answers.value(), lastPeriods(first, last));
    }

    test::TempStore t;
    FeedbackView view;
};

} // namespace

TEST_F(FeedbackViewTest, NpsChartShowsTheCategoriesAndTheScoreOfEveryPeriod) {
    const auto rows = directNps();
    ASSERT_EQ(rows.size(), static_cast<size_t>(FeedbackView::chartPeriods));
    QAbstractBarSeries* bars = view.npsChart()->barSeries();
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->barSets().size(), 3);
    const QList<QBarSet*> sets = bars->barSets();
    EXPECT_TRUE(sets[0]->label().startsWith(QStringLiteral("Promoters")));
    EXPECT_TRUE(sets[1]->label().startsWith(QStringLiteral("Passives")));
    EXPECT_TRUE(sets[2]->label().startsWith(QStringLiteral("Detractors")));
    int64_t responses = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int at = static_cast<int>(i);
        EXPECT_DOUBLE_EQ(sets[0]->at(at), static_cast<double>(rows[i].promoters)) << i;
        EXPECT_DOUBLE_EQ(sets[1]->at(at), static_cast<double>(rows[i].passives)) << i;
        EXPECT_DOUBLE_EQ(sets[2]->at(at), static_cast<double>(rows[i].detractors)) << i;
        responses += rows[i].responses;
    }
    EXPECT_GT(responses, 50);
    // The NPS line: a point per period with answers, none (a gap) for the others.
    QScatterSeries* nps = view.npsChart()->linePoints().at(0);
    int defined = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].nps) continue;
        ASSERT_LT(defined, nps->count());
        EXPECT_EQ(nps->at(defined).x(), static_cast<double>(i));
        EXPECT_NEAR(nps->at(defined).y(), *rows[i].nps, 1e-9);
        ++defined;
    }
    EXPECT_EQ(nps->count(), defined);
    EXPECT_EQ(view.npsChart()->periodLabels().back(), QStringLiteral("2024-07*"));
}

TEST_F(FeedbackViewTest, CsatChartShowsRatingsAndTheSatisfiedShare) {
    const auto ratings = store::loadCsatRatings(*t.store);
    ASSERT_TRUE(ratings);
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (const metrics::CsatRating& r : ratings.value()) {
        first = std::min(first, r.day);
        last = std::max(last, r.day);
    }
    const auto rows = metrics::csatByPeriod(ratings.value(), lastPeriods(first, last));
    QBarSet* counts = view.csatChart()->barSeries()->barSets().at(0);
    QScatterSeries* pct = view.csatChart()->linePoints().at(0);
    ASSERT_EQ(counts->count(), static_cast<int>(rows.size()));
    int defined = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        EXPECT_DOUBLE_EQ(counts->at(static_cast<int>(i)), static_cast<double>(rows[i].ratings));
        if (!rows[i].csatPct) continue;
        EXPECT_NEAR(pct->at(defined++).y(), *rows[i].csatPct, 1e-9);
    }
    EXPECT_EQ(pct->count(), defined);
    EXPECT_GT(defined, 0);
}

TEST_F(FeedbackViewTest, LatestAnswerPerCustomerAndFeedbackByCategory) {
    const auto answers = store::loadNpsAnswers(*t.store);
    ASSERT_TRUE(answers);
    const auto latest = metrics::latestAnswers(answers.value());
    QStandardItemModel* model = view.latestModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(latest.size()));
    std::vector<int64_t> ids;
    for (const metrics::NpsAnswer& a : latest)
        ids.push_back(a.customer);
    const auto keys = store::loadCustomerKeys(*t.store, ids);
    ASSERT_TRUE(keys);
    std::map<QString, QStringList> shown;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < FeedbackView::LatestColumnCount; ++c)
            cells << model->index(r, c).data().toString();
        shown[cells[FeedbackView::Customer]] = cells;
    }
    for (size_t i = 0; i < latest.size(); ++i) {
        const QStringList& cells = shown.at(keys.value()[i]);
        EXPECT_EQ(cells[FeedbackView::Date], formatDate(latest[i].day));
        EXPECT_EQ(cells[FeedbackView::Score], QString::number(latest[i].score));
        const char* category = latest[i].score >= 9   ? "Promoter"
                               : latest[i].score >= 7 ? "Passive"
                                                      : "Detractor";
        EXPECT_EQ(cells[FeedbackView::Category], QLatin1String(category));
    }
    // Comments are shown where the demo wrote them.
    EXPECT_GT(t.scalar("SELECT count(*) FROM nps WHERE comment IS NOT NULL AND comment <> ''"), 0);
    bool anyComment = false;
    for (const auto& [key, cells] : shown)
        anyComment = anyComment || !cells[FeedbackView::Comment].isEmpty();
    EXPECT_TRUE(anyComment);

    // Feature requests: the counts per category add up to the store's rows.
    const auto sum = [](QStandardItemModel* categories) {
        int64_t n = 0;
        for (int r = 0; r < categories->rowCount(); ++r)
            n += categories->index(r, 1).data(FigureFormat::SortRole).toLongLong();
        return n;
    };
    const int64_t requests = t.scalar("SELECT count(*) FROM feedback WHERE kind = 'feature_request'");
    EXPECT_GT(requests, 0);
    EXPECT_EQ(sum(view.featureCategories()), requests);
    EXPECT_EQ(view.featureEntries()->rowCount(), requests);
    EXPECT_EQ(sum(view.exitCategories()),
              t.scalar("SELECT count(*) FROM feedback WHERE kind = 'exit_survey'"));
    // Largest category first.
    ASSERT_GT(view.featureCategories()->rowCount(), 1);
}

TEST_F(FeedbackViewTest, ClickingAPeriodExplainsItsNps) {
    const auto rows = directNps();
    const int index = static_cast<int>(rows.size()) - 2; // the last complete month
    ASSERT_TRUE(rows[static_cast<size_t>(index)].responses > 0);
    QSignalSpy shown(&view, &FeedbackView::explanationShown);
    Q_EMIT view.npsChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    ExplainDialog* dialog = view.lastExplanation();
    ASSERT_TRUE(dialog);
    const metrics::NpsRow& row = rows[static_cast<size_t>(index)];
    EXPECT_TRUE(dialog->windowTitle().contains(periodLabel(row.period, PeriodUnit::Month)));
    const auto& explained = dialog->model()->rows();
    ASSERT_EQ(static_cast<int64_t>(explained.size()), row.responses);
    int64_t numerator = 0, detractors = 0;
    for (const reports::ExplainRow& r : explained) {
        numerator += r.role == metrics::Role::Numerator ? 1 : 0;
        detractors += r.reason.contains(QStringLiteral("detractor")) ? 1 : 0;
        EXPECT_NE(r.role, metrics::Role::Excluded);
        EXPECT_FALSE(r.customer.isEmpty());
    }
    EXPECT_EQ(numerator, row.promoters);
    EXPECT_EQ(detractors, row.detractors);

    // Opening an account from the dialog reaches the view's own signal (and so the window).
    QSignalSpy account(&view, &ScopedView::accountRequested);
    Q_EMIT dialog->accountRequested(explained.front().customer);
    ASSERT_EQ(account.count(), 1);
    EXPECT_EQ(account.at(0).at(0).toString(), explained.front().customer);
    dialog->close();

    if (const QByteArray dir = qgetenv("TENURE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.resize(1200, 760);
        view.show();
        QTest::qWait(200);
        view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/feedbackview.png"));
        // Every other tab as well, to look at by eye.
        for (QTabWidget* tabs : view.findChildren<QTabWidget*>())
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                view.grab().save(QStringLiteral("%1/feedbackview-%2-%3.png")
                                     .arg(QString::fromLocal8Bit(dir), tabs->objectName())
                                     .arg(i));
                tabs->setCurrentIndex(0);
            }
    }
}
