#pragma once

// The design's failure timeline compiled for the engine: each event with the stations or the
// component it acts on. Internal to core/sim.
#include "model/Design.h"

#include <cstdint>
#include <string>
#include <vector>

namespace studio::core::sim {

struct SimNode;

struct SimFailure {
    FailureKind kind = FailureKind::Down;
    double start = 0, end = 0;           // s of simulated time
    std::vector<std::uint32_t> stations; // down, zone_down: the queues taken down
    bool refuse = false;                 // down: fail requests at once, not silently
    std::uint32_t node = 0;              // slow, flushed, partitioned: the component
    double factor = 1;                   // slow: service time multiplier
    double refill = 0;                   // flushed: s back to the full hit ratio after `end`
    std::vector<std::uint8_t> cutOff;    // partitioned: per node, 1 when across the cut
};

// One SimFailure per event of `design.failures` (validated: names that are unknown here are
// skipped). A down component loses its first `instances` stations (all when 0); zone_down
// takes every station of every component in the zone or a zone nested in it.
std::vector<SimFailure> compileFailures(const Design& design, const std::vector<SimNode>& nodes);

} // namespace studio::core::sim
