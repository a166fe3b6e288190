#include "customersort.h"

#include <QChar>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>

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

SortedRows sortByKey(std::vector<Keyed> keyed) {
    std::sort(keyed.begin(), keyed.end(),
              [](const Keyed& a, const Keyed& b) { return a.key != b.key ? a.key < b.key : a.row < b.row; });
    return fromKeyed(keyed, [](const Keyed& a, const Keyed& b) { return a.key == b.key; });
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

// QStringView::compare(Qt::CaseInsensitive) compares case-folded code points one by one.
char32_t folded(char16_t unit) {
    if (unit < 0x80) return static_cast<unsigned>(unit - u'A') < 26u ? unit + 32u : unit;
    return QChar::toCaseFolded(static_cast<char32_t>(unit));
}

// The folded UTF-16 units of a text, each written as UTF-8 writes that value: byte order is
// then the order of QStringView::compare(Qt::CaseInsensitive), which compares folded units.
// Writes at most three bytes per unit at `out`; returns the end.
char* writeFoldedUnits(char* out, QStringView text) {
    const auto put = [&out](char32_t u) {
        if (u < 0x80) {
            *out++ = static_cast<char>(u);
        } else if (u < 0x800) {
            *out++ = static_cast<char>(0xc0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        } else {
            *out++ = static_cast<char>(0xe0 | (u >> 12));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t f = QChar::toCaseFolded(QChar::surrogateToUcs4(u, text[i + 1].unicode()));
            put(QChar::highSurrogate(f));
            put(QChar::lowSurrogate(f));
            ++i;
        } else {
            put(folded(u));
        }
    }
    return out;
}

uint64_t bigEndianKey(std::string_view bytes, size_t from) {
    uint64_t key = 0;
    for (size_t i = 0; i < 8; ++i)
        key = (key << 8) | (from + i < bytes.size() ? static_cast<unsigned char>(bytes[from + i]) : 0u);
    return key;
}

struct TextKeyed {
    uint64_t key, next; // the first sixteen bytes, 0 after the end
    uint32_t row;
    bool complete; // the keys hold the whole text: equal keys are equal texts
};

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
    for (size_t row = 0; row < amounts.size(); ++row) {
        const double a = amounts[row] == 0 ? 0.0 : amounts[row]; // -0 equals 0
        const auto bits = std::bit_cast<uint64_t>(a);
        const uint64_t key = std::isnan(a) ? unknown : (bits >> 63) ? ~bits : bits | (uint64_t{1} << 63);
        keyed[row] = {key, static_cast<uint32_t>(row)};
    }
    return sortByKey(std::move(keyed));
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

namespace {

// Sorts keyed[begin, end) by the folded texts from byte `from` on (the bytes before are equal):
// by sixteen bytes as two integer keys, then each run of equal keys by the next sixteen, so
// that long shared prefixes (company names) and repeated texts (names) stay integer work.
template <typename Fold>
void sortFrom(std::vector<TextKeyed>& keyed, std::vector<uint8_t>& tied, size_t begin, size_t end,
              size_t from, const Fold& foldOf) {
    const auto first = keyed.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = keyed.begin() + static_cast<std::ptrdiff_t>(end);
    if (end - begin <= 16 || from >= 256) { // few rows, or a long run of NULs: compare the texts
        // The first `from` bytes are equal (0 past the end of a text: a NUL of the other).
        std::sort(first, last, [&](const TextKeyed& a, const TextKeyed& b) {
            const std::string_view x = foldOf(a.row), y = foldOf(b.row);
            const size_t skip = std::min({from, x.size(), y.size()});
            const int c = x.substr(skip).compare(y.substr(skip));
            return c != 0 ? c < 0 : a.row < b.row;
        });
        for (size_t i = begin + 1; i < end; ++i)
            tied[i] = foldOf(keyed[i - 1].row) == foldOf(keyed[i].row);
        return;
    }
    for (auto it = first; it != last; ++it) {
        const std::string_view bytes = foldOf(it->row);
        it->key = bigEndianKey(bytes, from);
        it->next = bigEndianKey(bytes, from + 8);
        it->complete = bytes.size() <= from + 16 &&
                       (bytes.size() <= from || bytes.substr(from).find('\0') == std::string_view::npos);
    }
    std::sort(first, last, [](const TextKeyed& a, const TextKeyed& b) {
        if (a.key != b.key) return a.key < b.key;
        return a.next != b.next ? a.next < b.next : a.row < b.row;
    });
    for (size_t runBegin = begin; runBegin < end;) {
        size_t runEnd = runBegin + 1;
        bool complete = keyed[runBegin].complete;
        while (runEnd < end && keyed[runEnd].key == keyed[runBegin].key &&
               keyed[runEnd].next == keyed[runBegin].next)
            complete = keyed[runEnd++].complete && complete;
        if (complete) // equal keys over whole texts: equal texts, already in row order
            std::fill(tied.begin() + static_cast<std::ptrdiff_t>(runBegin + 1),
                      tied.begin() + static_cast<std::ptrdiff_t>(runEnd), uint8_t{1});
        else if (runEnd - runBegin > 1)
            sortFrom(keyed, tied, runBegin, runEnd, from + 16, foldOf);
        runBegin = runEnd;
    }
}

} // namespace

SortedRows sortByText(const store::TextColumn& column) {
    size_t units = 0;
    for (size_t row = 0; row < column.size(); ++row)
        units += static_cast<size_t>(column.at(row).size());
    std::vector<char> folds(3 * units + 1);
    std::vector<size_t> starts(column.size() + 1, 0);
    std::vector<TextKeyed> keyed(column.size());
    char* end = folds.data();
    for (size_t row = 0; row < column.size(); ++row) {
        end = writeFoldedUnits(end, column.at(row));
        starts[row + 1] = static_cast<size_t>(end - folds.data());
        keyed[row].row = static_cast<uint32_t>(row);
    }
    const auto foldOf = [&](uint32_t row) {
        return std::string_view(folds.data() + starts[row], starts[row + 1] - starts[row]);
    };
    SortedRows out;
    out.tied.assign(keyed.size(), 0);
    sortFrom(keyed, out.tied, 0, keyed.size(), 0, foldOf);
    out.rows.resize(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        out.rows[i] = keyed[i].row;
    return out;
}

void orderedRows(const SortedRows& sorted, Qt::SortOrder order, std::vector<uint32_t>& out) {
    const size_t n = sorted.rows.size();
    if (order == Qt::AscendingOrder) {
        out.assign(sorted.rows.begin(), sorted.rows.end());
        return;
    }
    out.resize(n);
    size_t at = 0;
    for (size_t end = n; end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && sorted.tied[begin])
            --begin;
        std::copy(sorted.rows.begin() + static_cast<std::ptrdiff_t>(begin),
                  sorted.rows.begin() + static_cast<std::ptrdiff_t>(end),
                  out.begin() + static_cast<std::ptrdiff_t>(at));
        at += end - begin;
        end = begin;
    }
}

} // namespace tenure::ui
