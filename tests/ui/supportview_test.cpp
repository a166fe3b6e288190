// The Support view against the core: every figure it shows is read back from its charts and
// tables and compared with the metric functions run directly on the same demo store.
#include "charts/periodbarchart.h"
#include "dialogs/explaindialog.h"
#include "figureformat.h"
#include "models/explainmodel.h"
#include "uitestsupport.h"
#include "views/supportview.h"

#include "demo/demostore.h"
#include "metrics/support.h"
#include "model/dates.h"
#include "store/metricinputs.h"

#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace tenure;
using namespace tenure::ui;

namespace {

class SupportViewTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void SetUp() override {
        ASSERT_TRUE(t.store);
        demo::DemoOptions options;
        options.customers = 300;
        options.seed = 11;
        options.today = daysFromCivil(2024, 7, 15);
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    }

    // The view's periods, as the core chooses them: the tickets' range, its last 24 months.
    std::vector<Period> periods(const std::vector<metrics::SupportTicket>& tickets) {
        int64_t first = INT64_MAX, last = INT64_MIN;
        for (const metrics::SupportTicket& ticket : tickets) {
            first = std::min(first, ticket.createdDay);
            last = std::max(last, ticket.createdDay);
        }
        std::vector<Period> all = periodsCovering(first, last, PeriodUnit::Month);
        return {all.end() - std::min<size_t>(all.size(), SupportView::chartPeriods), all.end()};
    }

    std::vector<metrics::SupportRow> direct(const QString& by) {
        const auto tickets = store::loadSupportTickets(*t.store, by);
        EXPECT_TRUE(tickets);
        const auto ps = periods(tickets.value());
        int64_t asOf = metrics::noTime;
        for (const metrics::SupportTicket& ticket : tickets.value())
            asOf = std::max(asOf, ticket.createdAt);
        return metrics::supportByPeriod(tickets.value(), ps, store::periodEndInstants(*t.store, ps), asOf,
                                        !by.isEmpty());
    }

    void refresh(SupportView& view) {
        QSignalSpy refreshed(&view, &ScopedView::refreshed);
        view.setScope({t.path, PeriodUnit::Month, {}});
        view.refreshNow();
        ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(60000));
    }

    // Text of a group table row by its first cell.
    static std::map<QString, QStringList> rowsOf(const QStandardItemModel& model) {
        std::map<QString, QStringList> out;
        for (int r = 0; r < model.rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < model.columnCount(); ++c)
                cells << model.index(r, c).data().toString();
            out[cells.front()] = cells;
        }
        return out;
    }

    test::TempStore t;
};

} // namespace

TEST(SupportFormat, DurationsAndRatesReadAsPeopleWriteThem) {
    test::ensureApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(FigureFormat::duration(3 * 3600 + 12 * 60), QStringLiteral("3 h 12 min"));
    EXPECT_EQ(FigureFormat::duration(45 * 60 + 10), QStringLiteral("45 min"));
    EXPECT_EQ(FigureFormat::duration(38), QStringLiteral("38 s"));
    EXPECT_EQ(FigureFormat::duration(2 * 86400 + 4 * 3600 + 5 * 60), QStringLiteral("2 d 4 h"));
    EXPECT_EQ(FigureFormat::duration(7200), QStringLiteral("2 h"));
    EXPECT_EQ(FigureFormat::duration(std::nullopt), QStringLiteral("—"));
    EXPECT_EQ(FigureFormat::percent(87.349), QStringLiteral("87.3 %"));
    EXPECT_EQ(FigureFormat::percent(std::nullopt), QStringLiteral("—"));
    EXPECT_EQ(FigureFormat::score(30.0), QStringLiteral("+30"));
    EXPECT_EQ(FigureFormat::score(-12.5), QStringLiteral("−12.5"));
}

