// Business time: opening hours in the schedule's zone, holidays, daylight-saving changes.
#include "model/businesshours.h"
#include "model/dates.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <random>

using namespace tenure;

namespace {

constexpr int64_t hour = 3600;

int64_t at(const char* isoWithOffset) {
    const QDateTime t = QDateTime::fromString(QLatin1String(isoWithOffset), Qt::ISODate);
    EXPECT_TRUE(t.isValid()) << isoWithOffset;
    return t.toSecsSinceEpoch();
}

BusinessSchedule schedule(const char* json) {
    const auto s = parseBusinessSchedule(QLatin1String(json), "UTC");
    EXPECT_TRUE(s.ok()) << s.error().toStdString();
    return s ? s.value() : BusinessSchedule{};
}

// Monday to Friday, 09:00–17:00 in Berlin.
BusinessSchedule berlin(const char* extra = "") {
    return schedule((std::string(R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4,5], "open": "09:00",
                                    "close": "17:00")") +
                     extra + "}")
                        .c_str());
}

// The obvious computation, a QDateTime per opening and closing, to check the fast one against.
int64_t naiveBusinessSeconds(const BusinessSchedule& s, int64_t from, int64_t to) {
    const QTimeZone zone(s.timeZone);
    const QDate first = QDateTime::fromSecsSinceEpoch(from, zone).date().addDays(-1);
    const QDate last = QDateTime::fromSecsSinceEpoch(to, zone).date().addDays(1);
    int64_t total = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        const OpeningHours& h = s.week[static_cast<size_t>(d.dayOfWeek() - 1)];
        const int64_t day = daysFromCivil(d.year(), d.month(), d.day());
        if (!h.isOpen() || std::binary_search(s.holidays.begin(), s.holidays.end(), day)) continue;
        const int64_t open =
            QDateTime(d, QTime::fromMSecsSinceStartOfDay(h.open * 1000), zone).toSecsSinceEpoch();
        const int64_t close =
            h.close == 86400
                ? QDateTime(d.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
                : QDateTime(d, QTime::fromMSecsSinceStartOfDay(h.close * 1000), zone).toSecsSinceEpoch();
        total += std::max<int64_t>(0, std::min(to, close) - std::max(from, open));
    }
    return total;
}

} // namespace

TEST(BusinessHours, WithinOneDaysHours) {
    EXPECT_EQ(businessSeconds(berlin(), at("2024-07-01T10:00:00+02:00"), at("2024-07-01T11:30:00+02:00")),
              90 * 60);
}

TEST(BusinessHours, CreatedFridayEveningAnsweredMondayMorningIsOneHour) {
    // 2024-07-05 is a Friday.
    EXPECT_EQ(businessSeconds(berlin(), at("2024-07-05T18:00:00+02:00"), at("2024-07-08T10:00:00+02:00")),
              hour);
}

TEST(BusinessHours, OutsideHoursTheClockStartsAtTheNextOpeningAndStopsAtTheLastClosing) {
    const BusinessSchedule s = berlin();
    // Created on Saturday: the clock starts on Monday at 09:00.
    EXPECT_EQ(businessSeconds(s, at("2024-07-06T12:00:00+02:00"), at("2024-07-08T09:30:00+02:00")), 30 * 60);
    // Created before opening the same day.
    EXPECT_EQ(businessSeconds(s, at("2024-07-08T06:00:00+02:00"), at("2024-07-08T09:45:00+02:00")), 45 * 60);
    // Answered in the evening: counted up to 17:00.
    EXPECT_EQ(businessSeconds(s, at("2024-07-08T16:00:00+02:00"), at("2024-07-08T20:00:00+02:00")), hour);
    // Created and answered while closed: no business time passed.
    EXPECT_EQ(businessSeconds(s, at("2024-07-06T10:00:00+02:00"), at("2024-07-07T18:00:00+02:00")), 0);
    // The instant given in another zone is the same instant: 07:30 UTC is 09:30 in Berlin.
    EXPECT_EQ(businessSeconds(s, at("2024-07-08T07:00:00Z"), at("2024-07-08T07:30:00Z")), 30 * 60);
}

TEST(BusinessHours, ZeroLengthAndReversedRangesCountNothing) {
    const BusinessSchedule s = berlin();
    const int64_t t = at("2024-07-08T10:00:00+02:00");
    EXPECT_EQ(businessSeconds(s, t, t), 0);
    EXPECT_EQ(businessSeconds(s, t, t - hour), 0);
}

TEST(BusinessHours, AHolidayIsClosedAllDay) {
    // Tuesday 24 December 16:00 to Thursday 26 December 10:00.
    const int64_t from = at("2024-12-24T16:00:00+01:00");
    const int64_t to = at("2024-12-26T10:00:00+01:00");
    EXPECT_EQ(businessSeconds(berlin(), from, to), 10 * hour);
    EXPECT_EQ(businessSeconds(berlin(R"(, "holidays": ["2024-12-25"])"), from, to), 2 * hour);
    // A holiday on a weekend changes nothing.
    EXPECT_EQ(businessSeconds(berlin(R"(, "holidays": ["2024-12-28"])"), from, to), 10 * hour);
}

