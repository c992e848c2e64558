#include "solver/RequirementChecks.h"

namespace studio::core::solver {

namespace {

// The slowest p99 among the requests whose class is `name` (any when empty).
bool worstP99(const Solution& s, const std::string& name, RequirementResult& r) {
    bool any = false;
    for (const RequestResult& request : s.requests) {
        if (!name.empty() && request.requestClass != name)
            continue;
        if (!any || request.p99.value > r.actual.value) {
            r.actual = request.p99;
            r.worst = request.client + "/" + request.requestClass;
        }
        any = true;
    }
    r.met = any && r.actual.value <= r.target;
    return any;
}

} // namespace

void checkRequirements(const Requirements& requirements, Solution& out) {
    if (requirements.p99Latency) {
        RequirementResult r;
        r.kind = RequirementKind::P99Latency;
        r.target = *requirements.p99Latency;
        if (worstP99(out, {}, r))
            out.requirements.push_back(r);
    }
    for (const auto& [name, target] : requirements.p99LatencyByClass) {
        RequirementResult r;
        r.kind = RequirementKind::P99LatencyForClass;
        r.requestClass = name;
        r.target = target;
        if (worstP99(out, name, r))
            out.requirements.push_back(r);
    }
    if (requirements.availability) {
        RequirementResult r;
        r.kind = RequirementKind::Availability;
        r.target = *requirements.availability;
        r.actual = out.availability;
        r.met = r.actual.value >= r.target;
        out.requirements.push_back(r);
    }
    if (requirements.throughput) {
        RequirementResult r;
        r.kind = RequirementKind::Throughput;
        r.target = *requirements.throughput;
        r.actual = out.capacity.sustainableRate;
        r.met = r.actual.value >= r.target;
        out.requirements.push_back(r);
    }
}

} // namespace studio::core::solver
