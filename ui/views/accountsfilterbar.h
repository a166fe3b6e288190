#pragma once

#include "models/customertablemodel.h"

#include <QWidget>

class QComboBox;

namespace tenure::ui {

// The filters above the accounts table: segment, owner, plan, region (the values of the loaded
// list, "All …" first), status, health band and journey stage (enabled once the scores are in).
class AccountsFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit AccountsFilterBar(QWidget* parent = nullptr);

    // Fills the choices from a list, keeping each chosen value that the list still has.
    void setCustomers(const store::CustomerList& customers);
    // Fills the owner choices again (after owners changed).
    void updateOwners(const store::CustomerList& customers);
    CustomerFilters filters() const;

    QComboBox* segment() const { return m_segment; }
    QComboBox* owner() const { return m_owner; }
    QComboBox* plan() const { return m_plan; }
    QComboBox* region() const { return m_region; }
    QComboBox* status() const { return m_status; }
    QComboBox* band() const { return m_band; }
    QComboBox* stage() const { return m_stage; }
    // The health band and stage choices wait for the scores.
    void setHealthAvailable(bool available);

Q_SIGNALS:
    void filtersChanged();

private:
    void fill(QComboBox* box, const QString& all, const store::InternedColumn& column);

    QComboBox* m_segment;
    QComboBox* m_owner;
    QComboBox* m_plan;
    QComboBox* m_region;
    QComboBox* m_status;
    QComboBox* m_band;
    QComboBox* m_stage;
    bool m_filling = false;
};

} // namespace tenure::ui
