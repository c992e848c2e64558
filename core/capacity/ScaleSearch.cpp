#include "capacity/ScaleSearch.h"

#include "capacity/DesignScaling.h"
#include "capacity/ScaledSolve.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace studio::core::capacity {

namespace {

using solver::Solution;

constexpr const char* kContext = "Capacity";

// A figure in a message: three significant digits are what a person acts on.
std::string shown(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", v);
    return formatNumber(std::strtod(text, nullptr));
}

// `solution` at `factor` read as the search's answer; `above` is the first factor that
// failed, for what limits it.
ScaleSearch answer(double factor, const Solution& at, const Solution& above, double p99) {
    ScaleSearch s;
    s.factor = factor;
    s.offeredRate = offeredRate(at);
    s.droppedShare = droppedShare(at);
    if (const solver::RequestResult* worst = worstRequest(at)) {
        s.worstP99 = worst->p99.value;
        s.worstClass = requestName(*worst);
    }
    s.bottleneck = at.capacity.bottleneck;
    s.bottleneckUtilisation = at.capacity.bottleneckUtilisation.value;
    if (const solver::ComponentResult* c = saturatedComponent(above)) {
        s.limit = Limit::Saturation;
        s.saturated = c->id;
    } else if (meetsTarget(above, p99)) {
        s.limit = Limit::ErrorRate;
    }
    return s;
}

Problem unreachable(const SearchSettings& settings, const Solution& lowest) {
    if (settings.errorRate && meetsTarget(lowest, settings.p99))
        return makeProblem(
            "", kContext,
            SDS_TRANSLATE_NOOP("Capacity",
                               "no load meets an error rate of %1: even at almost none (%2 "
                               "req/s) a share of %3 of the requests is dropped or rejected"),
            {formatNumber(*settings.errorRate), shown(offeredRate(lowest)),
             shown(droppedShare(lowest))});
    const double p99 = settings.p99;
    const solver::RequestResult* worst = worstRequest(lowest);
    return makeProblem("", kContext,
                       SDS_TRANSLATE_NOOP("Capacity",
                                          "no load meets a p99 of %1 s: even at almost none "
                                          "(%2 req/s) the p99 of %3 is %4 s; the target must "
                                          "be above what the requests take on an idle system"),
                       {formatNumber(p99), shown(offeredRate(lowest)),
                        worst ? requestName(*worst) : std::string("?"),
                        worst ? shown(worst->p99.value) : std::string("?")});
}

Problem unbounded(double p99, const Solution& highest) {
    return makeProblem("", kContext,
                       SDS_TRANSLATE_NOOP("Capacity",
                                          "every load up to the most the file format allows "
                                          "(%1 req/s) meets a p99 of %2 s with no component "
                                          "saturated: the design sheds its excess load (a rate "
                                          "limiter rejects it) instead of queueing it"),
                       {shown(offeredRate(highest)), formatNumber(p99)});
}

} // namespace

Result<ScaleSearch> searchScale(const Design& design, const SearchSettings& settings,
                                const Catalog& catalog) {
    const FactorRange range = factorRange(design);
    auto solve = [&](double factor) {
        return solveScaled(design, factor, settings.rates, catalog);
    };
    auto meets = [&](const Solution& s) {
        return meetsTarget(s, settings.p99, settings.errorRate);
    };
    const double start = std::clamp(settings.start, range.low, range.high);
    auto first = solve(start);
    if (!first)
        return first.problems();
    // Invariant once bracketed: the target is met at `lo` and missed at `hi`.
    double lo = 0, hi = 0;
    Solution atLo, atHi;
    if (meets(first.value())) {
        lo = start;
        atLo = std::move(first).value();
        while (true) {
            if (lo >= range.high)
                return unbounded(settings.p99, atLo);
            const double f = std::min(2 * lo, range.high);
            auto probe = solve(f);
            if (!probe)
                return probe.problems();
            if (!meets(probe.value())) {
                hi = f;
                atHi = std::move(probe).value();
                break;
            }
            lo = f;
            atLo = std::move(probe).value();
        }
    } else {
        hi = start;
        atHi = std::move(first).value();
        while (true) {
            if (hi <= range.low)
                return unreachable(settings, atHi);
            const double f = std::max(0.5 * hi, range.low);
            auto probe = solve(f);
            if (!probe)
                return probe.problems();
            if (meets(probe.value())) {
                lo = f;
                atLo = std::move(probe).value();
                break;
            }
            hi = f;
            atHi = std::move(probe).value();
        }
    }
    while (hi - lo > settings.precision * lo) {
        const double mid = 0.5 * (lo + hi);
        auto probe = solve(mid);
        if (!probe)
            return probe.problems();
        if (meets(probe.value())) {
            lo = mid;
            atLo = std::move(probe).value();
        } else {
            hi = mid;
            atHi = std::move(probe).value();
        }
    }
    return answer(lo, atLo, atHi, settings.p99);
}

} // namespace studio::core::capacity
