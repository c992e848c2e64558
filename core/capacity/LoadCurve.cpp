#include "capacity/LoadCurve.h"

#include "capacity/ScaledSolve.h"

#include <algorithm>

namespace studio::core::capacity {

Result<std::vector<LoadPoint>> loadCurve(const Design& design, double factor,
                                         solver::RateBasis rates, int steps,
                                         const Catalog& catalog) {
    std::vector<LoadPoint> curve;
    const double step = 1.0 / std::max(1, steps - 1);
    for (int i = 1; i <= steps; ++i) {
        LoadPoint p;
        p.load = i * step;
        p.factor = p.load * factor;
        auto solved = solveScaled(design, p.factor, rates, catalog);
        if (!solved)
            return solved.problems();
        const solver::Solution& s = solved.value();
        p.offeredRate = offeredRate(s);
        // Beyond its sustainable rate a design answers no more than that (the excess queues
        // for ever or is dropped).
        p.throughput = std::min(p.offeredRate, s.capacity.sustainableRate.value);
        if (const solver::RequestResult* worst = worstRequest(s)) {
            p.worstClass = requestName(*worst);
            p.p50 = worst->p50.value;
            p.p99 = worst->p99.value;
        }
        curve.push_back(std::move(p));
    }
    return curve;
}

} // namespace studio::core::capacity
