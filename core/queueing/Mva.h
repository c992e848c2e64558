#pragma once

// Mean value analysis of a closed network: `population` users, each thinking for
// `thinkTime` seconds between a response and the next request, visiting stations with
// service demands (seconds of service per request: visits x mean service time).
#include <cstdint>
#include <span>
#include <vector>

namespace studio::core::queueing {

enum class MvaCenter {
    Queueing,    // one FCFS exponential server (or processor sharing): exact
    Delay,       // no queueing (infinite servers, network latency): exact
    MultiServer, // c servers: Seidmann's approximation, a queueing station of demand D / c
                 // followed by a delay of D (c - 1) / c
};

struct MvaStation {
    double demand = 0; // s per request at one copy
    MvaCenter center = MvaCenter::Queueing;
    std::int64_t servers = 1; // MultiServer only; a station with servers >= population is
                              // treated as a delay, exactly
    std::int64_t copies = 1;  // identical stations, each with this demand (instances)
};

struct MvaResult {
    double throughput = 0;           // requests per second
    double responseTime = 0;         // s per request, think time excluded
    std::vector<double> residence;   // s per request at one copy of each station
    std::vector<double> queueLength; // requests at one copy (waiting and in service)
    std::vector<double> utilisation; // busy fraction of one server of one copy
    bool approximate = false;        // Seidmann stations, or Schweitzer's fixed point (see below)
};

// Exact MVA (Reiser and Lavenberg): O(population x stations). Approximate only where a
// station is MultiServer with servers < population.
MvaResult exactMva(std::span<const MvaStation> stations, std::int64_t population, double thinkTime);

// Schweitzer's approximate MVA (Q(N-1) = Q(N) (N-1)/N, iterated to a fixed point): for
// populations too large for the exact recursion. Always approximate.
MvaResult schweitzerMva(std::span<const MvaStation> stations, std::int64_t population,
                        double thinkTime);

// Exact when population x stations <= `maxSteps`, Schweitzer's otherwise.
MvaResult solveMva(std::span<const MvaStation> stations, std::int64_t population, double thinkTime,
                   double maxSteps = 4e6);

} // namespace studio::core::queueing
