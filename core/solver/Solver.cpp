#include "solver/Solver.h"

#include "queueing/Erlang.h"
#include "queueing/MomentFit.h"
#include "solver/Availability.h"
#include "solver/Capacity.h"
#include "solver/ClosedWorkloads.h"
#include "solver/RequirementChecks.h"
#include "solver/Results.h"

#include <algorithm>
#include <cmath>

namespace studio::core::solver {

namespace {

constexpr const char* kContext = "Solver";

void note(Solution& s, const char* text, std::vector<std::string> args = {}) {
    s.notes.push_back(Message{kContext, text, std::move(args)});
}

std::string percent(double fraction) {
    return formatNumber(std::round(fraction * 1000) / 10) + "%";
}

// A closed workload's figures: MVA's means, the open model's spread around them (or an
// exponential spread where the open model, unlike a closed loop, would saturate).
void applyClosed(const Network& net, const std::vector<ClosedResult>& closed,
                 const ClosedStations& stations, Solution& s) {
    for (std::size_t i = 0; i < closed.size(); ++i) {
        if (!closed[i].closed)
            continue;
        RequestResult& r = s.requests[i];
        const double mean = closed[i].meanResponse;
        const double variance = std::isfinite(r.p99.value)
                                    ? std::pow(std::max(0.0, r.p99.value - r.mean.value) / 2.33, 2)
                                    : mean * mean;
        r.mean = {mean, closed[i].approximate};
        r.p50 = {queueing::fittedPercentile(mean, variance, 0.50), true};
        r.p95 = {queueing::fittedPercentile(mean, variance, 0.95), true};
        r.p99 = {queueing::fittedPercentile(mean, variance, 0.99), true};
    }
    const std::size_t classes = net.classCount();
    for (std::size_t n = 0; n < stations.visited.size(); ++n) {
        if (!stations.visited[n] || !net.nodes[n].station)
            continue;
        ComponentResult& c = s.components[n];
        for (Figure* f : {&c.meanWait, &c.meanResponse, &c.p99Response, &c.meanWithCalls})
            f->approximate = true;
        if (stations.shared[n])
            continue;
        // Only closed users reach it: a closed loop never saturates; MVA's figures stand.
        double service = 0;
        double rate = 0;
        for (const ClassLoad& load : c.classes) {
            for (std::size_t k = 0; k < classes; ++k)
                if (net.classes[k].name == load.requestClass &&
                    net.classes[k].operation == load.operation)
                    service += load.arrivalRate * net.serviceMean[n * classes + k];
            rate += load.arrivalRate;
        }
        const double visit = stations.visitTime[n];
        c.meanResponse = {visit, true};
        c.meanWait = {std::max(0.0, visit - (rate > 0 ? service / rate : 0)), true};
        c.p99Response = {queueing::fittedPercentile(visit, visit * visit, 0.99), true};
        if (!std::isfinite(c.meanWithCalls.value))
            c.meanWithCalls = {visit, true};
        // At most `population` requests are ever in a closed loop: no queue grows for ever.
        c.saturation = Saturation::None;
        c.saturatedBecauseOf.clear();
        c.utilisation = {
            std::min(1.0, std::max(stations.utilisation[n],
                                   std::isfinite(c.utilisation.value) ? c.utilisation.value : 1.0)),
            c.utilisation.approximate || !std::isfinite(c.utilisation.value)};
    }
}

// Rates downstream of an approximation are approximate: callers first.
void markApproximateRates(const Network& net, const Routing& routing,
                          const std::vector<ClosedResult>& closed, Solution& s) {
    const std::size_t classes = routing.classes;
    std::vector<char> tainted(net.nodes.size(), 0);
    for (std::size_t i = 0; i < closed.size(); ++i) {
        if (closed[i].closed && closed[i].approximate) {
            tainted[net.entries[i].client] = 1;
            s.requests[i].arrivalApproximate = true;
        }
    }
    for (std::uint32_t n : routing.globalOrder) {
        ComponentResult& c = s.components[n];
        for (std::uint32_t e : net.incoming[n]) {
            const std::uint32_t from = net.edges[e].from;
            bool carries = false;
            for (std::size_t k = 0; k < classes; ++k)
                carries = carries || routing.factor[e * classes + k] > 0;
            if (carries && (tainted[from] || s.components[from].dropRate.approximate))
                tainted[n] = 1;
        }
        c.arrivalApproximate = tainted[n] != 0;
    }
}

// Whether some request of n runs two calls of one step at once.
bool hasParallelCalls(const Network& net, const Routing& r, std::uint32_t n) {
    for (std::uint32_t s = r.firstStep[n]; s < r.firstStep[n + 1]; ++s)
        for (std::size_t k = 0; k < r.classes; ++k)
            for (std::size_t state = 0; state < 3; ++state) {
                if (!(r.before[s * r.classes + k][state] > 0))
                    continue;
                int calls = 0;
                for (std::uint32_t e = r.steps[s].begin; e < r.steps[s].end; ++e) {
                    const CallCondition when = net.edges[e].when;
                    calls += net.admits(e, k) && (when == CallCondition::Always ||
                                                  (when == CallCondition::Miss && state == kMiss) ||
                                                  (when == CallCondition::Hit && state == kHit));
                }
                if (calls > 1)
                    return true;
            }
    return false;
}

double offeredLoad(const StationResult& s) {
    double peak = 0;
    for (int g = 0; g < s.groups; ++g)
        peak = std::max(peak, s.group[g].offered);
    return peak;
}

void describe(const Network& net, const Routing& routing, const Workspace& ws, bool convergedLoads,
              Solution& s) {
    note(s, s.rates == RateBasis::Peak
                ? SDS_TRANSLATE_NOOP("Solver", "rates at the peak: each client's rate x its peak "
                                               "factor")
                : SDS_TRANSLATE_NOOP("Solver", "rates at the average: each client's rate"));
    if (!convergedLoads)
        note(s, SDS_TRANSLATE_NOOP("Solver",
                                   "the loads did not settle (drops and loads feed each other): "
                                   "the figures are the last round's"));
    bool parallel = false;
    for (std::size_t n = 0; n < net.nodes.size(); ++n) {
        const ComponentResult& c = s.components[n];
        if (!c.carriesTraffic)
            continue;
        const Node& node = net.nodes[n];
        if (c.spreading == SpreadingModel::RoundRobin)
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1: round robin over %2 instances is approximated "
                                              "(Allen-Cunneen, with Erlang gaps between arrivals)"),
                 {c.id, std::to_string(node.instances)});
        if (c.spreading == SpreadingModel::LeastConnections)
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1: least connections is approximated as one shared "
                                              "queue of %2 workers"),
                 {c.id, std::to_string(node.instances * node.workers)});
        if (node.holds && std::any_of(ws.downstream.begin() + n * net.classCount(),
                                      ws.downstream.begin() + (n + 1) * net.classCount(),
                                      [](const PathLatency& d) { return d.total() > 0; }))
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1 holds a worker while its calls are out: a "
                                              "worker is busy for its own service plus their "
                                              "response time (an M/G/c approximation)"),
                 {c.id});
        const StationResult& station = ws.stations[n];
        for (int g = 0; g < station.groups; ++g) {
            const StationGroup& group = station.group[g];
            const double load = group.offered * static_cast<double>(group.servers);
            if (group.stable && queueing::erlangBIsApproximate(group.servers, load)) {
                note(s,
                     SDS_TRANSLATE_NOOP("Solver", "%1: %2 workers at one queue are too many for "
                                                  "Erlang's exact recursion: its waits come from "
                                                  "an approximation (within 1e-5)"),
                     {c.id, std::to_string(group.servers)});
                break;
            }
        }
        parallel = parallel || hasParallelCalls(net, routing, static_cast<std::uint32_t>(n));
        switch (c.saturation) {
        case Saturation::Overloaded:
            if (node.queueLimited)
                note(s,
                     SDS_TRANSLATE_NOOP("Solver", "%1 is overloaded (offered utilisation %2): its "
                                                  "full queues drop %3 req/s"),
                     {c.id, percent(offeredLoad(ws.stations[n])),
                      formatNumber(std::round(c.dropRate.value * 10) / 10)});
            else
                note(s,
                     SDS_TRANSLATE_NOOP("Solver", "%1 is saturated (utilisation %2): requests "
                                                  "through it have no finite latency"),
                     {c.id, percent(c.utilisation.value)});
            break;
        case Saturation::WaitsOnCallee:
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1 holds its workers while it waits for %2, "
                                              "which is saturated: it saturates too"),
                 {c.id, c.saturatedBecauseOf});
            break;
        case Saturation::FedBySaturated:
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1 is reached only through saturated %2: its "
                                              "figures assume the offered load gets through"),
                 {c.id, c.saturatedBecauseOf});
            break;
        case Saturation::None:
            break;
        }
    }
    if (parallel)
        note(s, SDS_TRANSLATE_NOOP("Solver", "parallel calls wait for the slowest: its mean is "
                                             "approximated (Clark's normal approximation)"));
    for (const RequestResult& r : s.requests)
        if (r.closed)
            note(s,
                 SDS_TRANSLATE_NOOP("Solver", "%1/%2 is a closed workload: %3 req/s by mean value "
                                              "analysis"),
                 {r.client, r.requestClass, formatNumber(std::round(r.arrivalRate * 100) / 100)});
}

} // namespace

