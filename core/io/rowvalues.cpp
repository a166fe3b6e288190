#include "rowvalues.h"

#include <algorithm>
#include <cstring>

namespace tenure::io {

RowParser::RowParser(const EntitySpec& entity, std::vector<int> fieldColumns,
                     std::vector<DateOrder> dateOrders, LocalClock& clock)
    : m_entity(entity)
    , m_fieldColumns(std::move(fieldColumns))
    , m_dateOrders(std::move(dateOrders))
    , m_clock(clock) {
    m_amount = entity.fieldIndex("amount");
    m_quantity = entity.fieldIndex("quantity");
    m_unitPrice = entity.fieldIndex("unit_price");
    const int churned = entity.fieldIndex("churned");
    const int churnDate = entity.fieldIndex("churn_date");
    if (entity.key == KeyKind::CustomerId && churned >= 0 && churnDate >= 0 &&
        m_fieldColumns[static_cast<size_t>(churned)] < 0 &&
        m_fieldColumns[static_cast<size_t>(churnDate)] >= 0) {
        m_churned = churned;
        m_churnDate = churnDate;
    }
}

void RowParser::derive(FieldValue* values) const {
    if (m_amount >= 0 && !values[m_amount].present && values[m_quantity].present &&
        values[m_unitPrice].present) {
        values[m_amount].present = true;
        values[m_amount].real = values[m_quantity].real * values[m_unitPrice].real;
    }
    if (m_churned >= 0) {
        values[m_churned].present = true;
        values[m_churned].integer = values[m_churnDate].present ? 1 : 0;
    }
}

bool RowParser::parse(const std::vector<std::string_view>& cells, FieldValue* values, int& badField,
                      std::string& reason) {
    std::fill(values, values + m_entity.fields.size(), FieldValue{});
    for (size_t i = 0; i < m_fieldColumns.size(); ++i) {
        const int column = m_fieldColumns[i];
        if (column < 0) continue;
        const std::string_view cell = trimmed(cells[static_cast<size_t>(column)]);
        if (cell.empty()) {
            if (m_entity.fields[i].required) {
                badField = static_cast<int>(i);
                reason = "required value is empty";
                return false;
            }
            continue;
        }
        if (!parseCell(i, cell, values[i], reason)) {
            badField = static_cast<int>(i);
            return false;
        }
        values[i].present = true;
    }
    derive(values);
    return true;
}

bool RowParser::parseCell(size_t field, std::string_view cell, FieldValue& value, std::string& reason) {
    const auto quoted = [&cell] { return " \"" + std::string(cell.substr(0, 60)) + "\""; };
    switch (m_entity.fields[field].type) {
    case FieldType::Text:
        value.text = cell;
        return true;
    case FieldType::Integer: {
        const auto n = parseInteger(cell);
        if (!n) {
            reason = "not a whole number:" + quoted();
            return false;
        }
        value.integer = *n;
        return true;
    }
    case FieldType::Real: {
        const auto n = parseNumber(cell);
        if (!n) {
            reason = "not a number:" + quoted();
            return false;
        }
        value.real = *n;
        return true;
    }
    case FieldType::Bool: {
        const auto b = parseBool(cell);
        if (!b) {
            reason = "not a yes/no value:" + quoted();
            return false;
        }
        value.integer = *b ? 1 : 0;
        return true;
    }
    case FieldType::Score:
    case FieldType::Rating: {
        const bool isScore = m_entity.fields[field].type == FieldType::Score;
        const auto n = parseInteger(cell);
        const int64_t low = isScore ? 0 : 1;
        const int64_t high = isScore ? 10 : 5;
        if (!n || *n < low || *n > high) {
            reason = std::string(isScore ? "score must be a whole number from 0 to 10:"
                                         : "rating must be a whole number from 1 to 5:") +
                     quoted();
            return false;
        }
        value.integer = *n;
        return true;
    }
    case FieldType::Date:
    case FieldType::Instant: {
        std::string why;
        const auto dt = parseDateTime(cell, m_dateOrders[field], why);
        if (!dt) {
            reason = "invalid date (" + why + "):" + quoted();
            return false;
        }
        int64_t epoch = 0;
        if (dt->hasOffset)
            epoch = dt->day * 86400 + dt->secondOfDay - dt->offsetSeconds;
        else
            epoch = m_clock.toEpoch(dt->day, dt->secondOfDay);
        if (m_entity.fields[field].type == FieldType::Date)
            value.integer = dt->hasOffset ? m_clock.localDay(epoch) : dt->day;
        else
            value.integer = epoch;
        return true;
    }
    }
    return false;
}

namespace {
// 64-bit mixing, eight bytes at a time (rows are hashed once each on the import's hot path;
// the keys only need to be well spread, not resistant to an adversary).
struct RowHasher {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    void word(uint64_t v) {
        h ^= v * 0xBF58476D1CE4E5B9ull;
        h = (h << 27 | h >> 37) * 0x94D049BB133111EBull;
    }
    void bytes(const char* data, size_t size) {
        word(size);
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            uint64_t v = 0;
            std::memcpy(&v, data + i, 8);
            word(v);
        }
        if (i < size) {
            uint64_t v = 0;
            std::memcpy(&v, data + i, size - i);
            word(v);
        }
    }
    uint64_t finish() const {
        uint64_t z = h;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};
} // namespace

int64_t rowHash(const FieldValue* values, size_t fieldCount, const std::vector<std::string_view>& cells,
                const std::vector<int>& unmappedColumns) {
    RowHasher hasher;
    for (size_t i = 0; i < fieldCount; ++i) {
        const FieldValue& v = values[i];
        if (!v.present) {
            hasher.word(0x5A5A5A5A5A5A5A5Aull);
            continue;
        }
        uint64_t real = 0;
        std::memcpy(&real, &v.real, sizeof real);
        hasher.word(static_cast<uint64_t>(v.integer));
        hasher.word(real);
        hasher.bytes(v.text.data(), v.text.size());
    }
    for (const int column : unmappedColumns) {
        const std::string_view cell = trimmed(cells[static_cast<size_t>(column)]);
        hasher.bytes(cell.data(), cell.size());
    }
    return static_cast<int64_t>(hasher.finish());
}

} // namespace tenure::io
