#include "solver/Evaluate.h"

#include <algorithm>
#include <cmath>

namespace studio::core::solver {

namespace {

bool admitsState(CallCondition when, std::size_t state) {
    return when == CallCondition::Always || (when == CallCondition::Miss && state == kMiss) ||
           (when == CallCondition::Hit && state == kHit);
}

// The link there and back plus what the callee takes.
PathLatency viaLink(Workspace& ws, const Edge& edge, std::size_t index) {
    return ws.pool.sum(ws.pool.constant(2 * edge.latency), ws.response[index]);
}

// What a request of class k waits for after node n's own service: its call steps in order
// (each the slowest of its parallel calls, given the `when` state) and the link it chooses.
PathLatency downstreamOf(const Network& net, const Routing& r, std::uint32_t n, std::size_t k,
                         Workspace& ws) {
    const std::size_t classes = r.classes;
    PathLatency total;
    for (std::uint32_t s = r.firstStep[n]; s < r.firstStep[n + 1]; ++s) {
        const StateProbabilities& p = r.before[s * classes + k];
        LatencyMixture mixture(ws.pool);
        for (std::size_t state = 0; state < 3; ++state) {
            if (!(p[state] > 0))
                continue;
            PathLatency slowest;
            for (std::uint32_t e = r.steps[s].begin; e < r.steps[s].end; ++e) {
                const Edge& edge = net.edges[e];
                if (!net.admits(e, k) || !admitsState(edge.when, state))
                    continue;
                slowest = ws.pool.maximum(slowest, viaLink(ws, edge, edge.to * classes + k));
            }
            mixture.add(p[state], slowest);
        }
        total = ws.pool.sum(total, mixture.result());
    }
    LatencyMixture chosen(ws.pool);
    for (std::uint32_t e = r.chooseBegin[n]; e < r.chooseEnd[n]; ++e) {
        const double share = r.chooseShare(net, e, k);
        if (share > 0)
            chosen.add(share, viaLink(ws, net.edges[e], net.edges[e].to * classes + k));
    }
    return ws.pool.sum(total, chosen.result());
}

PathLatency onMiss(LatencyPool& pool, double miss, const PathLatency& downstream) {
    if (miss >= 1)
        return downstream;
    LatencyMixture m(pool);
    m.add(1 - miss, PathLatency{});
    m.add(miss, downstream);
    return m.result();
}

void evaluateNode(const Network& net, const Routing& r, std::uint32_t n, double scale,
                  Workspace& ws) {
    const Node& node = net.nodes[n];
    const std::size_t classes = r.classes;
    if (!node.station && !node.source)
        return;
    bool any = false;
    for (std::size_t k = 0; k < classes; ++k) {
        const std::size_t i = n * classes + k;
        ClassDemand& d = ws.demands[i];
        d = ClassDemand{};
        d.rate = ws.rates[i] * scale;
        if (!(d.rate > 0)) {
            ws.downstream[i] = ws.sojourn[i] = ws.response[i] = PathLatency{};
            continue;
        }
        any = true;
        ws.downstream[i] = downstreamOf(net, r, n, k, ws);
        if (node.source) {
            ws.response[i] = ws.downstream[i];
            continue;
        }
        d.service = net.serviceMean[i];
        d.serviceScv = net.serviceScv[i];
        d.serviceExponential = net.serviceExponential[i] != 0;
        d.occupancy = d.service;
        d.occupancyVariance = d.service * d.service * d.serviceScv;
        if (node.holds) {
            const PathLatency held = onMiss(ws.pool, net.missFraction(n, k), ws.downstream[i]);
            d.occupancyInfinite = held.infinite;
            d.occupancy += held.infinite ? 0 : held.total();
            d.occupancyVariance += held.infinite ? 0 : held.variance;
            d.occupancyApproximate = held.approximateMean;
        }
    }
    if (node.source || !any) {
        ws.stations[n] = StationResult{};
        if (!node.source)
            solveStation(node, std::span(ws.demands).subspan(n * classes, classes), net.classes,
                         ws.stations[n]);
        return;
    }
    StationResult& station = ws.stations[n];
    solveStation(node, std::span(ws.demands).subspan(n * classes, classes), net.classes, station);
    for (std::size_t k = 0; k < classes; ++k) {
        const std::size_t i = n * classes + k;
        const ClassDemand& d = ws.demands[i];
        if (!(d.rate > 0))
            continue;
        const bool syncWrite = node.dataStore && node.syncReplication && node.replicas > 1 &&
                               net.classes[k].operation == Operation::Write;
        LatencyMixture own(ws.pool), answered(ws.pool);
        for (int g = 0; g < station.groups; ++g) {
            const StationGroup& group = station.group[g];
            const PathLatency one = groupSojourn(ws.pool, group, d);
            own.add(group.landing, one);
            if (syncWrite)
                answered.add(group.landing, ws.pool.maximumOfCopies(one, node.replicas));
        }
        ws.sojourn[i] = own.result();
        ws.response[i] = ws.pool.sum(syncWrite ? answered.result() : ws.sojourn[i],
                                     onMiss(ws.pool, net.missFraction(n, k), ws.downstream[i]));
    }
}

} // namespace

PassOutcome evaluatePass(const Network& net, const Routing& routing, double scale, Workspace& ws) {
    const std::size_t size = net.nodes.size() * routing.classes;
    ws.pool.clear();
    ws.demands.resize(size);
    ws.downstream.assign(size, PathLatency{});
    ws.sojourn.assign(size, PathLatency{});
    ws.response.assign(size, PathLatency{});
    ws.stations.resize(net.nodes.size());
    if (!routing.acyclic)
        ws.previous.assign(size, 0);
    PassOutcome outcome;
    const int limit = routing.acyclic ? 1 : 200;
    for (int iteration = 0; iteration < limit; ++iteration) {
        outcome.iterations = iteration + 1;
        if (!routing.acyclic)
            ws.pool.clear(); // every response is recomputed from the previous pass's means
        for (auto it = routing.globalOrder.rbegin(); it != routing.globalOrder.rend(); ++it)
            evaluateNode(net, routing, *it, scale, ws);
        if (routing.acyclic)
            break;
        // Gauss-Seidel over a cycle between classes: stop when no mean moves.
        double change = 0;
        for (std::size_t i = 0; i < size; ++i) {
            const double now = ws.response[i].total();
            const double before = ws.previous[i];
            if (std::isfinite(now) || std::isfinite(before))
                change =
                    std::max(change, std::fabs(now - before) / std::max(1e-12, std::fabs(now)));
            ws.previous[i] = now;
            // Later passes read only moments: the shapes are gone with the pool.
            if (ws.response[i].shape != kNoShape) {
                ws.response[i].shape = kNoShape;
                ws.response[i].exactShape = false;
            }
        }
        if (iteration > 0 && !(change > 1e-10))
            return outcome;
    }
    outcome.converged = routing.acyclic;
    return outcome;
}

PassOutcome solveLoads(const Network& net, const Routing& routing, Workspace& ws) {
    ws.accepted.assign(net.nodes.size(), 1.0);
    bool drops = false;
    for (const Node& node : net.nodes)
        drops = drops || (node.station && (node.queueLimited || node.rejectAbove >= 0));
    PassOutcome outcome;
    std::vector<double> next(net.nodes.size(), 1.0);
    for (int iteration = 0; iteration < 200; ++iteration) {
        propagateRates(net, routing, ws.accepted, ws.rates);
        const PassOutcome pass = evaluatePass(net, routing, 1.0, ws);
        outcome.iterations += pass.iterations;
        outcome.converged = pass.converged;
        if (!drops)
            return outcome;
        double change = 0;
        for (std::size_t n = 0; n < net.nodes.size(); ++n) {
            next[n] = net.nodes[n].station ? 1 - ws.stations[n].dropFraction : 1.0;
            change = std::max(change, std::fabs(next[n] - ws.accepted[n]));
        }
        if (change < 1e-12)
            return outcome;
        ws.accepted.swap(next);
    }
    outcome.converged = false;
    return outcome;
}

double peakUtilisation(const Network& net, const Routing& routing, double scale, Workspace& ws) {
    ws.pool.keepShapes(false); // only the loads are read
    evaluatePass(net, routing, scale, ws);
    ws.pool.keepShapes(true);
    double peak = 0;
    for (std::size_t n = 0; n < net.nodes.size(); ++n) {
        const StationResult& s = ws.stations[n];
        if (!net.nodes[n].station)
            continue;
        for (int g = 0; g < s.groups; ++g)
            peak = std::max(peak, s.group[g].offered);
        if (s.waitsOnCallee)
            peak = std::max(peak, 1.0);
    }
    return peak;
}

} // namespace studio::core::solver
