#pragma once

#include "explain.h"
#include "metrics/nps.h"
#include "model/expected.h"
#include "model/period.h"
#include "store/metricinputs.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::reports {

struct FeedbackOptions {
    PeriodUnit unit = PeriodUnit::Month;
    std::optional<int64_t> from, to; // first and last day; default: the data's own
    store::CustomerFilter filter;
    int lastPeriods = 0; // only the last N periods (a chart's worth); 0: all
};

// NPS per period over the answers' own range: what `tenure-cli report nps` prints.
struct NpsTable {
    std::vector<Period> periods;
    std::vector<metrics::NpsRow> rows;
    bool latestPartial = false;
};
Expected<NpsTable> computeNpsTable(store::Store& store, const FeedbackOptions& options);

// CSAT per period over the ratings' own range: what `tenure-cli report csat` prints.
struct CsatTable {
    std::vector<Period> periods;
    std::vector<metrics::CsatRow> rows;
    bool latestPartial = false;
};
Expected<CsatTable> computeCsatTable(store::Store& store, const FeedbackOptions& options);
// The ratings behind one period's CSAT (metrics::explainCsat), with customer ids (empty for a
// ticket without a customer): `report csat --explain PERIOD`.
Expected<std::vector<ExplainRow>> explainCsatCell(store::Store& store, const store::CustomerFilter& filter,
                                                  const Period& period);

// A customer's latest NPS answer, with its category (never an average score; metrics.md).
struct LatestNpsAnswer {
    QString customerKey;
    int64_t day = 0;
    int score = 0;
    metrics::NpsCategory category = metrics::NpsCategory::Detractor;
    QString comment;
};

struct CategoryCount {
    QString category; // empty: the rows without one
    int64_t count = 0;
};
// One kind of feedback (feature_request, exit_survey): counts per category, largest first, and
// the rows themselves, newest first.
struct FeedbackGroup {
    QString kind;
    std::vector<CategoryCount> categories;
    std::vector<store::FeedbackEntry> entries;
};

// Everything the Feedback view shows. Latest answers and feedback rows are those up to the end
// of the shown periods (all of them when there are none).
struct FeedbackReport {
    NpsTable nps;
    CsatTable csat;
    std::vector<LatestNpsAnswer> latest; // by customer id
    FeedbackGroup featureRequests;
    FeedbackGroup exitSurveys;
};
Expected<FeedbackReport> computeFeedback(store::Store& store, const FeedbackOptions& options);

} // namespace tenure::reports
