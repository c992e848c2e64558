#include "queueing/Erlang.h"

#include "queueing/Hypoexponential.h"
#include "queueing/Numerics.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace studio::core::queueing {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1: every step stays in [0, 1]. O(servers).
double erlangBRecurrence(std::int64_t servers, double load) {
    double b = 1;
    for (std::int64_t k = 1; k <= servers; ++k) {
        b = load * b / (static_cast<double>(k) + load * b);
        if (load * b < 1e-17 * static_cast<double>(k) && static_cast<double>(k) > load + 1 &&
            k < servers) {
            // From here B(j) = B(j-1) a / (j + a B(j-1)) differs from B(j-1) a / j by less
            // than a relative 1e-17 per step, and ever less: finish in log space.
            const double logB = std::log(b) + static_cast<double>(servers - k) * std::log(load) -
                                (std::lgamma(static_cast<double>(servers) + 1) -
                                 std::lgamma(static_cast<double>(k) + 1));
            return std::exp(logB);
        }
    }
    return b;
}

// Over c servers, B = P(N = c) / P(N <= c) for N Poisson with mean a; and
// 1 / B = sum_{j=0..c} t_j with t_0 = 1, t_j = t_{j-1} (c - j + 1) / a. For c beyond
// kExactServers, log(c!) and a log(c) are huge (2.4e12 at c = 1e11), so the logs below come
// from Stirling's series (error below 1e-20 there), with the large parts cancelled by hand.

// log P(N = c) for N Poisson with mean a.
double logPoissonPmf(double c, double a) {
    const double d = (a - c) / c;
    return c * (std::log1p(d) - d) - 0.5 * std::log(2 * std::numbers::pi * c) - 1 / (12 * c) +
           1 / (360 * c * c * c);
}

// log t_x for a real x in [0, c]: log(c! / ((c - x)! a^x)).
double logTerm(double c, double a, double x) {
    const double y = c - x;
    if (y < 100) // far down the tail; lgamma's cancellation no longer matters there
        return std::lgamma(c + 1) - std::lgamma(y + 1) - x * std::log(a);
    return -(y + 0.5) * std::log1p(-x / c) - x * std::log1p((a - c) / c) - x + 1 / (12 * c) -
           1 / (12 * y);
}

// Load at most c: P(N <= c) = P(Gamma(c + 1) > a) by Wilson and Hilferty's cube-root normal
// approximation of the gamma distribution, here a central or upper probability, so its
// relative error is below 1e-5 for c above kExactServers (tested against the recurrence).
double erlangBLight(double c, double a) {
    const double k = c + 1;
    const double z = (std::cbrt(a / k) - (1 - 1 / (9 * k))) * 3 * std::sqrt(k);
    return std::exp(logPoissonPmf(c, a)) / normalCdf(-z);
}

// Load above c, with c / a at most kSeriesRatio: the terms fall at least geometrically, so
// summing them to 1e-17 takes at most about 4,000 steps. Exact.
double erlangBSeries(double c, double a) {
    double sum = 0;
    double term = 1;
    for (double j = 0; j <= c && term > 1e-17 * sum; ++j) {
        sum += term;
        term *= (c - j) / a;
    }
    return 1 / sum;
}

// Load just above c: the terms fall slowly but smoothly (over about sqrt(c) or
// a / (a - c) steps, both in the hundreds at least), so the sum is their integral plus
// Euler and Maclaurin's end corrections, by Simpson's rule on a fine grid.
double erlangBIntegral(double c, double a) {
    // Where the terms fall below 1e-18: log t_x is concave and decreasing.
    double hi = 1;
    while (hi < c && logTerm(c, a, hi) > -41.5)
        hi = std::min(c, 2 * hi);
    constexpr int kIntervals = 4096; // even
    const double h = hi / kIntervals;
    double integral = 0;
    for (int i = 0; i <= kIntervals; ++i) {
        const double weight = i == 0 || i == kIntervals ? 1 : (i % 2 ? 4 : 2);
        integral += weight * std::exp(logTerm(c, a, i * h));
    }
    integral *= h / 3;
    const double endValue = std::exp(logTerm(c, a, hi));
    // t'(x) = t(x) (digamma(c - x + 1) - log a); digamma(y + 1) ~ log(y + 1/2).
    const auto slope = [&](double x, double value) {
        return value * (std::log(c - x + 0.5) - std::log(a));
    };
    return 1 / (integral + (1 + endValue) / 2 + (slope(hi, endValue) - slope(0, 1)) / 12);
}

