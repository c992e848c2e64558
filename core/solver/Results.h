#pragma once

// Turns a solved workspace into the public Solution's figures. Internal to core/solver.
#include "solver/Evaluate.h"

namespace studio::core::solver {

// One ComponentResult per design component, same order.
void fillComponents(const Network& net, const Routing& routing, Workspace& ws, Solution& out);

// End to end per client and class, and what happens behind every handoff.
void fillRequests(const Network& net, const Routing& routing, const Workspace& ws, Solution& out);
void fillHandoffs(const Network& net, const Routing& routing, Workspace& ws, Solution& out);

} // namespace studio::core::solver
