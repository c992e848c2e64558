#pragma once

// Queues with general service times, described by their mean (s) and squared coefficient
// of variation cs^2 = variance / mean^2 (1 exponential, 0 deterministic).
#include <cstdint>

namespace studio::core::queueing {

struct MGcMetrics {
    bool stable = true;           // utilisation < 1; otherwise the waits are +inf
    bool approximate = false;     // true for the Allen-Cunneen approximation
    double utilisation = 0;       // rho = lambda E[S] / c
    double probabilityOfWait = 0; // exact for M/G/1 (= rho); Erlang C for Allen-Cunneen
    double meanWait = 0;          // Wq, s
    double meanResponse = 0;      // W = Wq + E[S], s
    double meanQueueLength = 0;   // Lq = lambda Wq
    double meanInSystem = 0;      // L = lambda W
};

// M/G/1 by Pollaczek-Khinchine, exact: Wq = rho (1 + cs^2) E[S] / (2 (1 - rho)).
MGcMetrics mg1(double arrivalRate, double meanService, double serviceScv);

// G/G/c by Allen-Cunneen, an approximation (exact for M/M/c, where ca^2 = cs^2 = 1):
// Wq = Wq(M/M/c) (ca^2 + cs^2) / 2, with ca^2 the squared coefficient of variation of the
// inter-arrival times (1 for Poisson arrivals).
MGcMetrics allenCunneen(std::int64_t servers, double arrivalRate, double meanService,
                        double arrivalScv, double serviceScv);

} // namespace studio::core::queueing
