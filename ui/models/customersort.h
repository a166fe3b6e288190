#pragma once

#include "store/customerrepository.h"

#include <Qt>

#include <cstdint>
#include <limits>
#include <vector>

namespace tenure::ui {

// One column's rows in ascending order, computed once and kept: sorting that column again, or
// in the other direction, is then a copy or a reversal in O(n).
struct SortedRows {
    std::vector<uint32_t> rows; // source rows, ascending; equal values in source-row order
    std::vector<uint8_t> tied;  // 1 where rows[i] equals rows[i - 1] by the column's value
    // Set by the health sorts: rows[lastFrom, end) have no value and stay last in descending
    // order too (most at risk first must not start with every unscored account). Other
    // columns leave it at the end: their unknown values come first in descending order.
    size_t lastFrom = std::numeric_limits<size_t>::max();
};

// The orders of the raw values, unknown values (no date, no MRR) after every known one.
SortedRows sortByDay(const std::vector<int64_t>& days);
SortedRows sortByMoney(const std::vector<double>& amounts);
// Health scores and probabilities of `rows` rows; NaN, or a row past the end of `values` (not
// scored yet), is unknown and last in either direction.
SortedRows sortByScore(const std::vector<float>& values, size_t rows);
// Codes 1..count in that order, then 0 (none) and the rows past the end of `codes`, last in
// either direction: a counting sort.
SortedRows sortByCode(const std::vector<uint8_t>& codes, size_t rows, uint8_t count);
// Small keys (interned ranks, flags): a counting sort in O(n + keys).
SortedRows sortByRank(const store::InternedColumn& column);
SortedRows sortByFlag(const std::vector<uint8_t>& flags);
// Case-insensitive (QStringView::compare with Qt::CaseInsensitive): a radix sort over 8-byte
// keys of the case-folded texts, 8 bytes further only where keys are equal
// (customertextsort.cpp).
SortedRows sortByText(const store::TextColumn& column);

// The rows in the asked direction. Descending reverses the ascending order (up to lastFrom),
// but equal values keep their source-row order, as a stable sort by the column would.
void orderedRows(const SortedRows& sorted, Qt::SortOrder order, std::vector<uint32_t>& out);

} // namespace tenure::ui
