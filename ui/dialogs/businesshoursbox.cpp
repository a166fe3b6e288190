#include "businesshoursbox.h"

#include "model/dates.h"
#include "reports/storesettings.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace tenure::ui {

namespace {

const QString settingKey = QStringLiteral("business_hours");
constexpr int secondsPerDay = 86400;

QTimeEdit* timeEdit(QWidget* parent) {
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

// A closing time of 24:00 (the schedule's end of day) shows as 00:00, and 00:00 means it.
QTime closingTime(int seconds) {
    return QTime::fromMSecsSinceStartOfDay((seconds % secondsPerDay) * 1000);
}
int closingSeconds(QTime time) {
    const int seconds = time.msecsSinceStartOfDay() / 1000;
    return seconds == 0 ? secondsPerDay : seconds;
}

QLabel* note(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

BusinessHoursBox::BusinessHoursBox(QWidget* parent)
    : QGroupBox(tr("Support hours"), parent)
    , m_enabled(new QCheckBox(tr("Count support times in &business hours too"), this))
    , m_open(timeEdit(this))
    , m_close(timeEdit(this))
    , m_zone(new QComboBox(this))
    , m_holidays(new QLineEdit(this))
    , m_ownHoursNote(note(this))
    , m_problem(note(this)) {
    // The locale's order of weekdays (Sunday first in the US), stored by ISO number.
    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const int iso = (static_cast<int>(locale.firstDayOfWeek()) - 1 + i) % 7 + 1;
        auto* box = new QCheckBox(locale.dayName(iso, QLocale::ShortFormat), this);
        box->setToolTip(locale.dayName(iso, QLocale::LongFormat));
        m_days[static_cast<size_t>(iso - 1)] = box;
        days->addWidget(box);
    }
    days->addStretch(1);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_close->setToolTip(tr("00:00 closes at midnight, at the end of the day."));
    m_holidays->setPlaceholderText(tr("e.g. 2024-12-25, 2024-12-26"));
    m_ownHoursNote->setText(tr("Some days have their own hours (set with tenure-cli); they are kept."));
    m_ownHoursNote->setForegroundRole(QPalette::PlaceholderText);

    // The fields sit in their own widget, so that the check box enables them at once.
    auto* fields = new QWidget(this);
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_open);
    hours->addWidget(new QLabel(tr("to"), fields));
    hours->addWidget(m_close);
    hours->addStretch(1);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins({});
    form->addRow(tr("Working days:"), days);
    auto* openLabel = new QLabel(tr("&Open from:"), fields); // a row of two: the label needs a buddy
    openLabel->setBuddy(m_open);
    form->addRow(openLabel, hours);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("Ho&lidays:"), m_holidays);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(fields);
    layout->addWidget(m_ownHoursNote);
    layout->addWidget(m_problem);

    connect(m_enabled, &QCheckBox::toggled, fields, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, [this] { m_toggled = true; });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] { m_zoneChosen = true; });
    fields->setEnabled(false);
}

void BusinessHoursBox::load(store::Store& store) {
    const auto stored = reports::businessScheduleFromSettings(store);
    m_storedInvalid = !stored.ok();
    m_stored = stored ? stored.value() : std::nullopt;
    // No usable schedule: the core's defaults (Monday to Friday, 09:00–17:00) in the store's zone.
    const auto defaults = parseBusinessSchedule(QStringLiteral("{}"), store.timeZone().id());
    if (m_stored)
        display(*m_stored);
    else if (defaults)
        display(defaults.value());
    m_enabled->setChecked(m_stored.has_value());
    m_problem->setVisible(m_storedInvalid);
    if (m_storedInvalid)
        m_problem->setText(tr("The stored support hours cannot be used: %1. They are left as they are "
                              "unless you set new ones here.")
                               .arg(stored.error()));
    m_toggled = false;
    m_zoneChosen = m_stored.has_value();
}

void BusinessHoursBox::followStoreZone(const QString& zone) {
    if (m_zoneChosen) return;
    const QSignalBlocker blocker(m_zone);
    m_zone->setCurrentText(zone);
}

