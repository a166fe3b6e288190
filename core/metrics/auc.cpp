#include "auc.h"

#include <algorithm>
#include <numeric>

namespace tenure::metrics {

std::optional<double> rocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0;
    double positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = 0.5 * static_cast<double>(i + 1 + j); // ranks i+1 … j
        for (size_t k = i; k < j; ++k)
            if (labels[order[k]] == 1) {
                positiveRankSum += averageRank;
                positives += 1;
            }
        i = j;
    }
    const double negatives = static_cast<double>(n) - positives;
    if (positives == 0 || negatives == 0) return std::nullopt;
    return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
}

} // namespace tenure::metrics
