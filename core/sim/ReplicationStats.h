#pragma once

// What one replication measured after its warm-up, before replications are combined into
// a SimulationResult (sim/Summary.h). Internal to core/sim.
#include "sim/LatencyHistogram.h"
#include "sim/TimeSeries.h"
#include "util/Problem.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace studio::core::sim {

struct EntryCounters {
    std::uint64_t arrived = 0, completed = 0, late = 0, dropped = 0, rejected = 0, timedOut = 0,
                  inFlight = 0;
    std::uint64_t retries = 0; // attempts after the first (not requests: arrived counts those)
    LatencyHistogram latency;  // answered in time, s
};

struct NodeCounters {
    std::uint64_t arrivals = 0, drops = 0, rejections = 0, started = 0, served = 0;
    std::uint64_t hits = 0, reads = 0; // caches: reads served and those that hit
    double waitSum = 0;                // s, over `started`
    double responseSum = 0;            // wait + own service, s, over `served`
    // The same for a write's copies at the other replicas (kept apart: a request's figures
    // are its primary's, as the solver's).
    std::uint64_t copiesServed = 0;
    double copyResponseSum = 0;
    double utilisation = 0; // busiest group's busy fraction
    double queueArea = 0;   // waiting, all stations, request-seconds
    double systemArea = 0;  // waiting or in own service
    std::uint64_t maxQueue = 0;
    std::uint64_t wasted = 0;  // own services finished after the request's deadline
    std::uint64_t expired = 0; // skipped for a passed deadline (drop_expired)
    std::uint64_t retries = 0; // its calls sent again by its links' retries
    std::uint64_t bulkheadRefused = 0, breakerRefused = 0; // its calls refused by its gates
};

struct HandoffCounters {
    std::uint64_t messages = 0, dropped = 0;
    LatencyHistogram latency;
};

struct ReplicationStats {
    double end = 0;          // s
    double measureStart = 0; // s, end of the warm-up
    std::uint64_t events = 0;
    std::uint64_t sent = 0; // requests the clients sent, warm-up included
    bool cancelled = false;
    std::optional<Problem> failure; // the run could not go on (a queue beyond its cap)
    std::vector<EntryCounters> entries;
    std::vector<NodeCounters> nodes;
    std::vector<HandoffCounters> handoffs;
    // Calls, choices and messages sent on each design link (retries included), per traffic
    // class: link * classes + class.
    std::vector<std::uint64_t> links;
    TimeSeries series; // the whole run, warm-up included; components as RunLimits::seriesNodes

    double measured() const { return end - measureStart; }
};

} // namespace studio::core::sim
