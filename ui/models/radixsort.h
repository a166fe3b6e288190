#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace tenure::ui {

// Stable LSD radix sort of items[0, n) by their 64-bit `key` member, one byte per pass, through
// `scratch` (room for n items). A pass over a byte that every key shares is skipped, so dates or
// small scores cost two or three passes, not eight. Equal keys keep their order: fed in row
// order, ties come out in row order as a stable sort would leave them, with no comparisons.
// A million 16-byte items take a few milliseconds per pass where std::sort took ~100 ms.
template <typename Item> void radixSortByKey(Item* items, Item* scratch, size_t n) {
    if (n < 2) return;
    std::array<std::array<uint32_t, 256>, 8> counts{};
    for (size_t i = 0; i < n; ++i) {
        const uint64_t key = items[i].key;
        for (size_t b = 0; b < 8; ++b)
            ++counts[b][(key >> (8 * b)) & 0xff];
    }
    Item* from = items;
    Item* to = scratch;
    for (size_t b = 0; b < 8; ++b) {
        std::array<uint32_t, 256>& count = counts[b];
        if (count[(from[0].key >> (8 * b)) & 0xff] == n) continue;
        uint32_t sum = 0;
        for (uint32_t& c : count) {
            const uint32_t here = c;
            c = sum;
            sum += here;
        }
        for (size_t i = 0; i < n; ++i)
            to[count[(from[i].key >> (8 * b)) & 0xff]++] = from[i];
        std::swap(from, to);
    }
    if (from != items) std::copy(from, from + n, items);
}

} // namespace tenure::ui
