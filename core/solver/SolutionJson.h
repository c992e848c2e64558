#pragma once

#include "model/Design.h"
#include "solver/Solution.h"

#include <nlohmann/json.hpp>

namespace studio::core::solver {

// `solution` (solved from `design`) as `sdstudio estimate --json` prints it, keys in this
// order: {"design", "rates": "peak" | "average", "components": [stations only], "requests",
// "handoffs", "bottleneck", "capacity", "availability", "single_points_of_failure",
// "requirements", "notes": [English]}. A figure is {"value": number | null, "approximate"},
// null where the value is not finite (a saturated latency). Rates in req/s, times in
// seconds, utilisation and availability as fractions.
nlohmann::ordered_json solutionJson(const Design& design, const Solution& solution);

} // namespace studio::core::solver
