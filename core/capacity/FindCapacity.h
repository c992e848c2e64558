#pragma once

// Capacity at an SLO: the highest load on a design that meets a p99 target (and, when
// given, an error-rate target), what breaks first, what doubling it buys, a latency-versus-
// load curve, and the simulator's word on the answer.
#include "capacity/CapacityReport.h"
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

namespace studio::core::capacity {

// Searches on the analytic solver (capacity/ScaleSearch.h) for the highest factor on every
// client's load that meets options.target (the p99; the error rate as far as the solver
// sees drops and rejections); names the bottleneck there and searches again with its
// instances (shards for a data store) doubled; draws the load curve from 10% to 110% of the
// answer; and, when options.simulate, simulates at 90%, 100% and 110% of it
// (capacity/SimulatedCheck.h). Fails when the target is not a positive number of seconds or
// the error rate not a fraction, and as searchScale fails (no client, a routing loop, a
// target no load meets or every load meets). Expects a design that passed validateDesign.
Result<CapacityReport> findCapacity(const Design& design, const CapacityOptions& options,
                                    const Catalog& catalog = Catalog::standard());

} // namespace studio::core::capacity
