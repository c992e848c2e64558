#pragma once

// Closed workloads (N users, a think time) by mean value analysis. Internal to core/solver.
#include "solver/Evaluate.h"

namespace studio::core::solver {

struct ClosedResult {
    bool closed = false;      // this entry is a closed workload's class
    double meanResponse = 0;  // s, by MVA (think time excluded)
    bool approximate = false; // see solveClosedWorkloads
};

// What MVA says about the components closed requests wait for, per node.
struct ClosedStations {
    std::vector<char> visited;       // some closed request waits for it
    std::vector<char> shared;        // other traffic reaches it too (its figures stay open)
    std::vector<double> visitTime;   // s per visit, waiting included
    std::vector<double> utilisation; // the busiest station's, by MVA
};

// Sets every closed entry's rate to its throughput by MVA and gives each its mean response,
// in net.entries order. Exact MVA for one closed client alone on single-server or
// never-queueing stations with exponential service, one service mean per station and no
// parallel calls, holding callers or replicated writes on its path; anything else is
// labelled approximate (Seidmann's multi-server stations, other traffic as a utilisation
// the closed users cannot use, several closed clients iterated to a fixed point).
std::vector<ClosedResult> solveClosedWorkloads(Network& net, const Routing& routing, Workspace& ws,
                                               ClosedStations& stations);

} // namespace studio::core::solver
