#pragma once

// Latency versus load around a capacity, from the analytic solver (as JMT's what-if
// analysis draws it).
#include "capacity/CapacityReport.h"
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

namespace studio::core::capacity {

// `steps` points at loads 1/(steps - 1) .. steps/(steps - 1) of `factor` (11 steps: 10% to
// 110%), each with the offered rate, the throughput and the worst class's p50 and p99
// (+inf where saturated). Fails as solveDesign does.
Result<std::vector<LoadPoint>> loadCurve(const Design& design, double factor,
                                         solver::RateBasis rates, int steps = 11,
                                         const Catalog& catalog = Catalog::standard());

} // namespace studio::core::capacity
