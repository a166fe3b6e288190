// sortByText (customersort.h): the order of QStringView::compare(Qt::CaseInsensitive) over a
// million texts. Each text is folded once into UTF-8-like bytes whose byte order is that order;
// the rows are then sorted by 8-byte big-endian keys of those bytes with a stable LSD radix sort
// (no comparisons), and only rows whose keys are equal go on to the next 8 bytes. Company names
// share long prefixes ("Watanabe Manufacturing …"), so a comparison sort spent most of its time
// in equal prefixes; the radix passes do not care.
#include "customersort.h"
#include "radixsort.h"

#include <QChar>

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <string_view>

namespace tenure::ui {

namespace {

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

// writeFoldedUnits for the usual all-ASCII text in two loops the compiler can vectorise.
char* writeFolded(char* out, QStringView text) {
    const char16_t* units = text.utf16();
    const auto n = static_cast<size_t>(text.size());
    char16_t any = 0;
    for (size_t i = 0; i < n; ++i)
        any |= units[i];
    if (any >= 0x80) return writeFoldedUnits(out, text);
    for (size_t i = 0; i < n; ++i) {
        const char16_t u = units[i];
        out[i] = static_cast<char>(static_cast<unsigned>(u - u'A') < 26u ? u + 32 : u);
    }
    return out + n;
}

uint64_t fromBigEndian(uint64_t word) {
    if constexpr (std::endian::native == std::endian::big) return word;
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_bswap64(word);
#else
    uint64_t out = 0;
    for (int i = 0; i < 8; ++i, word >>= 8)
        out = (out << 8) | (word & 0xff);
    return out;
#endif
}

struct Item {
    uint64_t key;   // eight folded bytes from the current depth on, 0 past the end
    uint64_t next;  // the eight after those: most texts need no look-up at the next depth
    uint64_t after; // and the eight after those
    uint32_t row;   // source row
    uint32_t size;  // folded bytes of the text
};

class TextSorter final {
public:
    explicit TextSorter(const store::TextColumn& column);
    SortedRows run();

private:
    std::string_view foldOf(const Item& item) const {
        return {m_folds.get() + m_starts[item.row], item.size};
    }
    // The folded bytes [from, from + 8) of an item's text as a big-endian number, 0 past its end.
    uint64_t wordAt(const Item& item, size_t from) const;
    // Sorts m_items[begin, end), whose texts share their first `from` bytes and are longer
    // than `from` bytes (or from is 0), in row order where they tie. Each item's `next` and
    // `after` hold its sixteen bytes from `from` on.
    void sortRange(size_t begin, size_t end, size_t from);
    // A run of equal keys at depth `from`: the texts that end within the key are prefixes of
    // the longer ones, so they go first (shortest first), the rest by the next 8 bytes.
    void settleRun(size_t begin, size_t end, size_t from);
    void compareSort(size_t begin, size_t end, size_t from);