void BusinessHoursBox::display(const BusinessSchedule& schedule) {
    const OpeningHours usual = usualHours(schedule);
    bool ownHours = false;
    for (size_t i = 0; i < m_days.size(); ++i) {
        m_days[i]->setChecked(schedule.week[i].isOpen());
        ownHours = ownHours || (schedule.week[i].isOpen() && schedule.week[i] != usual);
    }
    m_open->setTime(QTime::fromMSecsSinceStartOfDay(usual.open * 1000));
    m_close->setTime(closingTime(usual.close));
    const QSignalBlocker blocker(m_zone);
    // A zone the system does not list (an alias, say) is added rather than silently replaced.
    const QString zone = QString::fromUtf8(schedule.timeZone);
    if (m_zone->findText(zone) < 0) m_zone->addItem(zone);
    m_zone->setCurrentText(zone);
    QStringList holidays;
    for (const int64_t day : schedule.holidays)
        holidays << formatDate(day);
    m_holidays->setText(holidays.join(QStringLiteral(", ")));
    m_ownHoursNote->setVisible(ownHours);
}

Expected<BusinessSchedule> BusinessHoursBox::edited() const {
    using Result = Expected<BusinessSchedule>;
    const OpeningHours hours{m_open->time().msecsSinceStartOfDay() / 1000, closingSeconds(m_close->time())};
    if (!hours.isOpen())
        return Result::failure(tr("Support hours: the closing time must be after the opening time."));
    BusinessSchedule s;
    s.timeZone = m_zone->currentText().toUtf8();
    if (!QTimeZone(s.timeZone).isValid())
        return Result::failure(
            tr("Support hours: %1 is not a time zone this system knows.").arg(m_zone->currentText()));
    // A day with its own hours keeps them while it stays a working day.
    const OpeningHours storedUsual = m_stored ? usualHours(*m_stored) : OpeningHours{};
    for (size_t i = 0; i < m_days.size(); ++i) {
        if (!m_days[i]->isChecked()) continue;
        const OpeningHours own = m_stored ? m_stored->week[i] : OpeningHours{};
        s.week[i] = own.isOpen() && own != storedUsual ? own : hours;
    }
    if (std::none_of(s.week.begin(), s.week.end(), [](const OpeningHours& h) { return h.isOpen(); }))
        return Result::failure(tr("Support hours: choose at least one working day."));
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& entry : m_holidays->text().split(separators, Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(entry, Qt::ISODate);
        if (!d.isValid())
            return Result::failure(tr("Support hours: \"%1\" is not a date. Write holidays as dates such as "
                                      "2024-12-25, separated by commas or spaces.")
                                       .arg(entry));
        s.holidays.push_back(daysFromCivil(d.year(), d.month(), d.day()));
    }
    std::sort(s.holidays.begin(), s.holidays.end());
    s.holidays.erase(std::unique(s.holidays.begin(), s.holidays.end()), s.holidays.end());
    return s;
}

Expected<BusinessHoursBox::Change> BusinessHoursBox::change(store::Store& store) const {
    using Result = Expected<Change>;
    using Action = Change::Action;
    if (!m_enabled->isChecked()) {
        // An invalid stored value is only replaced or removed when the user asks for it.
        const bool stored = m_stored.has_value() || (m_storedInvalid && m_toggled);
        return Change{stored ? Action::Remove : Action::Keep, {}};
    }
    const auto schedule = edited();
    if (!schedule) return Result::failure(schedule.error());
    // Unchanged: the stored text stays as written (a zone left to follow the store's, say).
    if (m_stored && schedule.value() == *m_stored) return Change{};
    const QString json = businessScheduleJson(schedule.value());
    if (Status valid = reports::validateSetting(store, settingKey, json); !valid)
        return Result::failure(valid.error());
    return Change{Action::Set, json};
}

Status BusinessHoursBox::apply(store::Store& store, const Change& change) {
    switch (change.action) {
    case Change::Action::Keep:
        return {};
    case Change::Action::Remove:
        return store.removeSetting(settingKey);
    case Change::Action::Set:
        return store.setSetting(settingKey, change.json);
    }
    return {};
}

} // namespace tenure::ui