constexpr double kSeriesRatio = 0.99;

} // namespace

double erlangB(std::int64_t servers, double load) {
    if (!(load > 0))
        return 0;
    if (servers <= 0)
        return 1;
    if (servers <= kExactServers)
        return erlangBRecurrence(servers, load);
    const double c = static_cast<double>(servers);
    if (load <= c)
        return erlangBLight(c, load);
    if (c / load <= kSeriesRatio)
        return erlangBSeries(c, load);
    return erlangBIntegral(c, load);
}

bool erlangBIsApproximate(std::int64_t servers, double load) {
    return servers > kExactServers && load > 0 &&
           (load <= static_cast<double>(servers) ||
            static_cast<double>(servers) / load > kSeriesRatio);
}

double erlangBExact(std::int64_t servers, double load) {
    if (!(load > 0))
        return 0;
    if (servers <= 0)
        return 1;
    return erlangBRecurrence(servers, load);
}

double erlangC(std::int64_t servers, double load) {
    if (!(load > 0))
        return 0;
    const double rho = load / static_cast<double>(servers);
    if (rho >= 1)
        return 1;
    const double b = erlangB(servers, load);
    return b / (1 - rho * (1 - b));
}

LossMetrics erlangLoss(std::int64_t servers, double load) {
    LossMetrics m;
    m.blocking = erlangB(servers, load);
    m.carriedLoad = load * (1 - m.blocking);
    m.utilisation = servers > 0 ? m.carriedLoad / static_cast<double>(servers) : 0;
    m.approximate = erlangBIsApproximate(servers, load);
    return m;
}

MMcMetrics mmc(std::int64_t servers, double arrivalRate, double serviceRate) {
    MMcMetrics m;
    m.servers = servers;
    m.arrivalRate = arrivalRate;
    m.serviceRate = serviceRate;
    const double c = static_cast<double>(servers);
    const double load = arrivalRate / serviceRate;
    m.utilisation = load / c;
    if (m.utilisation >= 1) {
        m.stable = false;
        m.probabilityOfWait = 1;
        m.meanWait = m.meanResponse = m.meanQueueLength = m.meanInSystem = kInf;
        return m;
    }
    m.probabilityOfWait = erlangC(servers, load);
    m.approximate = erlangBIsApproximate(servers, load);
    m.meanWait = m.probabilityOfWait / (c * serviceRate - arrivalRate);
    m.meanResponse = m.meanWait + 1 / serviceRate;
    m.meanQueueLength = arrivalRate * m.meanWait;
    m.meanInSystem = arrivalRate * m.meanResponse;
    return m;
}

double mmcWaitSurvival(const MMcMetrics& m, double t) {
    if (!m.stable)
        return 1;
    if (t < 0)
        return 1;
    const double theta = static_cast<double>(m.servers) * m.serviceRate - m.arrivalRate;
    return m.probabilityOfWait * std::exp(-theta * t);
}

double mmcResponseSurvival(const MMcMetrics& m, double t) {
    if (!m.stable)
        return 1;
    if (t <= 0)
        return 1;
    const double mu = m.serviceRate;
    const double theta = static_cast<double>(m.servers) * mu - m.arrivalRate;
    const double rates[] = {mu, theta};
    return (1 - m.probabilityOfWait) * std::exp(-mu * t) +
           m.probabilityOfWait * hypoexponentialSurvival(rates, t);
}

double mmcResponsePercentile(const MMcMetrics& m, double q) {
    if (!m.stable)
        return kInf;
    return percentileOfSurvival([&](double t) { return mmcResponseSurvival(m, t); }, q,
                                m.meanResponse);
}

} // namespace studio::core::queueing
