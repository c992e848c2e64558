#pragma once

// One component as queueing stations: its instances (or a data store's shards x replicas
// nodes) in at most two groups of identical stations, each solved by the closed form that
// fits it. Internal to core/solver.
#include "solver/Network.h"
#include "solver/PathLatency.h"

#include <span>

namespace studio::core::solver {

// What one request class asks of a component's workers.
struct ClassDemand {
    double rate = 0;       // offered, req/s
    double service = 0;    // own service time, mean, s
    double serviceScv = 1; // its cv^2
    bool serviceExponential = true;
    double occupancy = 0;         // a worker's busy time per request, mean, s (service, plus
    double occupancyVariance = 0; // the calls' response when it holds), and its variance
    bool occupancyApproximate = false;
    bool occupancyInfinite = false; // it holds for a saturated callee
};

// Identical stations: a component's instances, or a data store's nodes of one load.
struct StationGroup {
    double count = 1;         // how many
    std::int64_t servers = 1; // workers in each
    double readShare = 1;     // of the component's requests of a read class each receives
    double writeShare = 1;    // of a write class (every replica applies every write)
    double landing = 1;       // probability that one request is served in this group
    double arrivalRate = 0;   // per station, req/s
    double occupancy = 0;     // mean over the classes, s
    double occupancyScv = 1;
    bool stable = true;
    double offered = 0;             // lambda x occupancy / servers (may be >= 1)
    double utilisation = 0;         // busy fraction of its workers (offered when unstable)
    double blocking = 0;            // probability an arrival finds the queue full
    double probabilityOfWait = 0;   // of an accepted arrival
    double meanWait = 0;            // s
    double waitRate = 0;            // given that it waits, the wait is about Exp(waitRate)
    bool exactMean = true;          // the waits are exact (M/M/c, M/G/1, Erlang B)
    bool exactWait = false;         // and so is the wait's distribution (M/M/c)
    bool singleExponential = false; // M/M/1 with one service rate: sojourn ~ Exp(mu - lambda)
};

struct StationResult {
    int groups = 0;
    StationGroup group[2];
    SpreadingModel spreading = SpreadingModel::Single;
    double admitted = 1;     // fraction a global rate limiter lets through
    double dropFraction = 0; // of the offered arrivals
    double utilisation = 0;  // the busiest group's
    bool overloaded = false; // some group's offered utilisation >= 1
    bool waitsOnCallee = false;
    bool approximateUtilisation = false;
};

// Solves the component's stations for these per-class demands (one per request class).
void solveStation(const Node& node, std::span<const ClassDemand> demands,
                  std::span<const TrafficClass> classes, StationResult& out);

// Wait plus own service of one class in one group (exact Exp(mu - lambda) for M/M/1).
PathLatency groupSojourn(LatencyPool& pool, const StationGroup& group, const ClassDemand& demand);

// The q-quantile of wait plus own service over the component's requests, s, and whether it
// is exact (M/M/c stations with exponential service).
Figure stationPercentile(const StationResult& station, std::span<const ClassDemand> demands,
                         double q);

} // namespace studio::core::solver
