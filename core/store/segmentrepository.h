#pragma once

#include "metrics/segmentrules.h"
#include "model/expected.h"
#include "segmentfields.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::store {

class Store;

// Saved segments: the `segments` table (name, match all|any, rules as JSON). A saved segment's
// name is what every --segment and the window's segment picker take (metricinputs.h).

// Every saved segment, by name.
Expected<std::vector<metrics::SegmentDefinition>> listSavedSegments(Store& store);
// Their names only, by name (the window's segment picker lists these after the segment values).
Expected<std::vector<QString>> savedSegmentNames(Store& store);
// The saved segment of that exact name, or nullopt.
Expected<std::optional<metrics::SegmentDefinition>> findSavedSegment(Store& store, const QString& name);

// Inserts or replaces the segment of segment.name. With `replacing` (an existing name) the
// segment of that name is updated in place, so a rename keeps its row. The name must not be
// empty; rules must name a field.
Status saveSegment(Store& store, const metrics::SegmentDefinition& segment, const QString& replacing = {});
// Fails when no segment has that name.
Status deleteSavedSegment(Store& store, const QString& name);

// The row ids of the customers a segment holds, ascending. Only the fields the rules use are read:
// one pass over customers (customer fields, tenure_days), one over customer_attributes (every
// attribute the rules name), one per computed-field provider. Days (days since last activity,
// tenure) are counted to `asOfDay`; default: the last day with data in the store (as the
// dashboard frames it), so that a segment means the same on a historical file as on live data.
Expected<std::vector<int64_t>> evaluateSegment(Store& store, const metrics::SegmentDefinition& segment,
                                               std::optional<int64_t> asOfDay = std::nullopt);
// The same for a saved segment; fails when no segment has that name.
Expected<std::vector<int64_t>> evaluateSegment(Store& store, const QString& name,
                                               std::optional<int64_t> asOfDay = std::nullopt);

// What the rule editor offers: customer fields, computed metrics, then the store's custom
// attribute names (one scan of customer_attributes).
Expected<std::vector<SegmentField>> segmentFields(Store& store);

} // namespace tenure::store
