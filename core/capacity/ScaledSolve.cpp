#include "capacity/ScaledSolve.h"

#include "capacity/DesignScaling.h"
#include "solver/Solver.h"

#include <algorithm>
#include <cmath>

namespace studio::core::capacity {

using solver::ComponentResult;
using solver::RequestResult;
using solver::Saturation;
using solver::Solution;

Result<Solution> solveScaled(const Design& design, double factor, solver::RateBasis rates,
                             const Catalog& catalog) {
    return solver::solveDesign(scaledDesign(design, factor), solver::SolveOptions{rates}, catalog);
}

const RequestResult* worstRequest(const Solution& solution) {
    const RequestResult* worst = nullptr;
    for (const RequestResult& r : solution.requests)
        if (!worst || r.p99.value > worst->p99.value)
            worst = &r;
    return worst;
}

std::string requestName(const RequestResult& request) {
    return request.client + "/" + request.requestClass;
}

double offeredRate(const Solution& solution) {
    double total = 0;
    for (const RequestResult& r : solution.requests)
        total += r.arrivalRate;
    return total;
}

const ComponentResult* saturatedComponent(const Solution& solution) {
    const ComponentResult* found = nullptr;
    for (const ComponentResult& c : solution.components) {
        if (!c.carriesTraffic || c.saturation == Saturation::None)
            continue;
        if (c.saturation == Saturation::Overloaded)
            return &c;
        if (!found)
            found = &c;
    }
    return found;
}

double droppedShare(const Solution& solution) {
    const double offered = offeredRate(solution);
    if (!(offered > 0))
        return 0;
    double lost = 0;
    for (const ComponentResult& c : solution.components)
        if (c.carriesTraffic)
            lost += c.dropRate.value;
    return std::min(1.0, lost / offered);
}

bool meetsTarget(const Solution& solution, double p99, std::optional<double> errorRate) {
    for (const RequestResult& r : solution.requests)
        if (!(std::isfinite(r.p99.value) && r.p99.value <= p99))
            return false;
    if (saturatedComponent(solution))
        return false;
    return !errorRate || droppedShare(solution) <= *errorRate;
}

} // namespace studio::core::capacity
