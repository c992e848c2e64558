#pragma once

// The sum of independent exponential phases (rates in 1/s, times in s): the response time
// of a chain of M/M/1 stations (a Jackson tandem; each station's response is exponential
// with rate mu - lambda and, by Reich's theorem, independent of the others). Exact for
// distinct rates, equal rates (Erlang) and any mix of the two.
#include <span>

namespace studio::core::queueing {

// P(T > t). Distinct, well-separated rates use the closed form
// sum_i prod_{j != i} r_j / (r_j - r_i) e^(-r_i t); all-equal rates the Erlang form; any
// other mix uniformization (a Poisson-weighted sum of positive terms: no cancellation).
double hypoexponentialSurvival(std::span<const double> rates, double t);

// The q-quantile (q in (0, 1)), s. An empty chain is 0.
double hypoexponentialPercentile(std::span<const double> rates, double q);

// Mean sum 1/r_i and variance sum 1/r_i^2, s and s^2.
double hypoexponentialMean(std::span<const double> rates);
double hypoexponentialVariance(std::span<const double> rates);

} // namespace studio::core::queueing
