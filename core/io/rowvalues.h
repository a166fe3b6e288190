#pragma once

#include "entities.h"
#include "valueparser.h"

#include "model/localclock.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenure::io {

// One canonical field's value of the row being imported.
struct FieldValue {
    bool present = false;  // false: the column is unmapped or the cell is blank
    int64_t integer = 0;   // Integer, Bool, Date (days), Instant (epoch seconds), Score, Rating
    double real = 0;       // Real
    std::string_view text; // Text (trimmed UTF-8, valid until the next record)
};

// Turns the cells of one record into typed values, per the entity's field types. Times without
// an offset are wall-clock times in the store's zone.
class RowParser final {
public:
    RowParser(const EntitySpec& entity, std::vector<int> fieldColumns, std::vector<DateOrder> dateOrders,
              LocalClock& clock);

    // Fills values (one per field of the entity); on a bad cell returns false with the field's
    // index and a reason. Derived values are filled in too: an order's amount from quantity ×
    // unit price, a customer's churned flag from a churn date when the file has no flag.
    bool parse(const std::vector<std::string_view>& cells, FieldValue* values, int& badField,
               std::string& reason);

private:
    bool parseCell(size_t field, std::string_view cell, FieldValue& value, std::string& reason);
    void derive(FieldValue* values) const;

    const EntitySpec& m_entity;
    std::vector<int> m_fieldColumns;
    std::vector<DateOrder> m_dateOrders;
    LocalClock& m_clock;
    int m_amount = -1, m_quantity = -1, m_unitPrice = -1; // orders
    int m_churned = -1, m_churnDate = -1;                 // customers: derive the flag
};

// A 64-bit hash of a row: the natural key of entities that have none of their own. It covers
// the parsed canonical values (so a date written two ways is one date) and the raw text of the
// columns no field uses (so two invoice lines that differ only in an unmapped product code stay
// two rows).
int64_t rowHash(const FieldValue* values, size_t fieldCount, const std::vector<std::string_view>& cells,
                const std::vector<int>& unmappedColumns);

} // namespace tenure::io
