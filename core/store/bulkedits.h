#pragma once

#include "model/expected.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tenure::store {

class Store;

// Edits of many customers at once (the Accounts view's multi-select actions). Each runs in one
// transaction with prepared statements: all customers change or none. Ids are row ids
// (customers.id); ids that are not in the store are skipped.

// Sets the owner of the customers; an empty (or blank) owner clears it.
Status setOwnerOf(Store& store, const std::vector<int64_t>& customerIds, const QString& owner);

// Adds a tag to the customers' tags, a list separated by ';' or ',' (as imported or generated).
// A tag already present (compared trimmed, case-insensitively) is not added twice; a new tag is
// appended with the list's own separator (';' when it has none). A tag may not be blank nor
// contain ';' or ','.
Status addTagTo(Store& store, const std::vector<int64_t>& customerIds, const QString& tag);

// The tags text with the tag added, or the same text when it is already there (for the above
// and its tests).
QString withTag(const QString& tags, const QString& tag);

} // namespace tenure::store
