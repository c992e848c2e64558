#pragma once

// The discrete-event simulator: runs a design as ARCHITECTURE.md ("Simulation semantics")
// and core/solver/Solver.h's documented choices define it, in independent replications on
// a small thread pool. The output depends on the seed alone, never on the thread count.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "sim/SimulationOptions.h"
#include "sim/SimulationResult.h"
#include "util/Result.h"

namespace studio::core::sim {

// Fails, naming the component or link, when the design cannot run: no client sends
// traffic, a request's routing loops, a run would send more than options.maxRequests, or
// a component's queue grew past options.maxQueue or all in flight past
// options.maxInFlight (a saturated component). Expects a design that
// passed validateDesign. `observer` may be null.
Result<SimulationResult> simulateDesign(const Design& design, const SimulationOptions& options,
                                        SimulationObserver* observer = nullptr,
                                        const Catalog& catalog = Catalog::standard());

} // namespace studio::core::sim
