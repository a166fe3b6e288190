#pragma once

#include "churn.h"

#include "model/period.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::metrics {

// NPS = % promoters (9–10) − % detractors (0–6) over the answers of a period; passives (7–8)
// count in the denominator only. CSAT = ratings of 4 or 5 / all ratings × 100.
enum class NpsCategory { Detractor, Passive, Promoter };
NpsCategory npsCategory(int score);

struct NpsAnswer {
    int64_t customer = 0;
    int64_t day = 0;
    int score = 0;
};

struct NpsRow {
    Period period;
    int64_t responses = 0;
    int64_t promoters = 0;
    int64_t passives = 0;
    int64_t detractors = 0;
    std::optional<double> nps; // −100 … +100; undefined without answers
};
std::vector<NpsRow> npsByPeriod(const std::vector<NpsAnswer>& answers, const std::vector<Period>& periods);

// Each customer's latest answer (the later one in the input on a tie), for per-customer views.
std::vector<NpsAnswer> latestAnswers(const std::vector<NpsAnswer>& answers);
// The same choice as input positions (sorted by customer), for callers that keep more per answer
// (a comment, a customer key) alongside the answers.
std::vector<size_t> latestAnswerIndexes(const std::vector<NpsAnswer>& answers);

// The answers behind one period's NPS, oldest first: promoters are the numerator rows, detractors
// (subtracted from them) and passives are in the denominator only, so the figure is
// (numerator − detractors) / (numerator + denominator rows) × 100. Answers of other periods are
// left out without a row: they are every other answer in the store.
std::vector<ExplainedCustomer> explainNps(const std::vector<NpsAnswer>& answers, const Period& period);

struct CsatRating {
    int64_t customer = 0;
    int64_t day = 0;
    int rating = 0; // 1..5
};
struct CsatRow {
    Period period;
    int64_t ratings = 0;
    int64_t satisfied = 0;
    std::optional<double> csatPct;
};
std::vector<CsatRow> csatByPeriod(const std::vector<CsatRating>& ratings, const std::vector<Period>& periods);

// The ratings behind one period's CSAT, oldest first: ratings of 4 or 5 are the numerator rows,
// the others in the denominator only, so the figure is numerator / all rows × 100. Ratings of
// other periods have no row. Customer 0: a rating of a ticket without a customer.
std::vector<ExplainedCustomer> explainCsat(const std::vector<CsatRating>& ratings, const Period& period);

} // namespace tenure::metrics
