#pragma once

#include "model/businesshours.h"
#include "model/expected.h"

#include <QGroupBox>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace tenure::store {
class Store;
}

namespace tenure::ui {

// The Settings dialog's "Support hours": the `business_hours` setting (support durations in
// business time too) edited without its JSON. Days with their own hours, which the widgets cannot
// show, are kept as they are; an invalid stored value is shown and left alone until changed here.
class BusinessHoursBox final : public QGroupBox {
    Q_OBJECT
public:
    // What saving does to the setting.
    struct Change {
        enum class Action { Keep, Remove, Set } action = Action::Keep;
        QString json; // the new value, for Set
    };

    explicit BusinessHoursBox(QWidget* parent = nullptr);

    // Fills the widgets from the store's setting, or with the core's defaults in the store's zone.
    void load(store::Store& store);
    // While no schedule is stored, a new one is in the store's zone as chosen in the dialog.
    void followStoreZone(const QString& zone);
    // What saving would do, checked as `tenure-cli settings set` checks it; else why not.
    Expected<Change> change(store::Store& store) const;
    static Status apply(store::Store& store, const Change& change);

    QCheckBox* enabled() const { return m_enabled; }
    QCheckBox* day(int isoDay) const { return m_days.at(static_cast<size_t>(isoDay - 1)); }
    QTimeEdit* openTime() const { return m_open; }
    QTimeEdit* closeTime() const { return m_close; }
    QComboBox* timeZone() const { return m_zone; }
    QLineEdit* holidays() const { return m_holidays; }
    QLabel* problem() const { return m_problem; }
    QLabel* ownHoursNote() const { return m_ownHoursNote; }

private:
    void display(const BusinessSchedule& schedule);
    Expected<BusinessSchedule> edited() const;

    QCheckBox* m_enabled;
    std::array<QCheckBox*, 7> m_days{}; // Monday first, as BusinessSchedule::week
    QTimeEdit* m_open;
    QTimeEdit* m_close;
    QComboBox* m_zone;
    QLineEdit* m_holidays;
    QLabel* m_ownHoursNote;
    QLabel* m_problem;
    std::optional<BusinessSchedule> m_stored; // the valid stored schedule, if any
    bool m_storedInvalid = false;             // a value is stored that the core refuses
    bool m_toggled = false;                   // the check box was changed since loading
    bool m_zoneChosen = false;                // the zone was chosen here, not followed
};

} // namespace tenure::ui
