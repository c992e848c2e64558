#pragma once

// The design changes the capacity search tries: more load, more of a component.
#include "catalog/Catalog.h"
#include "model/Design.h"

#include <cstdint>
#include <optional>
#include <string>

namespace studio::core::capacity {

// `design` with every client's load multiplied by `factor` (> 0): an open workload's `rate`
// (kept within the file format's 1e-9 .. 1e9 req/s), a closed one's `population` (rounded,
// at least 1 user, at most 1e9). Peak factors, curves and bursts scale with the rate.
Design scaledDesign(const Design& design, double factor);

// The range of factors scaledDesign can express: below `low` or above `high` some open
// client's rate leaves the format's range. {1, 1} when no client carries a workload.
struct FactorRange {
    double low = 1;
    double high = 1;
};
FactorRange factorRange(const Design& design);

// Which count makes a component bigger: `shards` for a data store, else `instances`.
struct GrowableCount {
    std::string property;
    std::int64_t value = 0;   // the component's
    std::int64_t maximum = 0; // the catalog's
};
// Nothing when the component is unknown or its kind has neither property.
std::optional<GrowableCount> growableCount(const Design& design, const std::string& component,
                                           const Catalog& catalog = Catalog::standard());

// `design` with the component's `property` set to `value`.
Design withCount(const Design& design, const std::string& component, const std::string& property,
                 std::int64_t value);

} // namespace studio::core::capacity
