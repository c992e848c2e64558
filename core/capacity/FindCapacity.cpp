#include "capacity/FindCapacity.h"

#include "capacity/DesignScaling.h"
#include "capacity/LoadCurve.h"
#include "capacity/ScaleSearch.h"
#include "capacity/ScaledSolve.h"
#include "capacity/SimulatedCheck.h"

#include <algorithm>
#include <cmath>

namespace studio::core::capacity {

namespace {

constexpr const char* kContext = "Capacity";

Problems targetProblems(const SloTarget& target) {
    Problems problems;
    if (!(std::isfinite(target.p99) && target.p99 > 0))
        problems.push_back(makeProblem("", kContext,
                                       SDS_TRANSLATE_NOOP("Capacity", "the p99 target must be a "
                                                                      "positive number of "
                                                                      "seconds, not %1"),
                                       {formatNumber(target.p99)}));
    if (target.errorRate && !(*target.errorRate >= 0 && *target.errorRate <= 1))
        problems.push_back(makeProblem(
            "", kContext,
            SDS_TRANSLATE_NOOP("Capacity", "the error-rate target must be a fraction from 0 to "
                                           "1, not %1"),
            {formatNumber(*target.errorRate)}));
    return problems;
}

// What doubling the bottleneck buys: the search again from the answer, on the bigger design.
Result<std::optional<ScalingAdvice>> adviceFor(const Design& design, const ScaleSearch& found,
                                               const SearchSettings& settings,
                                               const Catalog& catalog) {
    const auto count = growableCount(design, found.bottleneck, catalog);
    if (!count)
        return std::optional<ScalingAdvice>{};
    ScalingAdvice advice;
    advice.component = found.bottleneck;
    advice.property = count->property;
    advice.from = count->value;
    advice.to = std::min(2 * count->value, count->maximum);
    if (advice.to > advice.from) {
        SearchSettings again = settings;
        again.start = found.factor;
        auto after = searchScale(withCount(design, advice.component, advice.property, advice.to),
                                 again, catalog);
        if (!after)
            return after.problems();
        advice.after = std::move(after).value();
    }
    return std::optional<ScalingAdvice>(std::move(advice));
}

} // namespace

Result<CapacityReport> findCapacity(const Design& design, const CapacityOptions& options,
                                    const Catalog& catalog) {
    if (Problems problems = targetProblems(options.target); !problems.empty())
        return problems;
    CapacityReport report;
    report.target = options.target;
    report.rates = options.rates;
    auto base = solveScaled(design, 1, options.rates, catalog);
    if (!base)
        return base.problems();
    report.baseRate = offeredRate(base.value());

    SearchSettings settings;
    settings.p99 = options.target.p99;
    settings.errorRate = options.target.errorRate;
    settings.rates = options.rates;
    settings.precision = options.precision;
    auto found = searchScale(design, settings, catalog);
    if (!found)
        return found.problems();
    report.found = std::move(found).value();
    const auto stopped = [&] {
        report.cancelled = options.observer && options.observer->cancelled();
        return report.cancelled;
    };
    if (stopped())
        return report;

    auto advice = adviceFor(design, report.found, settings, catalog);
    if (!advice)
        return advice.problems();
    report.scaling = std::move(advice).value();
    if (stopped())
        return report;

    auto curve = loadCurve(design, report.found.factor, options.rates, 11, catalog);
    if (!curve)
        return curve.problems();
    report.curve = std::move(curve).value();

    if (options.simulate && !stopped()) {
        report.simulated =
            simulateAround(design, report.found.factor, options, {0.9, 1.0, 1.1}, catalog);
        stopped();
    }
    return report;
}

} // namespace studio::core::capacity
