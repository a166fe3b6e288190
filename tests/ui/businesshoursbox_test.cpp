// The Settings dialog's support hours: the `business_hours` setting shown and written without JSON,
// read back by the core as the schedule that was edited.
#include "dialogs/businesshoursbox.h"
#include "dialogs/settingsdialog.h"
#include "model/dates.h"
#include "reports/storesettings.h"
#include "uitestsupport.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimeEdit>
#include <QTimer>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;

namespace {

const QString key = QStringLiteral("business_hours");
constexpr int hour = 3600;

class BusinessHoursBoxTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { tenure::test::ensureApplication(); }
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, t.dir.path());
    }
    // The schedule as the core reads it from the store (what the support metrics will use).
    BusinessSchedule stored() {
        const auto s = reports::businessScheduleFromSettings(*t.store);
        EXPECT_TRUE(s.ok()) << s.error().toStdString();
        EXPECT_TRUE(s.ok() && s.value().has_value());
        return s && s.value() ? *s.value() : BusinessSchedule{};
    }
    // save() shows its refusal in a message box: close it, so that the test does not wait for a click.
    static void dismissMessageBox() {
        QTimer::singleShot(0, qApp, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) box->done(0);
        });
    }
    test::TempStore t;
};

TEST_F(BusinessHoursBoxTest, AStoredScheduleIsShown) {
    ASSERT_TRUE(t.store->setSetting(key, QStringLiteral(R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4],
        "open": "08:30", "close": "17:30", "holidays": ["2024-12-26", "2024-12-25"]})")));
    SettingsDialog dialog(t.path);
    const BusinessHoursBox& box = *dialog.businessHours();
    EXPECT_TRUE(box.enabled()->isChecked());
    for (int day = 1; day <= 7; ++day)
        EXPECT_EQ(box.day(day)->isChecked(), day <= 4) << day;
    // The locale's weekday names in its order: Sunday first in the US.
    EXPECT_EQ(box.day(1)->text(), QLocale().dayName(1, QLocale::ShortFormat));
    dialog.grab(); // lays the dialog out
    EXPECT_LT(box.day(7)->x(), box.day(1)->x());
    EXPECT_LT(box.day(1)->x(), box.day(2)->x());
    EXPECT_EQ(box.openTime()->time(), QTime(8, 30));
    EXPECT_EQ(box.closeTime()->time(), QTime(17, 30));
    EXPECT_EQ(box.timeZone()->currentText(), QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(box.holidays()->text(), QStringLiteral("2024-12-25, 2024-12-26"));
    EXPECT_TRUE(box.ownHoursNote()->isHidden());
    EXPECT_TRUE(box.problem()->isHidden());
}

TEST_F(BusinessHoursBoxTest, AnEditedScheduleIsStoredAsTheCoreReadsIt) {
    SettingsDialog dialog(t.path);
    BusinessHoursBox& box = *dialog.businessHours();
    EXPECT_FALSE(box.enabled()->isChecked());
    // A new schedule is in the store's zone, as chosen in the dialog.
    EXPECT_EQ(box.timeZone()->currentText(), QStringLiteral("UTC"));
    dialog.timeZone()->setCurrentText(QStringLiteral("Europe/Paris"));
    EXPECT_EQ(box.timeZone()->currentText(), QStringLiteral("Europe/Paris"));

    box.enabled()->setChecked(true);
    box.day(2)->setChecked(false);
    box.day(4)->setChecked(false);
    box.day(6)->setChecked(true);
    box.openTime()->setTime(QTime(10, 0));
    box.closeTime()->setTime(QTime(16, 45));
    box.holidays()->setText(QStringLiteral("2025-01-01 2024-12-25,2024-12-26"));
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();

    BusinessSchedule expected;
    expected.timeZone = "Europe/Paris";
    for (const int day : {1, 3, 5, 6})
        expected.week[static_cast<size_t>(day - 1)] = {10 * hour, 16 * hour + 45 * 60};
    expected.holidays = {daysFromCivil(2024, 12, 25), daysFromCivil(2024, 12, 26), daysFromCivil(2025, 1, 1)};
    EXPECT_EQ(stored(), expected) << t.store->setting(key).toStdString();
}

TEST_F(BusinessHoursBoxTest, ClosingAtMidnightIsTheEndOfTheDay) {
    SettingsDialog dialog(t.path);
    BusinessHoursBox& box = *dialog.businessHours();
    box.enabled()->setChecked(true);
    box.closeTime()->setTime(QTime(0, 0));
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    EXPECT_EQ(stored().week[0], (OpeningHours{9 * hour, 24 * hour}));
}

TEST_F(BusinessHoursBoxTest, UncheckingRemovesTheSetting) {
    ASSERT_TRUE(t.store->setSetting(key, QStringLiteral(R"({"days": [1,2,3]})")));
    SettingsDialog dialog(t.path);
    dialog.businessHours()->enabled()->setChecked(false);
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    EXPECT_TRUE(t.store->setting(key).isEmpty());
    const auto none = reports::businessScheduleFromSettings(*t.store);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value().has_value());
}

