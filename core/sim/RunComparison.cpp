#include "sim/RunComparison.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::sim {

namespace {

// The standard error behind a 95% half-width over n replications, and its variance term.
double standardError(const Interval& i) {
    return i.halfWidth / studentQuantile(0.95, i.replications - 1);
}

} // namespace

Difference compareFigures(const Interval& baseline, const Interval& candidate,
                          bool higherIsBetter) {
    Difference d;
    if (baseline.replications == 0 || candidate.replications == 0 ||
        !std::isfinite(baseline.mean) || !std::isfinite(candidate.mean))
        return d;
    d.value = candidate.mean - baseline.mean;
    if (baseline.replications < 2 || candidate.replications < 2 ||
        !std::isfinite(baseline.halfWidth) || !std::isfinite(candidate.halfWidth)) {
        d.halfWidth = std::numeric_limits<double>::infinity();
        return d;
    }
    const double a = std::pow(standardError(baseline), 2);
    const double b = std::pow(standardError(candidate), 2);
    const double variance = a + b;
    if (variance > 0) {
        // Welch-Satterthwaite degrees of freedom.
        const double df =
            variance * variance /
            (a * a / (baseline.replications - 1) + b * b / (candidate.replications - 1));
        d.halfWidth = studentQuantile(0.95, std::max(1, static_cast<int>(std::floor(df)))) *
                      std::sqrt(variance);
    }
    if (std::abs(d.value) <= d.halfWidth || d.value == 0)
        d.verdict = Verdict::NoSignificantDifference;
    else
        d.verdict = (d.value > 0) == higherIsBetter ? Verdict::Better : Verdict::Worse;
    return d;
}

} // namespace studio::core::sim
