#include "queueing/MomentFit.h"

#include "queueing/Numerics.h"

#include <cmath>

namespace studio::core::queueing {

namespace {

struct Hyper2 {
    double p1, rate1, rate2;
};

Hyper2 balancedHyperexponential(double mean, double scv) {
    const double p1 = 0.5 * (1 + std::sqrt((scv - 1) / (scv + 1)));
    return {p1, 2 * p1 / mean, 2 * (1 - p1) / mean};
}

double hyper2Survival(const Hyper2& h, double t) {
    return h.p1 * std::exp(-h.rate1 * t) + (1 - h.p1) * std::exp(-h.rate2 * t);
}

// Wilson-Hilferty: for X ~ gamma with this mean and cv^2, (X / mean)^(1/3) is nearly
// normal with mean 1 - cv^2 / 9 and variance cv^2 / 9.
double gammaQuantile(double mean, double scv, double q) {
    const double v = scv / 9;
    const double cube = std::max(0.0, 1 - v + normalQuantile(q) * std::sqrt(v));
    return mean * cube * cube * cube;
}

double gammaSurvival(double mean, double scv, double t) {
    const double v = scv / 9;
    return 1 - normalCdf((std::cbrt(t / mean) - (1 - v)) / std::sqrt(v));
}

} // namespace

double fittedPercentile(double mean, double variance, double q) {
    if (!(mean > 0))
        return 0;
    if (!(variance > 0))
        return mean;
    const double scv = variance / (mean * mean);
    if (scv < 1)
        return gammaQuantile(mean, scv, q);
    const Hyper2 h = balancedHyperexponential(mean, scv);
    return percentileOfSurvival([&](double t) { return hyper2Survival(h, t); }, q, mean);
}

double fittedSurvival(double mean, double variance, double t) {
    if (t < 0)
        return 1;
    if (!(mean > 0))
        return 0;
    if (!(variance > 0))
        return t < mean ? 1 : 0;
    const double scv = variance / (mean * mean);
    if (scv < 1)
        return gammaSurvival(mean, scv, t);
    return hyper2Survival(balancedHyperexponential(mean, scv), t);
}

} // namespace studio::core::queueing
