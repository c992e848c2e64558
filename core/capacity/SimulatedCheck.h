#pragma once

// The analytic answer confirmed by the discrete-event simulator around it.
#include "capacity/CapacityReport.h"
#include "catalog/Catalog.h"
#include "model/Design.h"

#include <vector>

namespace studio::core::capacity {

// Simulates the design at each of `loads` x `factor` (options' requests, replications, seed,
// threads and rate basis) and judges each against options.target. Never fails as a whole:
// a load the simulator refuses (a queue past its cap) carries the problem's text instead.
std::vector<SimulatedPoint> simulateAround(const Design& design, double factor,
                                           const CapacityOptions& options,
                                           const std::vector<double>& loads = {0.9, 1.0, 1.1},
                                           const Catalog& catalog = Catalog::standard());

} // namespace studio::core::capacity
