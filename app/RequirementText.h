#pragma once

#include "solver/Solution.h"

#include <QString>

namespace studio::app {

// A non-functional requirement as the command line names it: "p99 latency <= 100 ms",
// "p99 latency of read <= 50 ms", "availability >= 99.90%", "throughput >= 7793 req/s".
QString requirementName(const core::solver::RequirementResult& r);

// What the solver found for it: "≈23.1 ms (users/read)", "99.99969%",
// "≈12120 req/s sustainable".
QString requirementActual(const core::solver::RequirementResult& r);

} // namespace studio::app
