#include "capacity/SimulatedCheck.h"

#include "capacity/DesignScaling.h"
#include "sim/Simulation.h"
#include "util/ReadableNumber.h"

#include <cmath>
#include <limits>

namespace studio::core::capacity {

namespace {

// The run's figures read against the target.
void judge(const sim::SimulationResult& r, const SloTarget& target, SimulatedPoint& p) {
    std::uint64_t failed = 0, finished = 0;
    bool first = true;
    p.measured = r.measured;
    for (const sim::RequestStats& q : r.requests) {
        // Every request of the class still on its way when the run ended: its latency is
        // longer than the run, whose length is set in requests (a design at millions of
        // requests a second runs for milliseconds).
        if (q.arrived > 0 && q.arrived == q.inFlight && !p.problem)
            p.problem = makeProblem(
                "", "Capacity",
                SDS_TRANSLATE_NOOP("Capacity",
                                   "the run ended (%1 simulated after the warm-up) before "
                                   "any request of %2 was answered: too short for its latency"),
                {readableSeconds(r.measured).text(), q.client + "/" + q.requestClass});
        p.arrivalRate += q.arrivalRate.mean;
        failed += q.dropped + q.rejected + q.timedOut;
        finished += q.arrived - q.inFlight;
        sim::Interval p99 = q.p99;
        if (p99.replications == 0 && q.arrived > 0) // nothing answered in time: no finite p99
            p99.mean = std::numeric_limits<double>::infinity();
        if (first || p99.mean > p.p99.mean) {
            p.p99 = p99;
            p.worstClass = q.client + "/" + q.requestClass;
            first = false;
        }
    }
    for (const sim::ComponentStats& c : r.components)
        if (c.station && c.arrivals > 0 &&
            (p.busiest.empty() || c.utilisation.mean > p.busiestUtilisation.mean)) {
            p.busiest = c.id;
            p.busiestUtilisation = c.utilisation;
        }
    p.errorRate = finished > 0 ? static_cast<double>(failed) / static_cast<double>(finished) : 0;
    p.meetsP99 = p.p99.mean <= target.p99;
    p.p99Decided = !p.p99.contains(target.p99);
    p.meetsErrorRate = !target.errorRate || p.errorRate <= *target.errorRate;
}

} // namespace

std::vector<SimulatedPoint> simulateAround(const Design& design, double factor,
                                           const CapacityOptions& options,
                                           const std::vector<double>& loads,
                                           const Catalog& catalog) {
    sim::SimulationOptions run;
    run.requests = options.simulationRequests;
    run.replications = options.simulationReplications;
    run.seed = options.seed;
    run.threads = options.threads;
    run.rates = options.rates;
    std::vector<SimulatedPoint> points;
    for (double load : loads) {
        SimulatedPoint p;
        p.load = load;
        p.factor = load * factor;
        const auto simulated =
            sim::simulateDesign(scaledDesign(design, p.factor), run, options.observer, catalog);
        if (simulated && simulated.value().cancelled)
            break; // stopped: no verdict from a run cut short
        p.ran = simulated.ok();
        if (simulated)
            judge(simulated.value(), options.target, p);
        else
            p.problem = simulated.problems().front();
        points.push_back(std::move(p));
    }
    return points;
}

} // namespace studio::core::capacity
