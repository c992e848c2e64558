#pragma once

// The solver's passes over a compiled design: rates along the links, then every station
// from the callees up, so a holding caller sees its calls' response times. Internal to
// core/solver.
#include "solver/Routing.h"
#include "solver/Stations.h"

namespace studio::core::solver {

// Everything one evaluation computes, by index; reused from pass to pass without
// reallocating. Per (node, class) arrays are indexed node * classes + class.
struct Workspace {
    LatencyPool pool;
    std::vector<double> rates;    // offered, req/s (before `scale`)
    std::vector<double> accepted; // per node: 1 - its drop fraction
    std::vector<ClassDemand> demands;
    std::vector<PathLatency> downstream; // its calls and forward, per request it passes on
    std::vector<PathLatency> sojourn;    // wait + own service
    std::vector<PathLatency> response;   // what a caller waits for (a client: end to end)
    std::vector<StationResult> stations; // per node
    std::vector<double> previous;        // convergence check when the routing has a cycle
};

struct PassOutcome {
    bool converged = true;
    int iterations = 0;
};

// Evaluates every station at `scale` x ws.rates, callees first. A routing whose union over
// classes has a cycle (no single class loops) is iterated to a fixed point.
PassOutcome evaluatePass(const Network& net, const Routing& routing, double scale, Workspace& ws);

// Rates and stations together: finite queues and rate limiters drop arrivals, which lowers
// what their callees receive, so the two alternate until the drop fractions settle.
PassOutcome solveLoads(const Network& net, const Routing& routing, Workspace& ws);

// The highest offered utilisation of any station at `scale` x ws.rates (ws.rates must be
// the offered rates without drops).
double peakUtilisation(const Network& net, const Routing& routing, double scale, Workspace& ws);

} // namespace studio::core::solver
