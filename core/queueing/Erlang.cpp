#include "queueing/Erlang.h"

#include "queueing/Hypoexponential.h"
#include "queueing/Numerics.h"

#include <cmath>
#include <limits>

namespace studio::core::queueing {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

double erlangB(std::int64_t servers, double load) {
    if (!(load > 0))
        return 0;
    if (servers <= 0)
        return 1;
    // B(k) = a B(k-1) / (k + a B(k-1)), B(0) = 1: every step stays in [0, 1].
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
