#pragma once

// Confidence intervals over independent replications (Student t).
#include <optional>
#include <span>

namespace studio::core::sim {

// A figure estimated from replications: their mean and the half-width of its confidence
// interval (0 with a single replication: no interval can be given, see `replications`).
struct Interval {
    double mean = 0;
    double halfWidth = 0;
    int replications = 0;

    double low() const { return mean - halfWidth; }
    double high() const { return mean + halfWidth; }
    bool contains(double x) const { return x >= low() && x <= high(); }
};

// An estimate (the analytic solver's) lies outside the interval of at least two
// replications: the two disagree beyond the noise. False without an estimate or a finite one.
bool estimateOutside(const Interval& interval, std::optional<double> estimate);

// P(|T| <= t) for Student's t with `df` >= 1 degrees of freedom (exact finite series,
// Abramowitz and Stegun 26.7.3 and 26.7.4).
double studentTwoSidedProbability(double t, int df);

// The t with P(|T| <= t) = confidence (e.g. 0.95 gives 2.776 for df 4).
double studentQuantile(double confidence, int df);

// Mean and `confidence` interval of the values (one per replication). Non-finite values
// make the mean and half-width +inf.
Interval intervalOf(std::span<const double> values, double confidence = 0.95);

} // namespace studio::core::sim
