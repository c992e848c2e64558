#pragma once

// A reference template (templates/<id>.json, docs/FORMAT.md "Template files"): a complete
// design to start from and the rubric a practice answer is scored against.
#include "model/Design.h"
#include "model/Link.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace studio::core {

// Kind lists hold catalog kind ids; a predicate matches if any listed kind matches.

// At least `min` components whose kind is listed.
struct KindPresentCheck {
    std::vector<std::string> kinds;
    int min = 1;

    bool operator==(const KindPresentCheck&) const = default;
};

// A directed path along links of any mode from a `from` component to a `to` component,
// passing (strictly between the two) a `via` component when `via` is not empty.
struct PathCheck {
    std::vector<std::string> from;
    std::vector<std::string> to;
    std::vector<std::string> via;

    bool operator==(const PathCheck&) const = default;
};

// A direct link of `mode` from a `from` component to a `to` component.
struct LinkModeCheck {
    std::vector<std::string> from;
    std::vector<std::string> to;
    LinkMode mode = LinkMode::Call;

    bool operator==(const LinkModeCheck&) const = default;
};

// Some listed component whose numeric property `property` lies within [min, max] (either
// bound may be absent, not both).
struct PropertyRangeCheck {
    std::vector<std::string> kinds;
    std::string property;
    std::optional<double> min;
    std::optional<double> max;

    bool operator==(const PropertyRangeCheck&) const = default;
};

// The design's back-of-envelope `quantity` (estimate/DesignEstimate.h, from its estimation
// inputs) within `factor` (>= 1) of the template design's: max(a, b) / min(a, b) <= factor.
struct EstimateCheck {
    std::string quantity; // one of rubricQuantities()
    double factor = 1;

    bool operator==(const EstimateCheck&) const = default;
};

using RubricCheck =
    std::variant<KindPresentCheck, PathCheck, LinkModeCheck, PropertyRangeCheck, EstimateCheck>;

// The most hints a rubric item may give.
inline constexpr std::size_t kMaxRubricHints = 3;

// One thing a good answer must contain: a sentence for people and its checkable predicate,
// with what the practice mode shows a person who misses it.
struct RubricItem {
    std::string id;   // kebab-case, unique within the template
    std::string text; // "A cache in front of the database on the read path"
    int points = 1;   // >= 1
    RubricCheck check;
    // The seed reference's passage on the item, quoted verbatim: the report quotes it for a
    // miss. Empty when the template gives none.
    std::string seed;
    // Progressive hints, vaguest first (a nudge, then a pointer); `text` is the last level,
    // the answer. At most kMaxRubricHints, none empty.
    std::vector<std::string> hints;

    bool operator==(const RubricItem&) const = default;
};

struct Template {
    std::string id; // kebab-case, the file name without .json
    std::string title;
    std::string summary; // one line for the gallery card
    int order = 0;       // gallery position, from 1
    Design design;       // valid (validateDesign finds nothing)
    std::vector<RubricItem> rubric;

    bool operator==(const Template&) const = default;
};

// The quantities an estimate check may name: read_rps, write_rps, peak_rps, storage_bytes,
// concurrent_connections, bandwidth_bytes_per_second.
const std::vector<std::string>& rubricQuantities();

// The predicate's name in the file: "kind_present", "path", "link_mode", "property_range",
// "estimate".
const char* checkTypeName(const RubricCheck& check);

} // namespace studio::core
