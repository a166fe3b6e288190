#pragma once

#include "store/customerrepository.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace tenure::ui {

// Search as you type over the customer id, name, company and e-mail, case-insensitive (by
// case folding). build() lays the four texts of every row, folded, into one UTF-8 buffer once
// per load; a search is then one substring scan of that buffer (SSE2 where there is), and a text that
// extends the previous one only looks again at the rows that still matched.
class CustomerSearch final {
public:
    void build(const store::CustomerList& customers);

    // Returns false when the (trimmed) text searches for the same as before.
    bool setText(const QString& text);
    const QString& text() const { return m_text; }
    // False for an empty text: every row matches.
    bool active() const { return !m_needle.empty(); }
    bool matches(size_t row) const { return !active() || m_matches[row] != 0; }
    const std::vector<uint8_t>& matchFlags() const { return m_matches; }

    // Folds a text as the buffer is folded (for tests).
    static std::string fold(QStringView text);

private:
    void scanAll(bool narrowing);
    void scanRows();

    std::string m_haystack;          // per row: id \0 name \0 company \0 email \0
    std::vector<uint64_t> m_offsets; // row r is [m_offsets[r], m_offsets[r + 1])
    std::vector<uint8_t> m_matches;  // per row, meaningful while active()
    size_t m_matchCount = 0;
    QString m_text;
    std::string m_needle;
};

} // namespace tenure::ui
