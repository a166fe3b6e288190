#pragma once

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

} // namespace tenure::metrics
