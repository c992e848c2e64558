#pragma once

// M/M/c/K: Poisson arrivals, c exponential servers and a waiting room of `waitingRoom`
// places (K = c + waitingRoom); an arrival that finds it full is dropped. Exact. With no
// waiting room it is Erlang's loss system, exact for any service-time distribution.
#include <cstdint>

namespace studio::core::queueing {

struct MMcKMetrics {
    std::int64_t servers = 1;
    std::int64_t waitingRoom = 0;
    double arrivalRate = 0;        // offered, 1/s
    double serviceRate = 0;        // per server, 1/s
    double offeredUtilisation = 0; // lambda / (c mu); may exceed 1
    double blocking = 0;           // probability an arrival is dropped (finds K in the system)
    double dropRate = 0;           // lambda x blocking, 1/s
    double throughput = 0;         // accepted arrivals, 1/s
    double utilisation = 0;        // busy fraction of each server (carried load / c)
    double probabilityOfWait = 0;  // an accepted arrival waits
    double meanQueueLength = 0;    // Lq
    double meanInSystem = 0;       // L
    double meanWait = 0;           // Wq of accepted arrivals = Lq / throughput, s (Little)
    double meanResponse = 0;       // W = Wq + 1 / mu, s
    bool approximate = false;      // erlangBIsApproximate (many servers)
};
MMcKMetrics mmck(std::int64_t servers, std::int64_t waitingRoom, double arrivalRate,
                 double serviceRate);

} // namespace studio::core::queueing
