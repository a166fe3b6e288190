#pragma once

#include "random.h"

#include <span>
#include <string_view>

namespace tenure::demo {

enum class Region { NA, EMEA, APAC, LATAM };
inline constexpr int kRegionCount = 4;

// The vocabularies the demo company is built from. Person names are UTF-8 (some with accents,
// so that imports see real-world text); emails are built from their ASCII transliteration.
namespace words {

using List = std::span<const std::string_view>;

inline std::string_view pick(Random& rng, List list) {
    return list[rng.below(static_cast<uint32_t>(list.size()))];
}

List firstNames(Region region);
List lastNames(Region region);
List legalForms(Region region);
List domainSuffixes(Region region);
std::string_view regionName(Region region);

extern const List companyPrefixes; // "Blue", "North", …
extern const List companyRoots;    // "peak", "wind", …
extern const List industries;      // "Analytics", "Logistics", …
extern const List owners;          // the customer success managers
extern const List agents;          // the support agents
extern const List tags;

extern const List promoterComments;
extern const List passiveComments;
extern const List detractorComments;
extern const List wowNotes;

// Indexed like the churn reasons, the features and the complaint / praise categories.
extern const List churnReasons;
std::string_view exitComment(Random& rng, int reason);
extern const List features;
std::string_view featureRequest(Random& rng, int feature);
extern const List complaintCategories;
std::string_view complaintText(Random& rng, int category);
extern const List praiseCategories;
std::string_view praiseText(Random& rng, int category);

} // namespace words
} // namespace tenure::demo
