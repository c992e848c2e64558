#pragma once

// Erlang's formulas for c parallel servers fed by Poisson arrivals. Rates are per second,
// times in seconds, loads in Erlangs (arrival rate x mean service time). Every one takes
// O(1) time for any c: up to kExactServers by the stable recursive form (finished in log
// space once the blocking probability is negligible); beyond, by Erlang B as a ratio of
// Poisson probabilities (an exact series when the load is well above c, else a normal or an
// integral approximation, relative error below 1e-5), marked approximate.
#include <cstdint>

namespace studio::core::queueing {

// Servers up to which Erlang B is computed by its exact recursion (at most this many steps).
inline constexpr std::int64_t kExactServers = 5000;

// Erlang B: the probability that an arrival finds all `servers` busy (and, with no waiting
// room, is lost). Exact for any service-time distribution. servers >= 1, load >= 0.
double erlangB(std::int64_t servers, double load);
// Whether erlangB(servers, load) (and every formula built on it) is an approximation.
bool erlangBIsApproximate(std::int64_t servers, double load);
// Erlang B by the exact recursion at any c: O(servers) steps, for tests and references.
double erlangBExact(std::int64_t servers, double load);

// Erlang C: the probability that an arrival has to wait in an M/M/c queue with an
// unbounded queue. 1 when load >= servers (the queue grows without bound).
double erlangC(std::int64_t servers, double load);

// c servers and no waiting room (M/G/c/c): what is lost and what is carried. Exact for any
// service-time distribution (Erlang B is insensitive to it).
struct LossMetrics {
    double blocking = 0;      // probability an arrival is lost
    double carriedLoad = 0;   // Erlangs actually served: load x (1 - blocking)
    double utilisation = 0;   // carried load per server, 0..1
    bool approximate = false; // erlangBIsApproximate
};
LossMetrics erlangLoss(std::int64_t servers, double load);

// M/M/c with an unbounded FCFS queue (Erlang C). Exact.
struct MMcMetrics {
    std::int64_t servers = 1;
    double arrivalRate = 0; // lambda, 1/s
    double serviceRate = 0; // mu per server, 1/s
    bool stable = true;     // utilisation < 1; otherwise the waits below are +inf
    double utilisation = 0; // rho = lambda / (c mu)
    double probabilityOfWait = 0;
    double meanWait = 0;        // Wq, s
    double meanResponse = 0;    // W = Wq + 1/mu, s
    double meanQueueLength = 0; // Lq, requests waiting
    double meanInSystem = 0;    // L = lambda W, requests
    bool approximate = false;   // erlangBIsApproximate (many servers)
};
MMcMetrics mmc(std::int64_t servers, double arrivalRate, double serviceRate);

// P(wait > t) and P(response > t) for M/M/c FCFS: an arrival waits with probability
// P(wait), then an exponential time of rate c mu - lambda; its service is exponential (mu).
double mmcWaitSurvival(const MMcMetrics& m, double t);
double mmcResponseSurvival(const MMcMetrics& m, double t);
// The q-quantile (q in (0, 1)) of the response time, s; +inf when unstable.
double mmcResponsePercentile(const MMcMetrics& m, double q);

} // namespace studio::core::queueing
