#pragma once

// The sum of independent exponential phases (rates in 1/s, times in s): the response time
// of a chain of M/M/1 stations (a Jackson tandem; each station's response is exponential
// with rate mu - lambda and, by Reich's theorem, independent of the others). Exact for
// distinct rates, equal rates (Erlang) and any mix of the two. And finite mixtures of such
// sums, each shifted by a constant: an M/M/c station's response (no wait: Exp(mu); a wait:
// Exp(c mu - lambda) then Exp(mu)), chains of them, a cache's hits and misses.
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

// One term of a mixture: with probability `weight`, a constant `shift` (s) plus the sum of
// exponential phases of `rates` (1/s; none: the shift alone).
struct ShiftedHypoexponential {
    double weight = 1;
    double shift = 0;
    std::span<const double> rates;
};

// P(T > t) of the mixture: sum_i weight_i P(H_i > t - shift_i) / sum_i weight_i.
double hypoexponentialMixtureSurvival(std::span<const ShiftedHypoexponential> terms, double t);

// Its q-quantile (q in (0, 1)), s, by root finding on the survival function (each term's
// closed-form coefficients computed once; a term too rare to move the root in double
// precision left out). An empty mixture is 0.
double hypoexponentialMixturePercentile(std::span<const ShiftedHypoexponential> terms, double q);

} // namespace studio::core::queueing
