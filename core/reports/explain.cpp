#include "explain.h"

namespace tenure::reports {

QString roleName(metrics::Role role) {
    switch (role) {
    case metrics::Role::Numerator:
        return QStringLiteral("numerator");
    case metrics::Role::Denominator:
        return QStringLiteral("denominator");
    case metrics::Role::Excluded:
        break;
    }
    return QStringLiteral("excluded");
}

Expected<std::vector<ExplainRow>> withCustomerKeys(store::Store& store,
                                                   const std::vector<metrics::ExplainedCustomer>& explained) {
    std::vector<int64_t> ids;
    ids.reserve(explained.size());
    for (const metrics::ExplainedCustomer& e : explained)
        ids.push_back(e.customer);
    auto keys = store::loadCustomerKeys(store, ids);
    if (!keys) return Expected<std::vector<ExplainRow>>::failure(keys.error());
    std::vector<ExplainRow> rows;
    rows.reserve(explained.size());
    for (size_t i = 0; i < explained.size(); ++i)
        rows.push_back({std::move(keys.value()[i]), explained[i].role, explained[i].reason});
    return rows;
}

Expected<std::vector<ExplainRow>> explainChurnCell(store::Store& store, const store::CustomerFilter& filter,
                                                   const Period& period) {
    const auto lifetimes = store::loadLifetimes(store, filter);
    if (!lifetimes) return Expected<std::vector<ExplainRow>>::failure(lifetimes.error());
    return withCustomerKeys(store, metrics::explainChurn(lifetimes.value(), period));
}

} // namespace tenure::reports
