#pragma once

// Percentiles of a latency known only by its mean and variance: an approximation, fitted
// by two moments. A squared coefficient of variation cv^2 < 1 gets a gamma distribution
// (a near-normal shape for a long chain), evaluated by the Wilson-Hilferty cube-root
// transform (closed form: the solver calls it for every component on every edit);
// cv^2 >= 1 gets a two-phase hyperexponential with balanced means (the exponential itself
// at cv^2 = 1). Times in s, variances in s^2.
namespace studio::core::queueing {

// The q-quantile (q in (0, 1)) of the fitted distribution; `mean` when the variance is 0.
double fittedPercentile(double mean, double variance, double q);

// P(T > t) of the same fit.
double fittedSurvival(double mean, double variance, double t);

} // namespace studio::core::queueing
