#pragma once

// Two runs' figures compared: the difference of their means with its 95% interval (Welch's,
// from each run's interval over its replications), and a verdict. Runs with the same seed
// share their random numbers, which makes the difference less noisy than Welch assumes: the
// interval is then conservative, never too narrow.
#include "sim/Interval.h"

namespace studio::core::sim {

enum class Verdict { Better, Worse, NoSignificantDifference, Unknown };

struct Difference {
    double value = 0;     // candidate - baseline
    double halfWidth = 0; // 95%; +inf when either run has a single replication
    Verdict verdict = Verdict::Unknown;
};

// `higherIsBetter`: goodput, the share answered; false: latencies, errors.
Difference compareFigures(const Interval& baseline, const Interval& candidate, bool higherIsBetter);

} // namespace studio::core::sim
