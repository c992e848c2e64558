#pragma once

// The capacity search proper: the highest factor on every client's load at which the
// analytic solver meets a target (capacity/ScaledSolve.h's meetsTarget).
#include "capacity/CapacityReport.h"
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <optional>

namespace studio::core::capacity {

struct SearchSettings {
    double p99 = 0; // s, the target
    // When given, the share of requests the solver sees dropped or rejected must stay at
    // most this (fraction; capacity/ScaledSolve.h's droppedShare).
    std::optional<double> errorRate;
    solver::RateBasis rates = solver::RateBasis::Peak;
    double start = 1;        // the first factor tried
    double precision = 1e-3; // relative width at which the bisection stops
};

// Brackets the answer by doubling the factor from `start` while the target is met, or
// halving it while it is not, then bisects; the answer meets the target and the factor
// `precision` above it does not. About 25 solves. Fails with the solver's problems (no
// client, a routing loop); when no load meets the target (even at almost none, the p99 is
// above it); or when every load the file format allows does (the design sheds its excess
// instead of queueing it, or rejects it below the error-rate target). Expects a design that passed
// validateDesign.
Result<ScaleSearch> searchScale(const Design& design, const SearchSettings& settings,
                                const Catalog& catalog = Catalog::standard());

} // namespace studio::core::capacity
