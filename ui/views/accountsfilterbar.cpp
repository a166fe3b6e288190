#include "accountsfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

#include <algorithm>

namespace tenure::ui {

namespace {

constexpr int allValues = -1;

std::optional<uint32_t> chosen(const QComboBox* box) {
    const int index = box->currentIndex() < 0 ? allValues : box->currentData().toInt();
    if (index == allValues) return std::nullopt;
    return static_cast<uint32_t>(index);
}

} // namespace

AccountsFilterBar::AccountsFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_segment(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_stage(new QComboBox(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QComboBox*, QString> boxes[] = {
        {m_segment, QStringLiteral("segmentFilter")}, {m_owner, QStringLiteral("ownerFilter")},
        {m_plan, QStringLiteral("planFilter")},       {m_region, QStringLiteral("regionFilter")},
        {m_status, QStringLiteral("statusFilter")},   {m_band, QStringLiteral("bandFilter")},
        {m_stage, QStringLiteral("stageFilter")}};
    for (const auto& [box, name] : boxes) {
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(8);
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling) Q_EMIT filtersChanged();
        });
    }
    m_segment->setToolTip(tr("Show the accounts of one segment"));
    m_owner->setToolTip(tr("Show the accounts of one owner"));
    m_plan->setToolTip(tr("Show the accounts on one plan"));
    m_region->setToolTip(tr("Show the accounts of one region"));
    m_status->setToolTip(tr("Show active or churned accounts"));
    m_status->addItem(tr("All statuses"), static_cast<int>(CustomerFilters::Status::Any));
    m_status->addItem(tr("Active"), static_cast<int>(CustomerFilters::Status::Active));
    m_status->addItem(tr("Churned"), static_cast<int>(CustomerFilters::Status::Churned));
    // Codes of CustomerTableModel::setHealth.
    m_band->addItem(tr("All health bands"), allValues);
    m_band->addItem(tr("Healthy"), 1);
    m_band->addItem(tr("Neutral"), 2);
    m_band->addItem(tr("At risk"), 3);
    m_band->addItem(tr("Not scored"), 0);
    m_stage->addItem(tr("All stages"), allValues);
    m_stage->addItem(tr("Onboarding"), 1);
    m_stage->addItem(tr("Adoption"), 2);
    m_stage->addItem(tr("Expansion candidate"), 3);
    m_stage->addItem(tr("Renewal"), 4);
    m_stage->addItem(tr("Churned"), 5);
    setHealthAvailable(false);
    setCustomers({});
}

void AccountsFilterBar::setCustomers(const store::CustomerList& customers) {
    m_filling = true;
    const CustomerFilters before = filters();
    fill(m_segment, tr("All segments"), customers.segments);
    fill(m_owner, tr("All owners"), customers.owners);
    fill(m_plan, tr("All plans"), customers.plans);
    fill(m_region, tr("All regions"), customers.regions);
    m_filling = false;
    if (filters() != before) Q_EMIT filtersChanged();
}

void AccountsFilterBar::updateOwners(const store::CustomerList& customers) {
    m_filling = true;
    const CustomerFilters before = filters();
    fill(m_owner, tr("All owners"), customers.owners);
    m_filling = false;
    if (filters() != before) Q_EMIT filtersChanged();
}

void AccountsFilterBar::fill(QComboBox* box, const QString& all, const store::InternedColumn& column) {
    // The chosen value by its text: indexes belong to one list.
    const bool wasAll = box->currentIndex() <= 0;
    const QString wasText = box->currentText();
    box->clear();
    box->addItem(all, allValues);
    const std::vector<QString>& values = column.values();
    std::vector<uint32_t> order(values.size());
    for (uint32_t index = 0; index < values.size(); ++index)
        order[column.ranks()[index]] = index;
    bool anyNone = false;
    for (size_t row = 0; row < column.size() && !anyNone; ++row)
        anyNone = column.indexAt(row) == 0;
    for (const uint32_t index : order) {
        if (index == 0 && !anyNone) continue;
        box->addItem(index == 0 ? tr("(none)") : values[index], static_cast<int>(index));
    }
    const int keep = wasAll ? 0 : box->findText(wasText);
    box->setCurrentIndex(std::max(keep, 0));
}

CustomerFilters AccountsFilterBar::filters() const {
    CustomerFilters f;
    f.segment = chosen(m_segment);
    f.owner = chosen(m_owner);
    f.plan = chosen(m_plan);
    f.region = chosen(m_region);
    f.status = static_cast<CustomerFilters::Status>(m_status->currentData().toInt());
    if (const auto band = chosen(m_band)) f.band = static_cast<uint8_t>(*band);
    if (const auto stage = chosen(m_stage)) f.stage = static_cast<uint8_t>(*stage);
    return f;
}

void AccountsFilterBar::setHealthAvailable(bool available) {
    for (QComboBox* box : {m_band, m_stage}) {
        box->setEnabled(available);
        box->setToolTip(available ? tr("Show the accounts of one health band or journey stage")
                                  : tr("Computing every account's health…"));
    }
}

} // namespace tenure::ui
