#pragma once

// Private to core/practice: the person's back-of-envelope figures beside the reference's.
#include "practice/PracticeScore.h"

#include <vector>

namespace studio::core::practice {

// Every quantity of rubricQuantities() that both designs' estimation inputs give, with the
// factor of the reference's rubric estimate item for it (else 2).
std::vector<EstimateComparison> compareEstimates(const Design& answer, const Template& reference);

} // namespace studio::core::practice
