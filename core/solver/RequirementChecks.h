#pragma once

// Which of the design's non-functional requirements the estimate meets. Internal to
// core/solver.
#include "model/Requirements.h"
#include "solver/Solution.h"

namespace studio::core::solver {

// p99 latency (every class, and per class name), availability and throughput, each with
// its target and the estimate. Durability and consistency are not the solver's to judge.
// Needs requests, availability and capacity filled.
void checkRequirements(const Requirements& requirements, Solution& out);

} // namespace studio::core::solver
