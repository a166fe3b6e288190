#pragma once

#include <optional>
#include <vector>

namespace tenure::metrics {

// Area under the ROC curve of `scores` against 0/1 `labels` (the Mann–Whitney statistic):
// the chance that a random positive scores above a random negative, ties counted half (by
// average ranks). Undefined when either class is empty.
std::optional<double> rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);

} // namespace tenure::metrics