TEST_F(SupportViewTest, ChartsShowTheCoreFiguresOfEveryPeriod) {
    SupportView view;
    refresh(view);
    const auto overall = direct(QString());
    const auto byChannel = direct(QStringLiteral("channel"));
    ASSERT_FALSE(overall.empty());
    ASSERT_EQ(overall.size(), static_cast<size_t>(SupportView::chartPeriods)); // three years of data

    const QStringList labels = view.volumeChart()->periodLabels();
    ASSERT_EQ(labels.size(), static_cast<int>(overall.size()));
    EXPECT_EQ(labels.front(), periodLabel(overall.front().period, PeriodUnit::Month));
    EXPECT_EQ(labels.back(), QStringLiteral("2024-07*"));

    // Volume: one stacked bar set per channel, each period's tickets.
    QAbstractBarSeries* bars = view.volumeChart()->barSeries();
    ASSERT_TRUE(bars);
    std::map<QString, std::vector<double>> expected;
    for (const metrics::SupportRow& row : byChannel)
        expected[row.group].push_back(static_cast<double>(row.tickets));
    ASSERT_EQ(bars->barSets().size(), static_cast<int>(expected.size()));
    int64_t total = 0;
    for (QBarSet* set : bars->barSets()) {
        ASSERT_TRUE(expected.count(set->label())) << set->label().toStdString();
        const std::vector<double>& values = expected[set->label()];
        ASSERT_EQ(set->count(), static_cast<int>(values.size()));
        for (int i = 0; i < set->count(); ++i) {
            EXPECT_DOUBLE_EQ(set->at(i), values[static_cast<size_t>(i)]) << set->label().toStdString() << i;
            total += static_cast<int64_t>(set->at(i));
        }
    }
    int64_t tickets = 0;
    for (const metrics::SupportRow& row : overall)
        tickets += row.tickets;
    EXPECT_EQ(total, tickets);
    EXPECT_GT(tickets, 100);

    // Backlog line: a point per period.
    const auto& volumeLines = view.volumeChart()->linePoints();
    ASSERT_EQ(volumeLines.size(), 1u);
    ASSERT_EQ(volumeLines[0]->count(), static_cast<int>(overall.size()));
    for (int i = 0; i < volumeLines[0]->count(); ++i)
        EXPECT_DOUBLE_EQ(volumeLines[0]->at(i).y(),
                         static_cast<double>(overall[static_cast<size_t>(i)].backlog));

    // Times in hours and rates in percent; an undefined value is a gap, not a point at 0.
    const auto checkLine = [&overall](QScatterSeries* points, auto value, double scale) {
        int defined = 0;
        for (const metrics::SupportRow& row : overall) {
            const std::optional<double> v = value(row);
            if (!v) continue;
            ASSERT_LT(defined, points->count());
            const QPointF p = points->at(defined++);
            EXPECT_EQ(overall[static_cast<size_t>(p.x())].period, row.period);
            EXPECT_NEAR(p.y(), *v / scale, 1e-9);
        }
        EXPECT_EQ(points->count(), defined);
        EXPECT_GT(defined, 0);
    };
    const auto& times = view.timesChart()->linePoints();
    ASSERT_EQ(times.size(), 4u);
    checkLine(
        times[0], [](const metrics::SupportRow& r) { return r.frtMedian; }, 3600.0);
    checkLine(
        times[1], [](const metrics::SupportRow& r) { return r.frtP90; }, 3600.0);
    checkLine(
        times[2], [](const metrics::SupportRow& r) { return r.resolutionMedian; }, 3600.0);
    const auto& rates = view.ratesChart()->linePoints();
    ASSERT_EQ(rates.size(), 4u);
    checkLine(
        rates[0], [](const metrics::SupportRow& r) { return r.resp24Pct; }, 1.0);
    checkLine(
        rates[1], [](const metrics::SupportRow& r) { return r.fcrPct; }, 1.0);
    checkLine(
        rates[2], [](const metrics::SupportRow& r) { return r.waitOver5MinPct; }, 1.0);
    checkLine(
        rates[3], [](const metrics::SupportRow& r) { return r.abandonPct; }, 1.0);

    // Wow tickets of the periods shown, each with the agent's note.
    const auto wow = store::loadWowTickets(*t.store);
    ASSERT_TRUE(wow);
    int shownWow = 0;
    for (const store::WowTicket& w : wow.value())
        shownWow += w.createdDay >= overall.front().period.start ? 1 : 0;
    EXPECT_GT(shownWow, 0);
    EXPECT_EQ(view.wowModel()->rowCount(), shownWow);
    EXPECT_FALSE(view.wowModel()->index(0, SupportView::WowNote).data().toString().isEmpty());

    if (const QByteArray dir = qgetenv("TENURE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.resize(1200, 760);
        view.show();
        QTest::qWait(200);
        view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/supportview.png"));
        // Every other tab as well, to look at by eye.
        for (QTabWidget* tabs : view.findChildren<QTabWidget*>())
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                view.grab().save(QStringLiteral("%1/supportview-%2-%3.png")
                                     .arg(QString::fromLocal8Bit(dir), tabs->objectName())
                                     .arg(i));
                tabs->setCurrentIndex(0);
            }
    }
}

