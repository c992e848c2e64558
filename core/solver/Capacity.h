#pragma once

// The bottleneck and the highest sustainable rate. Internal to core/solver.
#include "solver/Evaluate.h"

namespace studio::core::solver {

// `ws` holds the solved design on entry and is reused for the scale search (its contents
// are gone afterwards). Needs out.components filled.
CapacityResult computeCapacity(const Network& net, const Routing& routing, Workspace& ws,
                               const Solution& out);

} // namespace studio::core::solver
