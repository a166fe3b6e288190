#pragma once

#include "model/expected.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <limits>
#include <vector>

namespace tenure::store {

class Store;

// Many short texts in one UTF-16 buffer with an offset per row: a million names cost their
// characters and four bytes each, not a QString header and a heap block each.
class TextColumn final {
public:
    size_t size() const { return m_offsets.size() - 1; }
    QStringView at(size_t row) const {
        return QStringView(m_chars.data() + m_offsets[row],
                           static_cast<qsizetype>(m_offsets[row + 1] - m_offsets[row]));
    }
    // Appends one row, decoding UTF-8; false when the column would pass 4 G characters.
    bool append(const char* utf8, size_t bytes);
    void shrinkToFit();

private:
    std::vector<char16_t> m_chars;
    std::vector<uint32_t> m_offsets{0};
};

// Few distinct texts over many rows (segment, plan, owner, region): the distinct values once,
// a small index per row. Index 0 is the empty text, which also stands for "none".
class InternedColumn final {
public:
    InternedColumn();
    size_t size() const { return m_index.size(); }
    const QString& at(size_t row) const { return m_values[m_index[row]]; }
    uint32_t indexAt(size_t row) const { return m_index[row]; }
    const std::vector<QString>& values() const { return m_values; }
    // The position of each distinct value in case-insensitive order, for sorting by index.
    const std::vector<uint32_t>& ranks() const { return m_ranks; }

    // Loading: add each distinct value once, then one index per row; finish() at the end.
    uint32_t addValue(QString value);
    void appendIndex(uint32_t index) { m_index.push_back(index); }
    void finish(); // computes ranks() and trims the row vector

    // Editing in place: the index of a value, added (and ranks() recomputed) when it is new;
    // an empty value is index 0.
    uint32_t intern(const QString& value);
    void setIndexAt(size_t row, uint32_t index) { m_index[row] = index; }

private:
    void computeRanks();

    std::vector<QString> m_values;
    std::vector<uint32_t> m_ranks;
    std::vector<uint32_t> m_index;
};

// The customers table as compact columns, in row-id order: every vector has size() entries.
struct CustomerList {
    static constexpr int64_t noDate = std::numeric_limits<int64_t>::min();

    size_t size() const { return ids.size(); }
    static bool hasDate(int64_t day) { return day != noDate; }

    std::vector<int64_t> ids; // row ids of the store
    TextColumn keys;          // customer_key
    TextColumn names;
    TextColumn emails;
    TextColumn companies;
    InternedColumn segments;
    InternedColumn plans;
    InternedColumn owners;
    InternedColumn regions;
    std::vector<int64_t> signupDays; // days since 1970-01-01, or noDate
    std::vector<int64_t> churnDays;  // days since 1970-01-01, or noDate
    std::vector<double> mrr;         // NaN when unknown
    std::vector<uint8_t> churned;    // 1 when churned (the flag, else a churn date)
};

// Reads every customer with one prepared SELECT on the store's native handle.
Expected<CustomerList> loadCustomerList(Store& store);

} // namespace tenure::store
