#pragma once

// Private to core/practice: the answer solved against the reference's non-functional
// targets at the reference's peak load.
#include "catalog/Catalog.h"
#include "model/Requirements.h"
#include "practice/PracticeScore.h"

#include <vector>

namespace studio::core::practice {

// The targets `requirements` sets, in the solver's order (p99 latency, p99 per class,
// availability, throughput), each with its kind, class and target only.
std::vector<solver::RequirementResult> targetsOf(const Requirements& requirements);

// `answer` carrying the reference's requirements, which it is judged against, not its own.
Design withReferenceTargets(const Design& answer, const Design& reference);

// Validates the answer, solves the reference and the answer at their peaks, scales the
// answer's clients to the reference's peak load and solves it again there. Every target
// is missed with the reason when a step fails.
SolverChecks checkTargets(const Design& answer, const Design& reference, const Catalog& catalog);

} // namespace studio::core::practice
