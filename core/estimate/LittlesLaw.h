#pragma once

#include "estimate/Calculation.h"
#include "util/Result.h"

#include <optional>

namespace studio::core::estimate {

// Little's law, L = lambda x W: given exactly two of L (requests in the system), lambda
// (arrivals a second) and W (seconds each spends in it), the third. Outputs L, lambda, W.
// Problems (placed at the keys "L", "lambda", "W") when not exactly two are given or the
// one to divide by is not positive.
Result<Calculation> littlesLaw(std::optional<double> inSystem, std::optional<double> arrivalRate,
                               std::optional<double> timeInSystem);

} // namespace studio::core::estimate