TEST_F(SupportViewTest, ByChannelPriorityAndAgentSwitchTheLatestPeriodTable) {
    SupportView view;
    refresh(view);
    for (const QString& by :
         {QStringLiteral("channel"), QStringLiteral("priority"), QStringLiteral("agent")}) {
        const int index = view.groupSelector()->findData(by);
        ASSERT_GE(index, 0);
        view.groupSelector()->setCurrentIndex(index);
        const auto rows = direct(by);
        const Period latest = rows.back().period;
        std::vector<metrics::SupportRow> latestRows;
        for (const metrics::SupportRow& row : rows)
            if (row.period == latest) latestRows.push_back(row);
        const auto shown = rowsOf(*view.groupModel());
        ASSERT_EQ(shown.size(), latestRows.size() + 1) << by.toStdString(); // + "All tickets"
        EXPECT_EQ(view.groupModel()->headerData(0, Qt::Horizontal).toString(),
                  view.groupSelector()->currentText());
        for (const metrics::SupportRow& row : latestRows) {
            const QString name = row.group.isEmpty() ? QStringLiteral("(none)") : row.group;
            ASSERT_TRUE(shown.count(name)) << name.toStdString();
            const QStringList& cells = shown.at(name);
            EXPECT_EQ(cells[SupportView::Tickets], FigureFormat::count(row.tickets));
            EXPECT_EQ(cells[SupportView::FrtMedian], FigureFormat::duration(row.frtMedian));
            EXPECT_EQ(cells[SupportView::Resp24], FigureFormat::percent(row.resp24Pct));
            EXPECT_EQ(cells[SupportView::Fcr], FigureFormat::percent(row.fcrPct));
            EXPECT_EQ(cells[SupportView::ResolutionP90], FigureFormat::duration(row.resolutionP90));
            EXPECT_EQ(cells[SupportView::WaitOver5Min], FigureFormat::percent(row.waitOver5MinPct));
            EXPECT_EQ(cells[SupportView::Abandoned], FigureFormat::percent(row.abandonPct));
            EXPECT_EQ(cells[SupportView::Backlog], FigureFormat::count(row.backlog));
        }
        const metrics::SupportRow all = direct(QString()).back();
        const QStringList& total = shown.at(QStringLiteral("All tickets"));
        EXPECT_EQ(total[SupportView::Tickets], FigureFormat::count(all.tickets));
        EXPECT_EQ(total[SupportView::FrtP90], FigureFormat::duration(all.frtP90));
    }
    // Durations are written for people: "3 h 12 min", never raw seconds.
    const QString frt = view.groupModel()->index(0, SupportView::FrtMedian).data().toString();
    EXPECT_TRUE(frt.contains(QStringLiteral(" min")) || frt.contains(QStringLiteral(" h")) ||
                frt.contains(QStringLiteral(" s")) || frt == QStringLiteral("—"))
        << frt.toStdString();
}

