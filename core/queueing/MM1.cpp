#include "queueing/MM1.h"

#include <cmath>
#include <limits>

namespace studio::core::queueing {

MM1Metrics mm1(double arrivalRate, double serviceRate) {
    MM1Metrics m;
    m.arrivalRate = arrivalRate;
    m.serviceRate = serviceRate;
    m.utilisation = arrivalRate / serviceRate;
    if (m.utilisation >= 1) {
        constexpr double inf = std::numeric_limits<double>::infinity();
        m.stable = false;
        m.meanWait = m.meanResponse = m.meanQueueLength = m.meanInSystem = inf;
        return m;
    }
    const double rho = m.utilisation;
    m.meanResponse = 1 / (serviceRate - arrivalRate);
    m.meanWait = rho * m.meanResponse;
    m.meanInSystem = rho / (1 - rho);
    m.meanQueueLength = rho * m.meanInSystem;
    return m;
}

double mm1ResponsePercentile(const MM1Metrics& m, double q) {
    if (!m.stable)
        return std::numeric_limits<double>::infinity();
    return -std::log1p(-q) / (m.serviceRate - m.arrivalRate);
}

} // namespace studio::core::queueing
