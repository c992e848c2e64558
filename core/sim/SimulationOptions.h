#pragma once

// How a simulation runs, and how its caller follows it (progress, cancellation).
#include "solver/Solution.h"

#include <cstdint>
#include <string>
#include <vector>

namespace studio::core::sim {

struct SimulationOptions {
    // Length of each replication: simulated seconds, or else requests sent by the clients
    // (each replication sends `requests`). Both 0: kDefaultRequests.
    double duration = 0;
    std::int64_t requests = 0;
    // Warm-up deleted from the statistics: seconds (duration runs) or taken as the same
    // share of the requests; < 0 = a tenth of the run.
    double warmup = -1;
    int replications = 5;
    int threads = 0; // worker threads; 0 = the hardware's core count
    std::uint64_t seed = 1;
    solver::RateBasis rates = solver::RateBasis::Peak;
    // Instances fail at random, each alternating up and down for exponential times whose
    // means make its `availability` with its `mttr` (a crashed instance refuses at once),
    // beside the design's failure timeline.
    bool randomFailures = false;
    // Requests waiting at one component (all its queues) beyond which a replication stops
    // and names it (a saturated component), and requests and messages in flight in all
    // beyond which it stops naming the longest queue: both bound memory.
    std::int64_t maxQueue = 1'000'000;
    std::int64_t maxInFlight = 2'000'000;
    // Requests one replication may send at most (bounds time; a longer run is refused).
    double maxRequests = 1e8;
    // Components whose utilisation and queue are followed over time (SimulationSeries):
    // these ids if any are given, else every component when the design has at most
    // `seriesStationLimit` queues (instances, shards x replicas) in all, else none. Each
    // followed component costs a few KB per replication and a little time per bucket.
    std::vector<std::string> seriesComponents;
    std::int64_t seriesStationLimit = 512;
};

inline constexpr std::int64_t kDefaultRequests = 200'000;

// Follows a run from the thread that called simulateDesign (never from the workers).
class SimulationObserver {
public:
    virtual ~SimulationObserver() = default;
    // Fraction of the run done, 0..1, a few times a second.
    virtual void progress(double fraction) { (void)fraction; }
    // Polled as often; returning true stops the run (the result says it was cancelled).
    virtual bool cancelled() { return false; }
};

} // namespace studio::core::sim
