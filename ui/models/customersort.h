#pragma once

#include "store/customerrepository.h"

#include <Qt>

#include <cstdint>
#include <vector>

namespace tenure::ui {

// One column's rows in ascending order, computed once and kept: sorting that column again, or
// in the other direction, is then a copy or a reversal in O(n).
struct SortedRows {
    std::vector<uint32_t> rows; // source rows, ascending; equal values in source-row order
    std::vector<uint8_t> tied;  // 1 where rows[i] equals rows[i - 1] by the column's value
};

// The orders of the raw values, unknown values (no date, no MRR) after every known one.
SortedRows sortByDay(const std::vector<int64_t>& days);
SortedRows sortByMoney(const std::vector<double>& amounts);
// Small keys (interned ranks, flags): a counting sort in O(n + keys).
SortedRows sortByRank(const store::InternedColumn& column);
SortedRows sortByFlag(const std::vector<uint8_t>& flags);
// Case-insensitive (QStringView::compare with Qt::CaseInsensitive): a radix sort over 8-byte
// keys of the case-folded texts, 8 bytes further only where keys are equal
// (customertextsort.cpp).
SortedRows sortByText(const store::TextColumn& column);

// The rows in the asked direction. Descending reverses the ascending order, but equal values
// keep their source-row order, as a stable sort by the column would.
void orderedRows(const SortedRows& sorted, Qt::SortOrder order, std::vector<uint32_t>& out);

} // namespace tenure::ui
