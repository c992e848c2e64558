#pragma once

// Availability from the diagram and single points of failure (the rules are listed in
// solver/Solver.h). Internal to core/solver.
#include "solver/Routing.h"

namespace studio::core::solver {

// Fills each request's availability, the design's (its weakest class's) and the single
// points of failure. Needs out.requests filled, in net.entries order.
void computeAvailability(const Network& net, const Routing& routing, Solution& out);

} // namespace studio::core::solver