    std::unique_ptr<char[]> m_folds; // 8 spare bytes at the end for whole-word loads
    std::vector<uint64_t> m_starts;
    std::vector<Item> m_items, m_scratch;
    std::vector<uint8_t> m_tied;
};

TextSorter::TextSorter(const store::TextColumn& column)
    : m_starts(column.size())
    , m_items(column.size()) {
    size_t units = 0;
    for (size_t row = 0; row < column.size(); ++row)
        units += static_cast<size_t>(column.at(row).size());
    // Uninitialised: the pages past the folded bytes are never touched.
    m_folds = std::make_unique_for_overwrite<char[]>(3 * units + 8);
    char* end = m_folds.get();
    for (size_t row = 0; row < column.size(); ++row) {
        char* const start = end;
        end = writeFolded(end, column.at(row));
        m_starts[row] = static_cast<uint64_t>(start - m_folds.get());
        m_items[row] = {0, 0, 0, static_cast<uint32_t>(row), static_cast<uint32_t>(end - start)};
    }
    std::memset(end, 0, 8);
    for (Item& item : m_items)
        item.next = wordAt(item, 0), item.after = wordAt(item, 8);
}

uint64_t TextSorter::wordAt(const Item& item, size_t from) const {
    if (from >= item.size) return 0;
    uint64_t word = 0;
    std::memcpy(&word, m_folds.get() + m_starts[item.row] + from, 8);
    word = fromBigEndian(word);
    const size_t left = item.size - from;
    return left >= 8 ? word : word & (~uint64_t{0} << (8 * (8 - left)));
}

SortedRows TextSorter::run() {
    m_tied.assign(m_items.size(), 0);
    m_scratch.resize(m_items.size());
    sortRange(0, m_items.size(), 0);
    SortedRows out;
    out.rows.resize(m_items.size());
    for (size_t i = 0; i < m_items.size(); ++i)
        out.rows[i] = m_items[i].row;
    out.tied = std::move(m_tied);
    return out;
}

void TextSorter::sortRange(size_t begin, size_t end, size_t from) {
    const size_t n = end - begin;
    if (n < 2) return;
    // Few rows: comparing is cheaper than keys. Past 256 bytes of equal text (long runs of the
    // same long text, or NULs): also compare, rather than recurse ever deeper.
    if (n <= 16 || from >= 256) {
        compareSort(begin, end, from);
        return;
    }
    for (size_t i = begin; i < end; ++i) {
        Item& item = m_items[i];
        item.key = item.next;
        item.next = item.after;
        item.after = item.size > from + 16 ? wordAt(item, from + 16) : 0;
    }
    if (n <= 128) {
        std::sort(m_items.begin() + static_cast<std::ptrdiff_t>(begin),
                  m_items.begin() + static_cast<std::ptrdiff_t>(end), [](const Item& a, const Item& b) {
                      return a.key != b.key ? a.key < b.key : a.row < b.row;
                  });
    } else {
        radixSortByKey(m_items.data() + begin, m_scratch.data() + begin, n);
    }
    for (size_t runBegin = begin; runBegin < end;) {
        size_t runEnd = runBegin + 1;
        while (runEnd < end && m_items[runEnd].key == m_items[runBegin].key)
            ++runEnd;
        if (runEnd - runBegin > 1) settleRun(runBegin, runEnd, from);
        runBegin = runEnd;
    }
}

void TextSorter::settleRun(size_t begin, size_t end, size_t from) {
    const size_t limit = from + 8;
    const auto first = m_items.begin() + static_cast<std::ptrdiff_t>(begin);
    const auto last = m_items.begin() + static_cast<std::ptrdiff_t>(end);
    const auto ended = [limit](const Item& item) { return item.size <= limit; };
    // Usually every text of a run ends in it (repeated names) or none does.
    const auto shortCount = static_cast<size_t>(std::count_if(first, last, ended));
    if (shortCount != 0 && shortCount != end - begin) std::stable_partition(first, last, ended);
    const auto shortEnd = first + static_cast<std::ptrdiff_t>(shortCount);
    // Equal keys and sizes within the key: equal texts (sizes differ only by trailing NULs).
    if (shortCount > 1) {
        if (!std::is_sorted(first, shortEnd, [](const Item& a, const Item& b) { return a.size < b.size; }))
            std::stable_sort(first, shortEnd, [](const Item& a, const Item& b) { return a.size < b.size; });
        for (size_t i = begin + 1; i < begin + shortCount; ++i)
            m_tied[i] = m_items[i].size == m_items[i - 1].size;
    }
    sortRange(begin + shortCount, end, limit);
}

void TextSorter::compareSort(size_t begin, size_t end, size_t from) {
    // The texts here share their first `from` bytes and are longer; `next` and `after` hold the
    // sixteen bytes from there, so only texts equal that far are looked up.
    const size_t held = from + 16;
    const auto rest = [this, held](const Item& item) { return foldOf(item).substr(held); };
    // -1, 0, 1 as the texts compare.
    const auto compare = [&](const Item& a, const Item& b) {
        if (a.next != b.next) return a.next < b.next ? -1 : 1;
        if (a.after != b.after) return a.after < b.after ? -1 : 1;
        // Equal so far (0 past an end): a text that ends within is a prefix of a longer one.
        if (a.size <= held || b.size <= held) return a.size == b.size ? 0 : a.size < b.size ? -1 : 1;
        return rest(a).compare(rest(b));
    };
    std::sort(m_items.begin() + static_cast<std::ptrdiff_t>(begin),
              m_items.begin() + static_cast<std::ptrdiff_t>(end), [&compare](const Item& a, const Item& b) {
                  const int c = compare(a, b);
                  return c != 0 ? c < 0 : a.row < b.row;
              });
    for (size_t i = begin + 1; i < end; ++i)
        m_tied[i] = compare(m_items[i - 1], m_items[i]) == 0;
}

} // namespace

SortedRows sortByText(const store::TextColumn& column) {
    return TextSorter(column).run();
}

} // namespace tenure::ui
