#pragma once

#include <QDialog>

#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;

namespace tenure::ui {

class BusinessHoursBox;

// Settings: the store's own (time zone, cost to serve, gross margin, support hours: they change
// the figures, so they live in the store and travel with it) and the application's (theme), kept
// with QSettings. Store settings are written through the core's Store::setSetting.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString& storePath, QWidget* parent = nullptr);

    QComboBox* timeZone() const { return m_timeZone; }
    QDoubleSpinBox* costPerTicket() const { return m_costPerTicket; }
    QDoubleSpinBox* monthlyCost() const { return m_monthlyCost; }
    QDoubleSpinBox* grossMargin() const { return m_grossMargin; }
    QComboBox* theme() const { return m_theme; }
    BusinessHoursBox* businessHours() const { return m_businessHours; }
    // The health weights and loyalty rules, by their store setting key (health_weight_nps, …).
    QDoubleSpinBox* number(const QString& key) const;

    // Writes the settings; false (with a message shown) when the store refused them.
    bool save();
    QString error() const { return m_error; }

    // The application theme from QSettings ("system", "light" or "dark"), applied to qApp.
    static void applyTheme();

private:
    QString m_storePath;
    QString m_error;
    QComboBox* m_timeZone;
    QDoubleSpinBox* m_costPerTicket;
    QDoubleSpinBox* m_monthlyCost;
    QDoubleSpinBox* m_grossMargin;
    QComboBox* m_theme;
    BusinessHoursBox* m_businessHours;
    std::vector<std::pair<QString, QDoubleSpinBox*>> m_numbers; // store setting key → box
};

} // namespace tenure::ui
