#include "explainnps.h"

#include "metrics/nps.h"

namespace tenure::reports {

Expected<std::vector<ExplainRow>> explainNpsCell(store::Store& store, const store::CustomerFilter& filter,
                                                 const Period& period) {
    const auto answers = store::loadNpsAnswers(store, filter);
    if (!answers) return Expected<std::vector<ExplainRow>>::failure(answers.error());
    return withCustomerKeys(store, metrics::explainNps(answers.value(), period));
}

} // namespace tenure::reports
