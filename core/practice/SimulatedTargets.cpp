#include "practice/SimulatedTargets.h"

#include "capacity/DesignScaling.h"
#include "practice/TargetChecks.h"
#include "sim/Simulation.h"

#include <limits>

namespace studio::core::practice {

namespace {

using solver::RequirementKind;

SimulatedTarget judge(const solver::RequirementResult& target, const sim::SimulationResult& run) {
    SimulatedTarget t;
    t.kind = target.kind;
    t.requestClass = target.requestClass;
    t.target = target.target;
    bool any = false;
    for (const sim::RequestStats& q : run.requests) {
        if (t.kind == RequirementKind::P99LatencyForClass && q.requestClass != t.requestClass)
            continue;
        sim::Interval p99 = q.p99;
        if (p99.replications == 0 && q.arrived > 0) // nothing answered in time: no finite p99
            p99.mean = std::numeric_limits<double>::infinity();
        if (!any || p99.mean > t.p99.mean) {
            t.p99 = p99;
            t.worst = q.client + "/" + q.requestClass;
        }
        any = true;
    }
    if (!any) {
        t.reason = Message{"Practice",
                           SDS_TRANSLATE_NOOP("Practice", "no request class %1 was simulated"),
                           {t.requestClass}};
        return t;
    }
    t.met = t.p99.mean <= t.target;
    t.decided = !t.p99.contains(t.target);
    return t;
}

} // namespace

SimulatedChecks simulateTargets(const Design& judged, double loadFactor,
                                const ScoreOptions& options, const Catalog& catalog) {
    SimulatedChecks checks;
    checks.requests = options.simulationRequests;
    checks.replications = options.simulationReplications;
    checks.seed = options.seed;
    sim::SimulationOptions run;
    run.requests = options.simulationRequests;
    run.replications = options.simulationReplications;
    run.seed = options.seed;
    run.threads = options.threads;
    const auto simulated =
        sim::simulateDesign(capacity::scaledDesign(judged, loadFactor), run, nullptr, catalog);
    if (!simulated) {
        const Problem& first = simulated.problems().front();
        checks.problem = Message{
            "Practice", SDS_TRANSLATE_NOOP("Practice", "not simulated: %1"), {first.text()}};
        return checks;
    }
    checks.ran = true;
    for (const solver::RequirementResult& target : targetsOf(judged.requirements))
        if (target.kind == RequirementKind::P99Latency ||
            target.kind == RequirementKind::P99LatencyForClass)
            checks.targets.push_back(judge(target, simulated.value()));
    return checks;
}

} // namespace studio::core::practice