TEST(BusinessHours, WholeWeeksAndLongSpans) {
    const BusinessSchedule s = berlin(R"(, "close": "17:30")");
    EXPECT_EQ(businessSeconds(s, at("2024-07-01T09:00:00+02:00"), at("2024-07-29T09:00:00+02:00")),
              4 * 5 * (8 * hour + 1800));
    // A year across both DST changes, which fall on Sundays: 262 working days of 8.5 h.
    EXPECT_EQ(businessSeconds(s, at("2024-01-01T00:00:00+01:00"), at("2025-01-01T00:00:00+01:00")),
              262 * (8 * hour + 1800));
}

TEST(BusinessHours, DaylightSavingChangesOutsideTheHoursChangeNothing) {
    // Europe/Berlin: 2024-03-31 02:00 → 03:00 and 2024-10-27 03:00 → 02:00, both Sundays.
    const BusinessSchedule sundays = schedule(R"({"time_zone": "Europe/Berlin", "days": [7], "open": "09:00",
                                                  "close": "17:00"})");
    EXPECT_EQ(businessSeconds(sundays, at("2024-03-30T12:00:00+01:00"), at("2024-04-01T00:00:00+02:00")),
              8 * hour);
    EXPECT_EQ(businessSeconds(sundays, at("2024-10-26T12:00:00+02:00"), at("2024-10-28T00:00:00+01:00")),
              8 * hour);
    // Friday afternoon to Monday morning over the March change: 1 h + 1 h.
    EXPECT_EQ(businessSeconds(berlin(), at("2024-03-29T16:00:00+01:00"), at("2024-04-01T10:00:00+02:00")),
              2 * hour);
}

TEST(BusinessHours, DaylightSavingChangesInsideTheHoursCountRealElapsedTime) {
    // Sunday 01:00–05:00 holds the change hour: 3 real hours in March, 5 in October.
    const BusinessSchedule night = schedule(R"({"time_zone": "Europe/Berlin", "days": [7], "open": "01:00",
                                               "close": "05:00"})");
    EXPECT_EQ(businessSeconds(night, at("2024-03-30T12:00:00+01:00"), at("2024-04-01T00:00:00+02:00")),
              3 * hour);
    EXPECT_EQ(businessSeconds(night, at("2024-10-26T12:00:00+02:00"), at("2024-10-28T00:00:00+01:00")),
              5 * hour);
    // Part of the day: from 01:30 CET to 03:30 CEST is one real hour.
    EXPECT_EQ(businessSeconds(night, at("2024-03-31T01:30:00+01:00"), at("2024-03-31T03:30:00+02:00")), hour);
    // In October 02:30 happens twice; from the first (CEST) to the second (CET) is an hour.
    EXPECT_EQ(businessSeconds(night, at("2024-10-27T02:30:00+02:00"), at("2024-10-27T02:30:00+01:00")), hour);
}

TEST(BusinessHours, NewYorkAcrossTheNovemberChange) {
    // 2024-11-03: 02:00 EDT → 01:00 EST. Open all Sunday: 25 hours; 09:00–17:00: 8.
    const BusinessSchedule allDay =
        schedule(R"({"time_zone": "America/New_York", "days": [7], "open": "00:00",
                                                "close": "24:00"})");
    const int64_t saturday = at("2024-11-02T12:00:00-04:00");
    const int64_t monday = at("2024-11-04T12:00:00-05:00");
    EXPECT_EQ(businessSeconds(allDay, saturday, monday), 25 * hour);
    const BusinessSchedule day = schedule(R"({"time_zone": "America/New_York", "days": [7]})");
    EXPECT_EQ(businessSeconds(day, saturday, monday), 8 * hour);
}

TEST(BusinessHours, OneClockAgreesWithTheObviousComputationInAnyOrder) {
    std::mt19937_64 random(7);
    for (const char* json :
         {R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4,5], "open": "09:00", "close": "17:30",
              "holidays": ["2024-12-25", "2024-12-26", "2025-01-01"]})",
          R"({"time_zone": "America/New_York", "days": [1,2,3,4,5,6,7], "open": "01:00", "close": "03:00",
              "hours": {"6": ["00:30", "24:00"]}})",
          R"({"time_zone": "Asia/Kolkata", "days": [1,2,3,4,5,6], "open": "10:00", "close": "18:00"})"}) {
        const BusinessSchedule s = schedule(json);
        BusinessClock clock(s);
        const int64_t start = at("2023-06-01T00:00:00Z");
        std::uniform_int_distribution<int64_t> instant(0, 600 * 86400);
        std::uniform_int_distribution<int64_t> length(0, 20 * 86400);
        for (int i = 0; i < 400; ++i) {
            const int64_t from = start + instant(random);
            const int64_t to = from + (i % 3 == 0 ? length(random) / 20 : length(random));
            ASSERT_EQ(clock.seconds(from, to), naiveBusinessSeconds(s, from, to))
                << json << " " << from << " " << to;
        }
    }
}

