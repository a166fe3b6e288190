#pragma once

#include "model/expected.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace tenure::store {

class Store;

// The fields a segment rule can name (metrics/segmentrules.h), in three kinds:
// - customer fields, columns of the customers table: segment, plan, owner, region, company, …;
// - computed metrics, one value per customer that a provider below computes from the store;
// - custom attributes: any other name is looked up in customer_attributes.
enum class SegmentFieldKind { Customer, Computed, Attribute };

struct SegmentField {
    QString name;
    SegmentFieldKind kind = SegmentFieldKind::Customer;
    QString description; // English, for --help and tooltips
};

// Every customer's value of one field as text; a customer that is not in the map has none.
using FieldValues = std::unordered_map<int64_t, QString>;

// A provider of computed metrics. `load` reads, in one pass over its tables, the values of the
// fields in `wanted` (a subset of `fields`, by name) for every customer, judged on `asOfDay`
// (a local day: the last day with data unless a caller gives one), and returns one map per
// wanted field, in the order of `wanted`.
//
// Where more are added: health band and churn risk (the health model, metrics.md "Health
// score") register here once their loaders exist, as `health_band` (healthy, neutral, at_risk)
// and `churn_risk` (the churn probability in %): either a line in builtinProviders() in
// segmentfields.cpp, or registerComputedFields() at start-up by the code that owns the model.
// Nothing else changes: the rule editor, the CLI and evaluateSegment() list and read providers
// through computedFields() and findProvider().
struct ComputedFieldProvider {
    std::vector<SegmentField> fields; // kind Computed
    std::function<Expected<std::vector<FieldValues>>(Store& store, const QStringList& wanted,
                                                     int64_t asOfDay)>
        load;
};

// Registers a provider; a field of the same name as an earlier one replaces it. Thread-safe.
void registerComputedFields(ComputedFieldProvider provider);

// The customer fields, then every computed field (built-in and registered).
std::vector<SegmentField> customerSegmentFields();
std::vector<SegmentField> computedSegmentFields();
// The provider of a computed field (the name in any case), or nullptr.
const ComputedFieldProvider* findProvider(const QString& field);

// The customer field a name means (any case, also customer_id), or an empty string.
QString customerFieldName(const QString& name);

} // namespace tenure::store