TEST_F(BusinessHoursBoxTest, ABadHolidayIsRefusedByNameAndNothingIsStored) {
    const QString before = QStringLiteral(R"({"days": [1,2,3,4,5], "holidays": ["2024-12-25"]})");
    ASSERT_TRUE(t.store->setSetting(key, before));
    SettingsDialog dialog(t.path);
    dialog.costPerTicket()->setValue(99);
    dialog.businessHours()->holidays()->setText(QStringLiteral("2024-12-25, 2024-13-01"));
    dismissMessageBox();
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("\"2024-13-01\""))) << dialog.error().toStdString();
    EXPECT_EQ(t.store->setting(key), before);
    EXPECT_TRUE(t.store->setting(QStringLiteral("cost_per_ticket")).isEmpty()); // all or nothing
}

TEST_F(BusinessHoursBoxTest, ClosingBeforeOpeningIsRefused) {
    SettingsDialog dialog(t.path);
    BusinessHoursBox& box = *dialog.businessHours();
    box.enabled()->setChecked(true);
    box.openTime()->setTime(QTime(17, 0));
    box.closeTime()->setTime(QTime(9, 0));
    dismissMessageBox();
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.error().contains(QStringLiteral("closing time"))) << dialog.error().toStdString();
    EXPECT_TRUE(t.store->setting(key).isEmpty());
}

TEST_F(BusinessHoursBoxTest, DaysWithTheirOwnHoursSurviveASave) {
    ASSERT_TRUE(t.store->setSetting(key, QStringLiteral(R"({"days": [1,2,3,4,5], "open": "09:00",
        "close": "17:30", "hours": {"5": ["09:00", "15:00"]}})")));
    SettingsDialog dialog(t.path);
    BusinessHoursBox& box = *dialog.businessHours();
    EXPECT_FALSE(box.ownHoursNote()->isHidden());
    if (qEnvironmentVariableIsSet("TENURE_SCREENSHOT_DIR")) // for looking at the dialog
        dialog.grab().save(qEnvironmentVariable("TENURE_SCREENSHOT_DIR") +
                           QStringLiteral("/settings-support-hours.png"));
    EXPECT_EQ(box.closeTime()->time(), QTime(17, 30));
    box.closeTime()->setTime(QTime(18, 0));
    box.day(6)->setChecked(true);
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    const BusinessSchedule s = stored();
    for (const int day : {1, 2, 3, 4, 6})
        EXPECT_EQ(s.week[static_cast<size_t>(day - 1)], (OpeningHours{9 * hour, 18 * hour})) << day;
    EXPECT_EQ(s.week[4], (OpeningHours{9 * hour, 15 * hour}));
    EXPECT_FALSE(s.week[6].isOpen());
}

TEST_F(BusinessHoursBoxTest, AnUnchangedScheduleKeepsItsTextAsWritten) {
    // No time_zone: it follows the store's, and a save that changes nothing must not pin it.
    const QString before = QStringLiteral(R"({"days": [1,2,3], "open": "08:00:30", "close": "16:00"})");
    ASSERT_TRUE(t.store->setSetting(key, before));
    SettingsDialog dialog(t.path);
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    EXPECT_EQ(t.store->setting(key), before);
}

TEST_F(BusinessHoursBoxTest, AnInvalidStoredValueIsShownAndLeftAloneUntilChanged) {
    const QString bad = QStringLiteral(R"({"days": [9]})"); // written around the CLI's check
    ASSERT_TRUE(t.store->setSetting(key, bad));
    {
        SettingsDialog dialog(t.path);
        const BusinessHoursBox& box = *dialog.businessHours();
        EXPECT_FALSE(box.enabled()->isChecked());
        EXPECT_FALSE(box.problem()->isHidden());
        EXPECT_TRUE(box.problem()->text().contains(QStringLiteral("ISO weekdays")))
            << box.problem()->text().toStdString();
        ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
        EXPECT_EQ(t.store->setting(key), bad);
    }
    SettingsDialog dialog(t.path);
    dialog.businessHours()->enabled()->setChecked(true);
    ASSERT_TRUE(dialog.save()) << dialog.error().toStdString();
    EXPECT_TRUE(stored().week[0].isOpen());
}

} // namespace