TEST(BusinessHours, AbsurdDatesAreClampedNotAFault) {
    const BusinessSchedule s = berlin();
    EXPECT_EQ(businessSeconds(s, INT64_MIN / 2, INT64_MIN / 2 + 86400), 0);
    EXPECT_GT(businessSeconds(s, INT64_MIN / 2, at("1900-02-01T00:00:00Z")), 0);
    EXPECT_GT(businessSeconds(s, at("2199-12-01T00:00:00Z"), INT64_MAX / 2), 0);
}

TEST(BusinessScheduleJson, DefaultsAndOverrides) {
    const auto s = parseBusinessSchedule(QStringLiteral("{}"), "Europe/Paris");
    ASSERT_TRUE(s.ok()) << s.error().toStdString();
    EXPECT_EQ(s->timeZone, QByteArray("Europe/Paris"));
    for (int d = 0; d < 7; ++d)
        EXPECT_EQ(s->week[static_cast<size_t>(d)],
                  d < 5 ? (OpeningHours{9 * 3600, 17 * 3600}) : OpeningHours{})
            << d;
    const BusinessSchedule friday = berlin(R"(, "close": "17:30", "hours": {"5": ["09:00", "15:00"]},
                                             "holidays": ["2024-12-26", "2024-12-25", "2024-12-25"])");
    EXPECT_EQ(friday.week[0], (OpeningHours{9 * 3600, 17 * 3600 + 1800}));
    EXPECT_EQ(friday.week[4], (OpeningHours{9 * 3600, 15 * 3600}));
    EXPECT_EQ(friday.holidays,
              (std::vector<int64_t>{daysFromCivil(2024, 12, 25), daysFromCivil(2024, 12, 26)}));
}

TEST(BusinessScheduleJson, MistakesAreRefusedWithAReason) {
    for (const char* json : {"", "[]", R"({"time_zone": "Mars/Olympus"})", R"({"open": "9am"})",
                             R"({"open": "17:00", "close": "09:00"})", R"({"days": [0]})", R"({"days": []})",
                             R"({"holidays": ["25/12/2024"]})", R"({"hours": {"6": ["10:00", "12:00"]}})",
                             R"({"hours": {"1": ["10:00"]}})", R"({"holiday": ["2024-12-25"]})"}) {
        const auto s = parseBusinessSchedule(QLatin1String(json), "UTC");
        EXPECT_FALSE(s.ok()) << json;
        EXPECT_TRUE(s.error().startsWith(QStringLiteral("business hours: "))) << s.error().toStdString();
    }
}

TEST(BusinessScheduleJson, WrittenInTheDocumentedShape) {
    const BusinessSchedule s = berlin(R"(, "close": "17:30", "hours": {"5": ["09:00", "15:00"]},
                                        "holidays": ["2024-12-25"])");
    EXPECT_EQ(businessScheduleJson(s),
              QStringLiteral(
                  R"({"time_zone": "Europe/Berlin", "days": [1,2,3,4,5], "open": "09:00", )"
                  R"("close": "17:30", "holidays": ["2024-12-25"], "hours": {"5": ["09:00", "15:00"]}})"));
    EXPECT_EQ(usualHours(s), (OpeningHours{9 * 3600, 17 * 3600 + 1800}));
}

TEST(BusinessScheduleJson, ReadBackAsTheSameSchedule) {
    // Weekends only, a day to midnight, seconds, ties between two hours, a zone other than the
    // default one: each written and read back whole.
    for (const char* json :
         {R"({"time_zone": "Europe/Berlin"})", R"({"days": [6,7], "open": "10:00", "close": "24:00"})",
          R"({"days": [1,5], "open": "08:00:30", "close": "12:00", "hours": {"5": ["13:00", "18:00"]}})",
          R"({"time_zone": "America/New_York", "days": [1,2,3,4,5,6,7], "hours": {"7": ["00:00", "24:00"],
             "6": ["10:00", "14:00"]}, "holidays": ["2025-01-01", "2024-12-25", "2024-12-26"]})"}) {
        const BusinessSchedule s = schedule(json);
        const QString written = businessScheduleJson(s);
        const auto back = parseBusinessSchedule(written, "Asia/Tokyo");
        ASSERT_TRUE(back.ok()) << json << " → " << written.toStdString() << ": "
                               << back.error().toStdString();
        EXPECT_EQ(back.value(), s) << json << " → " << written.toStdString();
    }
}
