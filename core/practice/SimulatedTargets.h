#pragma once

// Private to core/practice: a short simulation of the answer checking the p99 targets.
#include "catalog/Catalog.h"
#include "practice/PracticeScore.h"

namespace studio::core::practice {

// Simulates `judged` (the answer carrying the reference's requirements) with every client's
// rate x `loadFactor` for options' requests, replications and seed, and checks each p99
// target (overall and per class) of its requirements against the worst matching class's
// simulated p99. A run the simulator refuses (a queue past its cap: saturated) carries the
// problem and misses nothing more.
SimulatedChecks simulateTargets(const Design& judged, double loadFactor,
                                const ScoreOptions& options, const Catalog& catalog);

} // namespace studio::core::practice
