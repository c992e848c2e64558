#pragma once

// M/M/1: Poisson arrivals, one exponential server, unbounded FCFS queue. Exact.
namespace studio::core::queueing {

struct MM1Metrics {
    double arrivalRate = 0;     // lambda, 1/s
    double serviceRate = 0;     // mu, 1/s
    bool stable = true;         // rho < 1; otherwise the figures below are +inf
    double utilisation = 0;     // rho = lambda / mu
    double meanWait = 0;        // Wq = rho / (mu - lambda), s
    double meanResponse = 0;    // W = 1 / (mu - lambda), s
    double meanQueueLength = 0; // Lq = rho^2 / (1 - rho)
    double meanInSystem = 0;    // L = rho / (1 - rho)
};
MM1Metrics mm1(double arrivalRate, double serviceRate);

// The response time is exponential with rate mu - lambda: its q-quantile (q in (0, 1)) is
// ln(1 / (1 - q)) / (mu - lambda), s; +inf when unstable.
double mm1ResponsePercentile(const MM1Metrics& m, double q);

} // namespace studio::core::queueing
