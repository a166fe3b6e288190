#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tenure::io {

// How a canonical column's text is read and stored.
enum class FieldType {
    Text,
    Integer,
    Real,
    Bool,
    Date,    // stored as days since 1970-01-01 in the store's time zone
    Instant, // stored as epoch seconds
    Score,   // NPS answer, whole number 0..10
    Rating,  // CSAT, whole number 1..5 ("4.0" reads as 4)
};

struct FieldSpec {
    const char* name; // canonical column name (data-model.md)
    FieldType type;
    bool required;
    const char* aliases; // other headers that mean the same, normalised, separated by '|'
};

// How re-importing finds a row again (the natural key of data-model.md).
enum class KeyKind { CustomerId, TicketId, CustomerMilestone, WholeRow };

struct EntitySpec {
    const char* name; // "customers", "orders", … (the KIND of the CLI)
    const char* table;
    KeyKind key;
    const char* timeField; // the instant or date that orders a customer's rows (WholeRow key)
    std::vector<FieldSpec> fields;

    int fieldIndex(const char* fieldName) const;
    const FieldSpec* field(const char* fieldName) const;
};

const std::vector<EntitySpec>& entitySpecs();
const EntitySpec* findEntity(const QString& name);
QStringList entityNames();

// Lower case without spaces, underscores, hyphens and dots: "Customer Id" → "customerid".
QString normalizedHeader(const QString& header);

} // namespace tenure::io
