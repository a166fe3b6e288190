#pragma once

#include "metrics/playbooks.h"
#include "model/expected.h"

#include <QString>

#include <vector>

namespace tenure::store {

class Store;

// What a playbook run needs to know of each account: who owns it, whether it is still a
// customer on `today`, and its renewal day.
struct PlaybookAccount {
    int64_t id = 0;
    QString key;
    QString owner;
    bool active = false; // not churned on `today` (no churn flag, no churn date on or before it)
    int64_t renewalDay = metrics::noDay;
};
Expected<std::vector<PlaybookAccount>> loadPlaybookAccounts(Store& store, int64_t today);

// Tickets of a known customer that are not resolved, with their creation day.
Expected<std::vector<metrics::OpenTicket>> loadOpenTickets(Store& store);

} // namespace tenure::store
