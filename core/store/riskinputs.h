#pragma once

#include "metrics/lifetime.h"
#include "model/expected.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tenure::store {

class Store;

// The inputs of the churn-risk model, each read in one sequential pass with a prepared
// statement; per-customer summaries are grouped by SQLite. Instants become local days.
struct RiskCustomer {
    int64_t id = 0;
    QString key;
    QString segment, plan, owner, region;
    int64_t signupDay = metrics::noDay;
    int64_t churnDay = metrics::noDay;
    int churned = -1; // the churned flag: 1, 0, or −1 when not given
    double mrr = -1;  // < 0 with hasMrr false
    bool hasMrr = false;
    int64_t tenureMonths = -1; // −1: not given
};
Expected<std::vector<RiskCustomer>> loadRiskCustomers(Store& store);

// Custom attributes (unmapped import columns), ordered by name then customer.
struct CustomerAttribute {
    int64_t customer = 0;
    QString name;
    QString value; // empty when the cell was empty
};
Expected<std::vector<CustomerAttribute>> loadCustomerAttributes(Store& store);

// Per customer: how many rows, the local day of the latest, and (tickets) how many are open.
struct ActivitySummary {
    int64_t customer = 0;
    int64_t count = 0;
    int64_t lastDay = metrics::noDay;
    int64_t open = 0;
};
enum class SummarySource { Tickets, Orders, Events };
Expected<std::vector<ActivitySummary>> loadActivitySummaries(Store& store, SummarySource source);

// Each customer's latest NPS score.
struct LatestNps {
    int64_t customer = 0;
    int score = 0;
};
Expected<std::vector<LatestNps>> loadLatestNps(Store& store);

} // namespace tenure::store
