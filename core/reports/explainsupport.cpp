#include "explainsupport.h"

#include "metrics/support.h"

#include <algorithm>

namespace tenure::reports {

Expected<std::vector<ExplainRow>> explainResponse24Cell(store::Store& store,
                                                        const store::CustomerFilter& filter,
                                                        const Period& period, std::optional<int64_t> asOf) {
    const auto tickets = store::loadSupportTickets(store, QString(), filter);
    if (!tickets) return Expected<std::vector<ExplainRow>>::failure(tickets.error());
    int64_t latestCreated = metrics::noTime;
    for (const metrics::SupportTicket& t : tickets.value())
        latestCreated = std::max(latestCreated, t.createdAt);
    return withCustomerKeys(
        store, metrics::explainResponse24(tickets.value(), period, asOf.value_or(latestCreated)));
}

} // namespace tenure::reports
