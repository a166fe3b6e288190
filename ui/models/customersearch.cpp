#include "customersearch.h"

#include <QChar>

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tenure::ui {

namespace {

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xc0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xe0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    } else {
        out.push_back(static_cast<char>(0xf0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3f)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
    }
}

void appendFolded(std::string& out, QStringView text) {
    const char16_t* s = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = s[i];
        if (u < 0x80) {
            out.push_back(static_cast<char>(static_cast<unsigned>(u - u'A') < 26u ? u + 32 : u));
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(s[i + 1]))
            c = QChar::surrogateToUcs4(u, s[++i]);
        appendUtf8(out, QChar::toCaseFolded(c));
    }
}

// The first occurrence of the needle: memchr for one byte; else, with SSE2, 16 positions at a
// time whose first and last bytes match the needle's (then memcmp), several times faster than
// glibc's memmem for the short needles of typing.
const char* find(const char* haystack, size_t size, const std::string& needle) {
    const size_t m = needle.size();
    if (m == 1) return static_cast<const char*>(std::memchr(haystack, needle[0], size));
    if (m > size) return nullptr;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[m - 1]);
    for (; i + m - 1 + 16 <= size; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i + m - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask) {
            const auto bit = static_cast<size_t>(std::countr_zero(mask));
            if (std::memcmp(haystack + i + bit + 1, needle.data() + 1, m - 2) == 0) return haystack + i + bit;
            mask &= mask - 1;
        }
    }
#endif
    const char* rest = haystack + i;
    const char* end = haystack + size;
    const char* found =
        std::search(rest, end, std::boyer_moore_horspool_searcher(needle.begin(), needle.end()));
    return found == end ? nullptr : found;
}

} // namespace

std::string CustomerSearch::fold(QStringView text) {
    std::string out;
    appendFolded(out, text);
    return out;
}

void CustomerSearch::build(const store::CustomerList& c) {
    m_haystack.clear();
    size_t chars = 0;
    for (const store::TextColumn* column : {&c.keys, &c.names, &c.companies, &c.emails})
        if (column->size() > 0)
            chars += static_cast<size_t>(column->at(column->size() - 1).data() - column->at(0).data());
    m_haystack.reserve(chars + chars / 8 + 4 * c.size() + 64);
    m_offsets.resize(c.size() + 1);
    m_offsets[0] = 0;
    for (size_t row = 0; row < c.size(); ++row) {
        for (const store::TextColumn* column : {&c.keys, &c.names, &c.companies, &c.emails}) {
            appendFolded(m_haystack, column->at(row));
            m_haystack.push_back('\0');
        }
        m_offsets[row + 1] = m_haystack.size();
    }
    m_matches.assign(c.size(), 0);
    m_matchCount = 0;
    // The text stays; the rows it matches are found again in the new list.
    const std::string needle = std::move(m_needle);
    m_needle.clear();
    if (!needle.empty()) {
        m_needle = needle;
        scanAll(false);
    }
}

bool CustomerSearch::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    std::string needle = fold(trimmed);
    // A NUL separates the texts in the buffer; no search goes across them.
    needle.erase(std::remove(needle.begin(), needle.end(), '\0'), needle.end());
    m_text = trimmed;
    if (needle == m_needle) return false;
    // A text that contains the previous one can only match fewer rows, never others.
    const bool narrowing = active() && needle.find(m_needle) != std::string::npos;
    m_needle = std::move(needle);
    if (!active()) return true;
    if (narrowing && m_matchCount < m_matches.size() / 16)
        scanRows();
    else
        scanAll(narrowing);
    return true;
}

void CustomerSearch::scanAll(bool narrowing) {
    const char* base = m_haystack.data();
    const size_t end = m_haystack.size();
    const size_t rows = m_matches.size();
    size_t row = 0;
    m_matchCount = 0;
    while (row < rows) {
        const size_t from = m_offsets[row];
        const char* found = find(base + from, end - from, m_needle);
        size_t hit = rows;
        if (found) {
            const auto at = static_cast<uint64_t>(found - base);
            hit = row;
            while (m_offsets[hit + 1] <= at)
                ++hit;
        }
        std::fill(m_matches.begin() + static_cast<std::ptrdiff_t>(row),
                  m_matches.begin() + static_cast<std::ptrdiff_t>(hit), uint8_t{0});
        if (hit == rows) break;
        if (!narrowing || m_matches[hit]) {
            m_matches[hit] = 1;
            ++m_matchCount;
        }
        row = hit + 1;
    }
}

void CustomerSearch::scanRows() {
    const char* base = m_haystack.data();
    m_matchCount = 0;
    for (size_t row = 0; row < m_matches.size(); ++row) {
        if (!m_matches[row]) continue;
        const uint64_t from = m_offsets[row];
        m_matches[row] = find(base + from, m_offsets[row + 1] - from, m_needle) ? 1 : 0;
        m_matchCount += m_matches[row];
    }
}

} // namespace tenure::ui
