#include "demo/demostore.h"
#include "dialogs/settingsdialog.h"
#include "export/dashboardpdf.h"
#include "export/exports.h"
#include "io/csvreader.h"
#include "model/dates.h"
#include "uitestsupport.h"
#include "views/dashboardview.h"
#include "views/segmentsview.h"

#include "testsupport.h"

#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;

namespace {

class ExportsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { tenure::test::ensureApplication(); }
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, t.dir.path());
        demo::DemoOptions options;
        options.customers = 200;
        options.seed = 3;
        options.today = daysFromCivil(2025, 6, 30);
        options.years = 2;
        ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    }
    static bool waitFor(ScopedView& view) {
        QSignalSpy done(&view, &ScopedView::refreshed);
        view.refreshNow();
        return done.count() > 0 || done.wait(30000);
    }
    QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    test::TempStore t;
};

TEST_F(ExportsTest, ATableIsWrittenAsShownWithItsHeader) {
    SegmentsView view;
    view.setScope({t.path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(view));
    const QString path = t.dir.filePath(QStringLiteral("segments.csv"));
    ASSERT_TRUE(exportModelCsv(*view.table()->model(), path));
    io::CsvReader reader;
    ASSERT_TRUE(reader.open(path));
    io::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(QString::fromUtf8(record.fields[0].data(), static_cast<qsizetype>(record.fields[0].size())),
              QStringLiteral("Segment"));
    int rows = 0;
    while (reader.next(record)) {
        EXPECT_EQ(static_cast<int>(record.fields.size()), SegmentsView::ColumnCount);
        // Figures with thousands separators are quoted, not split.
        EXPECT_EQ(QString::fromUtf8(record.fields[SegmentsView::Customers].data(),
                                    static_cast<qsizetype>(record.fields[SegmentsView::Customers].size())),
                  view.table()->item(rows, SegmentsView::Customers)->text());
        ++rows;
    }
    EXPECT_EQ(rows, view.table()->rowCount());
}

TEST_F(ExportsTest, ChartsAsPngAndSvgAndTheDashboardAsPdf) {
    SegmentsView segments;
    segments.resize(1000, 700);
    segments.setScope({t.path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(segments));
    const QString png = t.dir.filePath(QStringLiteral("chart.png"));
    const QString svg = t.dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(exportWidgetImage(*segments.chartView(), png));
    ASSERT_TRUE(exportWidgetImage(*segments.chartView(), svg));
    EXPECT_TRUE(readAll(png).startsWith("\x89PNG"));
    const QByteArray drawing = readAll(svg);
    EXPECT_TRUE(drawing.contains("<svg"));
    EXPECT_TRUE(drawing.contains("<path") || drawing.contains("<rect")) << "the bars are vectors";

    DashboardView dashboard;
    dashboard.resize(1200, 700);
    dashboard.setScope({t.path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(dashboard));
    const QString pdf = t.dir.filePath(QStringLiteral("dashboard.pdf"));
    ASSERT_TRUE(exportDashboardPdf(dashboard, pdf, QStringLiteral("store.sqlite")));
    const QByteArray document = readAll(pdf);
    EXPECT_TRUE(document.startsWith("%PDF"));
    EXPECT_GT(document.size(), 5000);
}

TEST_F(ExportsTest, StoreSettingsAreSavedInTheStoreAndChangeTheFigures) {
    SegmentsView view;
    view.setScope({t.path, PeriodUnit::Month, {}});
    ASSERT_TRUE(waitFor(view));
    const QString costBefore = view.table()->item(0, SegmentsView::Cost)->text();

    SettingsDialog dialog(t.path);
    if (qEnvironmentVariableIsSet("TENURE_SCREENSHOT_DIR")) // for looking at the dialog
        dialog.grab().save(qEnvironmentVariable("TENURE_SCREENSHOT_DIR") + QStringLiteral("/settings.png"));
    EXPECT_DOUBLE_EQ(dialog.costPerTicket()->value(), 20.0);
    dialog.costPerTicket()->setValue(120);
    dialog.timeZone()->setCurrentText(QStringLiteral("UTC"));
    // Health weights and loyalty rules are edited there too, read from and saved to the store.
    ASSERT_NE(dialog.number(QStringLiteral("health_weight_nps")), nullptr);
    EXPECT_DOUBLE_EQ(dialog.number(QStringLiteral("health_weight_nps"))->value(), 15.0);
    EXPECT_DOUBLE_EQ(dialog.number(QStringLiteral("loyalty_tier_gold"))->value(), 2000.0);
    dialog.number(QStringLiteral("health_weight_nps"))->setValue(40);
    dialog.number(QStringLiteral("loyalty_points_per_unit"))->setValue(2);
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    EXPECT_EQ(t.store->setting(QStringLiteral("cost_per_ticket")), QStringLiteral("120"));
    EXPECT_EQ(t.store->setting(QStringLiteral("health_weight_nps")), QStringLiteral("40"));
    EXPECT_EQ(t.store->setting(QStringLiteral("loyalty_points_per_unit")), QStringLiteral("2"));

    view.invalidate();
    view.refreshNow();
    ASSERT_TRUE(waitFor(view));
    EXPECT_NE(view.table()->item(0, SegmentsView::Cost)->text(), costBefore);
}

} // namespace
