#pragma once

#include "model/businesshours.h"
#include "model/expected.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tenure::store {
class Store;
}

namespace tenure::reports {

// The settings a user may set (`tenure-cli settings`), each with what its value must be, so
// that a typo in a key or a value is refused when it is set, not found out in a report.
struct SettingKey {
    const char* key;
    const char* description;
};
const std::vector<SettingKey>& settingKeys();
// Why `value` is not acceptable for `key` (an unknown key, a bad number, zone or schedule).
Status validateSetting(store::Store& store, const QString& key, const QString& value);

// The support team's schedule from the `business_hours` setting (JSON, see
// parseBusinessSchedule; its time zone defaults to the store's). nullopt when none is set:
// then there are no business-time figures at all, not zeros. A failure when set but invalid.
Expected<std::optional<BusinessSchedule>> businessScheduleFromSettings(store::Store& store);

} // namespace tenure::reports
