#pragma once

#include "metricinputs.h"
#include "model/period.h"

#include "metrics/accountfacts.h"
#include "model/expected.h"

#include <QString>

#include <vector>

namespace tenure::store {

class Store;

// Everything the health score reads, one sequential pass per table (customers, events,
// orders, subscriptions, tickets, NPS answers, onboarding milestones), sorted by customer as
// metrics::sortHealthInputs() leaves it. customerKeys[i] is the customer_id of accounts[i].
struct HealthData {
    metrics::HealthInputs inputs;
    std::vector<QString> customerKeys;
};
Expected<HealthData> loadHealthData(Store& store, const CustomerFilter& filter = {});

// Recorded health scores (schema version 3's health_history).
struct HealthHistoryEntry {
    int64_t customer = 0;
    int64_t day = 0;
    double score = 0;
    QString band; // healthy, neutral, at_risk
};
// Writes the scores of one day in one transaction; a second recording of the day replaces it.
Status saveHealthHistory(Store& store, const std::vector<HealthHistoryEntry>& entries);
// Each customer's latest recorded score before `beforeDay`, by customer: one pass.
Expected<std::vector<HealthHistoryEntry>> loadLatestHealthBefore(Store& store, int64_t beforeDay);
// For each period, how many customers' latest recorded band on or before its last day was
// at_risk; nullopt for a period before any recorded score. One pass over the history.
Expected<std::vector<std::optional<double>>>
countRecordedAtRisk(Store& store, const std::vector<Period>& periods, const CustomerFilter& filter = {});
// One customer's recorded scores, oldest first.
Expected<std::vector<HealthHistoryEntry>> loadHealthHistory(Store& store, int64_t customer);

} // namespace tenure::store
