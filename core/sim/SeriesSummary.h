#pragma once

// Combines the replications' time series into a SimulationSeries: each replication merged
// to the widest bucket width among them (request-limited replications run different
// lengths), then per bucket each figure's mean over the replications that have it, with
// its 95% Student-t interval. Internal to core/sim.
#include "sim/ReplicationStats.h"
#include "sim/SimModel.h"
#include "sim/SimulationResult.h"

#include <span>

namespace studio::core::sim {

// `seriesNodes`: the followed components, by node, in the series' order (RunLimits).
SimulationSeries summarizeSeries(const SimModel& model,
                                 std::span<const ReplicationStats> replications,
                                 std::span<const std::uint32_t> seriesNodes);

} // namespace studio::core::sim
