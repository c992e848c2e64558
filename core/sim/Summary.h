#pragma once

// Combines the replications' raw measures into a SimulationResult: counts summed, every
// other figure as its mean over the replications with a 95% Student-t interval. Internal
// to core/sim.
#include "sim/ReplicationStats.h"
#include "sim/SimModel.h"
#include "sim/SimulationResult.h"

#include <span>

namespace studio::core::sim {

SimulationResult summarize(const SimModel& model, std::span<const ReplicationStats> replications,
                           std::uint64_t seed);

} // namespace studio::core::sim