const ComponentResult* Solution::component(std::string_view id) const {
    for (const ComponentResult& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

const RequestResult* Solution::request(std::string_view client,
                                       std::string_view requestClass) const {
    for (const RequestResult& r : requests)
        if (r.client == client && r.requestClass == requestClass)
            return &r;
    return nullptr;
}

const HandoffResult* Solution::handoff(std::string_view link) const {
    for (const HandoffResult& h : handoffs)
        if (h.link == link)
            return &h;
    return nullptr;
}

Result<Solution> solveDesign(const Design& design, const SolveOptions& options,
                             const Catalog& catalog) {
    Result<Network> compiled = compileNetwork(design, catalog, options.rates);
    if (!compiled)
        return compiled.problems();
    Network& net = compiled.value();
    Result<Routing> planned = planRouting(net);
    if (!planned)
        return planned.problems();
    const Routing& routing = planned.value();

    Workspace ws;
    ClosedStations closedStations;
    const std::vector<ClosedResult> closed = solveClosedWorkloads(net, routing, ws, closedStations);
    const PassOutcome loads = solveLoads(net, routing, ws);

    Solution s;
    s.rates = options.rates;
    fillComponents(net, routing, ws, s);
    fillRequests(net, routing, ws, s);
    fillHandoffs(net, routing, ws, s);
    applyClosed(net, closed, closedStations, s);
    markApproximateRates(net, routing, closed, s);
    describe(net, routing, ws, loads.converged, s);
    s.capacity = computeCapacity(net, routing, ws, s); // reuses ws for its search
    computeAvailability(net, routing, s);
    if (!s.singlePointsOfFailureComplete)
        note(s, SDS_TRANSLATE_NOOP("Solver", "single points of failure are not named: the design "
                                             "has too many paths that every request must take"));
    checkRequirements(design.requirements, s);
    return s;
}

} // namespace studio::core::solver