TEST_F(SupportViewTest, ClickingAPeriodOfTheRatesExplainsTheTwentyFourHourRate) {
    SupportView view;
    refresh(view);
    const auto overall = direct(QString());
    const int index = static_cast<int>(overall.size()) - 2; // the last complete month
    const metrics::SupportRow& row = overall[static_cast<size_t>(index)];
    ASSERT_TRUE(row.resp24Pct);
    QSignalSpy shown(&view, &SupportView::explanationShown);
    Q_EMIT view.ratesChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    ExplainDialog* dialog = view.lastExplanation();
    ASSERT_TRUE(dialog);
    const auto& rows = dialog->model()->rows();
    ASSERT_EQ(static_cast<int64_t>(rows.size()), row.tickets);
    int64_t numerator = 0, denominator = 0;
    for (const reports::ExplainRow& r : rows) {
        numerator += r.role == metrics::Role::Numerator ? 1 : 0;
        denominator += r.role != metrics::Role::Excluded ? 1 : 0;
    }
    // The rows give back the figure: numerator / (numerator + denominator-only rows).
    ASSERT_GT(denominator, 0);
    EXPECT_NEAR(100.0 * static_cast<double>(numerator) / static_cast<double>(denominator), *row.resp24Pct,
                1e-9);

    QSignalSpy account(&view, &ScopedView::accountRequested);
    Q_EMIT dialog->accountRequested(QStringLiteral("C0000001"));
    ASSERT_EQ(account.count(), 1);
    dialog->close();
}

// A cell of the group table explains its own figure for its group: first-contact resolution of
// the busiest channel in the latest period, numerator over denominator, as in the table.
TEST_F(SupportViewTest, DoubleClickingAGroupCellExplainsThatFigureForThatGroup) {
    SupportView view;
    refresh(view);
    QStandardItemModel* model = view.groupModel();
    ASSERT_GT(model->rowCount(), 1);
    int row = -1;
    for (int r = 1; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, SupportView::Fcr).data(FigureFormat::SortRole).isValid()) row = r;
    ASSERT_GE(row, 0);
    const QString group = model->index(row, SupportView::Group).data(SupportView::GroupKeyRole).toString();
    const double fcr = model->index(row, SupportView::Fcr).data(FigureFormat::SortRole).toDouble();

    QSignalSpy shown(&view, &SupportView::explanationShown);
    auto* table = view.findChild<QTableView*>(QStringLiteral("supportGroupTable"));
    ASSERT_TRUE(table);
    Q_EMIT table->activated(model->index(row, SupportView::Fcr));
    ASSERT_TRUE(shown.wait(30000));
    ExplainDialog* dialog = view.lastExplanation();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->windowTitle().contains(group)) << dialog->windowTitle().toStdString();
    int64_t numerator = 0, denominator = 0;
    for (const reports::ExplainRow& r : dialog->model()->rows()) {
        numerator += r.role == metrics::Role::Numerator ? 1 : 0;
        denominator += r.role != metrics::Role::Excluded ? 1 : 0;
    }
    ASSERT_GT(denominator, 0);
    EXPECT_NEAR(100.0 * static_cast<double>(numerator) / static_cast<double>(denominator), fcr, 1e-9);
    dialog->close();
}

// A period of the response-times chart lists the tickets its first-response median is taken
// from: every answered ticket of the period.
TEST_F(SupportViewTest, ClickingAPeriodOfTheTimesChartListsTheTicketsOfItsMedian) {
    SupportView view;
    refresh(view);
    const auto overall = direct(QString());
    const int index = static_cast<int>(overall.size()) - 2;
    const metrics::SupportRow& row = overall[static_cast<size_t>(index)];
    ASSERT_TRUE(row.frtMedian);
    QSignalSpy shown(&view, &SupportView::explanationShown);
    Q_EMIT view.timesChart()->periodClicked(index);
    ASSERT_TRUE(shown.wait(30000));
    ExplainDialog* dialog = view.lastExplanation();
    ASSERT_TRUE(dialog);
    int64_t numerator = 0;
    for (const reports::ExplainRow& r : dialog->model()->rows())
        numerator += r.role == metrics::Role::Numerator ? 1 : 0;
    EXPECT_EQ(numerator, row.answered);
    dialog->close();
}
