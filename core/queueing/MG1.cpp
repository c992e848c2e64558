#include "queueing/MG1.h"

#include "queueing/Erlang.h"

#include <limits>

namespace studio::core::queueing {

namespace {

void finish(MGcMetrics& m, double arrivalRate, double meanService) {
    m.meanResponse = m.meanWait + meanService;
    m.meanQueueLength = arrivalRate * m.meanWait;
    m.meanInSystem = arrivalRate * m.meanResponse;
}

MGcMetrics unstable(double rho, bool approximate) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    MGcMetrics m;
    m.stable = false;
    m.approximate = approximate;
    m.utilisation = rho;
    m.probabilityOfWait = 1;
    m.meanWait = m.meanResponse = m.meanQueueLength = m.meanInSystem = inf;
    return m;
}

} // namespace

MGcMetrics mg1(double arrivalRate, double meanService, double serviceScv) {
    const double rho = arrivalRate * meanService;
    if (rho >= 1)
        return unstable(rho, false);
    MGcMetrics m;
    m.utilisation = rho;
    m.probabilityOfWait = rho;
    m.meanWait = rho * (1 + serviceScv) * meanService / (2 * (1 - rho));
    finish(m, arrivalRate, meanService);
    return m;
}

MGcMetrics allenCunneen(std::int64_t servers, double arrivalRate, double meanService,
                        double arrivalScv, double serviceScv) {
    const double c = static_cast<double>(servers);
    const double rho = arrivalRate * meanService / c;
    if (rho >= 1)
        return unstable(rho, true);
    MGcMetrics m;
    m.approximate = true;
    m.utilisation = rho;
    m.probabilityOfWait = erlangC(servers, arrivalRate * meanService);
    const double mmcWait =
        meanService > 0 ? m.probabilityOfWait * meanService / (c * (1 - rho)) : 0;
    m.meanWait = mmcWait * (arrivalScv + serviceScv) / 2;
    finish(m, arrivalRate, meanService);
    return m;
}

} // namespace studio::core::queueing
