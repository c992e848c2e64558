#pragma once

#include "capacity/CapacityReport.h"
#include "model/Design.h"

#include <nlohmann/json.hpp>

namespace studio::core::capacity {

// `report` (found on `design`) as `sdstudio capacity --json` prints it, keys in this order:
// {"design", "rates": "peak" | "average", "target": {"p99", "error_rate"}, "base_rate",
// "capacity", "scaling", "simulation", "curve"}. "capacity" and "scaling.after" are
// searches: {"factor", "offered_rate", "worst_p99", "worst_class", "dropped_share",
// "bottleneck", "bottleneck_utilisation", "limit": "p99" | "saturation" | "error_rate",
// "saturated"}. Seconds, req/s and
// fractions; null where a value is absent or not finite (a saturated p99), "simulation"
// null when none ran, each of its points' "p99" and "busiest_utilisation" {"value",
// "interval": [low, high]}.
nlohmann::ordered_json capacityJson(const Design& design, const CapacityReport& report,
                                    const CapacityOptions& options);

} // namespace studio::core::capacity
