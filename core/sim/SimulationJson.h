#pragma once

// A simulation's results as `sdstudio simulate --json` prints them (README "Simulation"):
// {"design", "rates", "replications", "seed", "requests_per_replication", "duration",
// "measured", "events", "cancelled", "components": [stations only], "requests", "handoffs",
// "series", "notes": [English]}. A figure is estimate --json's {"value", "approximate"} with
// its 95% "interval", the solver's "estimate" (or null) and "outside_interval". Rates in
// req/s, times in seconds, fractions 0..1.
#include "model/Design.h"
#include "sim/SimulationResult.h"
#include "solver/Solution.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace studio::core::sim {

// `estimate` may be null (the solver could not); `requestsPerReplication` 0 for a run by
// duration.
nlohmann::ordered_json simulationJson(const Design& design, const SimulationResult& result,
                                      const solver::Solution* estimate, bool average,
                                      std::int64_t requestsPerReplication);

} // namespace studio::core::sim
