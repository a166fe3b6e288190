#include "customersort.h"
#include "radixsort.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace tenure::ui {

namespace {

constexpr uint64_t unknown = std::numeric_limits<uint64_t>::max();

struct Keyed {
    uint64_t key;
    uint32_t row;
};

template <typename Equal> SortedRows fromKeyed(const std::vector<Keyed>& keyed, Equal equal) {
    SortedRows out;
    out.rows.resize(keyed.size());
    out.tied.resize(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i) {
        out.rows[i] = keyed[i].row;
        out.tied[i] = i > 0 && equal(keyed[i - 1], keyed[i]) ? 1 : 0;
    }
    return out;
}

// `keyed` in row order.
SortedRows sortByKey(std::vector<Keyed> keyed) {
    std::vector<Keyed> scratch(keyed.size());
    radixSortByKey(keyed.data(), scratch.data(), keyed.size());
    return fromKeyed(keyed, [](const Keyed& a, const Keyed& b) { return a.key == b.key; });
}

// Numbers in their order as unsigned keys, -0 as 0, NaN (unknown) after every other.
uint64_t numberKey(double value) {
    const double a = value == 0 ? 0.0 : value;
    const auto bits = std::bit_cast<uint64_t>(a);
    return std::isnan(a) ? unknown : (bits >> 63) ? ~bits : bits | (uint64_t{1} << 63);
}

template <typename KeyOf> SortedRows sortBySmallKey(size_t rows, uint32_t keyCount, KeyOf keyOf) {
    std::vector<uint32_t> start(static_cast<size_t>(keyCount) + 1, 0);
    for (size_t row = 0; row < rows; ++row)
        ++start[keyOf(row) + 1];
    for (size_t key = 1; key < start.size(); ++key)
        start[key] += start[key - 1];
    SortedRows out;
    out.rows.resize(rows);
    out.tied.assign(rows, 1);
    for (size_t key = 0; key < keyCount; ++key)
        if (start[key] < rows) out.tied[start[key]] = 0;
    for (size_t row = 0; row < rows; ++row)
        out.rows[start[keyOf(row)]++] = static_cast<uint32_t>(row);
    return out;
}

} // namespace

SortedRows sortByDay(const std::vector<int64_t>& days) {
    std::vector<Keyed> keyed(days.size());
    for (size_t row = 0; row < days.size(); ++row) {
        const int64_t d = days[row];
        keyed[row] = {store::CustomerList::hasDate(d) ? static_cast<uint64_t>(d) ^ (uint64_t{1} << 63)
                                                      : unknown,
                      static_cast<uint32_t>(row)};
    }
    return sortByKey(std::move(keyed));
}

SortedRows sortByMoney(const std::vector<double>& amounts) {
    std::vector<Keyed> keyed(amounts.size());
    for (size_t row = 0; row < amounts.size(); ++row)
        keyed[row] = {numberKey(amounts[row]), static_cast<uint32_t>(row)};
    return sortByKey(std::move(keyed));
}

SortedRows sortByScore(const std::vector<float>& values, size_t rows) {
    std::vector<Keyed> keyed(rows);
    size_t known = 0;
    for (size_t row = 0; row < rows; ++row) {
        keyed[row] = {row < values.size() ? numberKey(values[row]) : unknown, static_cast<uint32_t>(row)};
        known += keyed[row].key != unknown;
    }
    SortedRows out = sortByKey(std::move(keyed));
    out.lastFrom = known;
    return out;
}

SortedRows sortByCode(const std::vector<uint8_t>& codes, size_t rows, uint8_t count) {
    size_t known = 0;
    const auto keyOf = [&codes, count](size_t row) -> uint32_t {
        const uint8_t code = row < codes.size() ? codes[row] : 0;
        return code == 0 || code > count ? count : code - 1u;
    };
    for (size_t row = 0; row < rows; ++row)
        known += keyOf(row) != count;
    SortedRows out = sortBySmallKey(rows, count + 1u, keyOf);
    out.lastFrom = known;
    return out;
}

SortedRows sortByRank(const store::InternedColumn& column) {
    // Values equal but for case ("SMB", "smb") have their own ranks; here they share a key, so
    // that they tie as their texts do.
    const std::vector<QString>& values = column.values();
    const std::vector<uint32_t>& ranks = column.ranks();
    std::vector<uint32_t> byRank(values.size());
    for (uint32_t index = 0; index < values.size(); ++index)
        byRank[ranks[index]] = index;
    std::vector<uint32_t> key(values.size(), 0);
    uint32_t next = 0;
    for (size_t rank = 1; rank < byRank.size(); ++rank) {
        if (values[byRank[rank]].compare(values[byRank[rank - 1]], Qt::CaseInsensitive) != 0) ++next;
        key[byRank[rank]] = next;
    }
    return sortBySmallKey(column.size(), next + 1, [&](size_t row) { return key[column.indexAt(row)]; });
}

SortedRows sortByFlag(const std::vector<uint8_t>& flags) {
    return sortBySmallKey(flags.size(), 2u, [&](size_t row) { return flags[row] ? 1u : 0u; });
}

void orderedRows(const SortedRows& sorted, Qt::SortOrder order, std::vector<uint32_t>& out) {
    const size_t n = sorted.rows.size();
    if (order == Qt::AscendingOrder) {
        out.assign(sorted.rows.begin(), sorted.rows.end());
        return;
    }
    out.resize(n);
    size_t at = 0;
    const size_t last = std::min(sorted.lastFrom, n);
    for (size_t end = last; end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && sorted.tied[begin])
            --begin;
        std::copy(sorted.rows.begin() + static_cast<std::ptrdiff_t>(begin),
                  sorted.rows.begin() + static_cast<std::ptrdiff_t>(end),
                  out.begin() + static_cast<std::ptrdiff_t>(at));
        at += end - begin;
        end = begin;
    }
    std::copy(sorted.rows.begin() + static_cast<std::ptrdiff_t>(last), sorted.rows.end(),
              out.begin() + static_cast<std::ptrdiff_t>(at));
}

} // namespace tenure::ui
