#pragma once

// Numerical building blocks of the closed forms: root finding, the normal and gamma
// distributions. Pure functions, no allocation.
#include <functional>

namespace studio::core::queueing {

// The x in [lo, hi] where the increasing function `f` crosses `target`, to a relative
// tolerance of about 1e-13 (Illinois regula falsi, falling back to bisection). `f(lo)` must
// be <= target <= `f(hi)`; otherwise the nearer end is returned.
double solveIncreasing(const std::function<double(double)>& f, double target, double lo, double hi);

// The t >= 0 where the decreasing survival function `survival` (P(T > t)) falls to
// 1 - q, for q in (0, 1). `scale` is a typical size of T (its mean, in seconds) used to
// bracket the root. Returns +inf when no t up to 1e12 x scale is far enough.
double percentileOfSurvival(const std::function<double(double)>& survival, double q, double scale);

// Standard normal: density, distribution function and its inverse (q in (0, 1)).
double normalDensity(double z);
double normalCdf(double z);
double normalQuantile(double q);

} // namespace studio::core::queueing
