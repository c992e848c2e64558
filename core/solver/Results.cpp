#include "solver/Results.h"

#include <cmath>
#include <limits>

namespace studio::core::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Rate-weighted mean of one latency per class.
Figure weightedMean(const Network& net, const Workspace& ws, std::uint32_t n,
                    const std::vector<PathLatency>& latencies) {
    const std::size_t classes = net.classCount();
    double rate = 0, sum = 0;
    bool approximate = false;
    for (std::size_t k = 0; k < classes; ++k) {
        const double r = ws.rates[n * classes + k];
        if (!(r > 0))
            continue;
        const PathLatency& x = latencies[n * classes + k];
        rate += r;
        sum += r * x.total();
        approximate = approximate || x.approximateMean;
    }
    return {rate > 0 ? sum / rate : 0, approximate};
}

// The first target of n's synchronous links whose answer never comes.
std::string saturatedCallee(const Network& net, const Workspace& ws, std::uint32_t n) {
    const std::size_t classes = net.classCount();
    for (std::uint32_t e = net.nodes[n].outBegin; e < net.nodes[n].outEnd; ++e) {
        if (net.edges[e].mode == LinkMode::Handoff)
            continue;
        for (std::size_t k = 0; k < classes; ++k)
            if (ws.rates[n * classes + k] > 0 &&
                ws.response[net.edges[e].to * classes + k].infinite)
                return net.nodes[net.edges[e].to].component->id;
    }
    return {};
}

void fillStation(const Network& net, Workspace& ws, std::uint32_t n, ComponentResult& c) {
    const std::size_t classes = net.classCount();
    const Node& node = net.nodes[n];
    const StationResult& s = ws.stations[n];
    c.holds = node.holds;
    c.spreading = s.spreading;
    c.serversPerStation = s.group[0].servers;
    double waitSum = 0, arrived = 0;
    bool waitApproximate = false;
    for (int g = 0; g < s.groups; ++g) {
        const StationGroup& group = s.group[g];
        c.stations += static_cast<std::size_t>(group.count);
        const double rate = group.count * group.arrivalRate;
        if (rate > 0) {
            waitSum += rate * group.meanWait;
            arrived += rate;
        }
        waitApproximate = waitApproximate || !group.exactMean;
    }
    if (!c.carriesTraffic)
        return;
    c.utilisation = {s.utilisation, s.approximateUtilisation};
    c.meanWait = {arrived > 0 ? waitSum / arrived : 0, waitApproximate};
    c.meanResponse = weightedMean(net, ws, n, ws.sojourn);
    c.meanWithCalls = weightedMean(net, ws, n, ws.response);
    c.p99Response = stationPercentile(s, std::span(ws.demands).subspan(n * classes, classes), 0.99);
    c.dropRate = {c.arrivalRate * s.dropFraction,
                  s.dropFraction > 0 && (waitApproximate || s.admitted < 1)};
    if (s.waitsOnCallee) {
        c.saturation = Saturation::WaitsOnCallee;
        c.saturatedBecauseOf = saturatedCallee(net, ws, n);
        c.utilisation = {kInf, false};
        c.meanWait = c.meanResponse = c.p99Response = c.meanWithCalls = {kInf, false};
    } else if (s.overloaded) {
        c.saturation = Saturation::Overloaded;
    }
    for (std::size_t k = 0; k < classes; ++k) {
        const std::size_t i = n * classes + k;
        if (!(ws.rates[i] > 0))
            continue;
        ClassLoad load;
        load.requestClass = net.classes[k].name;
        load.operation = net.classes[k].operation;
        load.arrivalRate = ws.rates[i];
        load.meanResponse = {ws.sojourn[i].total(), ws.sojourn[i].approximateMean};
        load.meanWithCalls = {ws.response[i].total(), ws.response[i].approximateMean};
        c.classes.push_back(std::move(load));
    }
}

// A component that traffic reaches only through an overloaded one: its offered load may
// never arrive. Marked in callers-first order.
void markFedBySaturated(const Network& net, const Routing& routing, const Workspace& ws,
                        Solution& out) {
    const std::size_t classes = net.classCount();
    for (std::uint32_t n : routing.globalOrder) {
        ComponentResult& c = out.components[n];
        if (c.saturation != Saturation::None || !c.carriesTraffic)
            continue;
        bool all = !net.incoming[n].empty();
        std::string culprit;
        for (std::uint32_t e : net.incoming[n]) {
            const std::uint32_t from = net.edges[e].from;
            bool carries = false;
            for (std::size_t k = 0; k < classes; ++k)
                carries = carries ||
                          (routing.factor[e * classes + k] > 0 && ws.rates[from * classes + k] > 0);
            if (!carries)
                continue;
            const ComponentResult& upstream = out.components[from];
            const bool saturated = upstream.saturation != Saturation::None;
            all = all && saturated;
            // Name the saturated caller itself; past one that is only behind another,
            // the one that saturated.
            if (saturated && culprit.empty())
                culprit = upstream.saturation == Saturation::FedBySaturated
                              ? upstream.saturatedBecauseOf
                              : upstream.id;
        }
        if (all && !culprit.empty()) {
            c.saturation = Saturation::FedBySaturated;
            c.saturatedBecauseOf = culprit;
        }
    }
}

} // namespace

void fillComponents(const Network& net, const Routing& routing, Workspace& ws, Solution& out) {
    const std::size_t classes = net.classCount();
    out.components.resize(net.nodes.size());
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        ComponentResult& c = out.components[n];
        c = ComponentResult{};
        c.id = net.nodes[n].component->id;
        c.index = n;
        c.station = net.nodes[n].station;
        if (!c.station)
            continue;
        for (std::size_t k = 0; k < classes; ++k)
            c.arrivalRate += ws.rates[n * classes + k];
        c.carriesTraffic = c.arrivalRate > 0;
        fillStation(net, ws, n, c);
    }
    markFedBySaturated(net, routing, ws, out);
}

void fillRequests(const Network& net, const Routing& routing, const Workspace& ws, Solution& out) {
    const std::size_t classes = routing.classes;
    for (const Entry& entry : net.entries) {
        const Node& client = net.nodes[entry.client];
        const RequestClass& rc = client.component->workload->classes[entry.workloadClass];
        RequestResult r;
        r.client = client.component->id;
        r.requestClass = rc.name;
        r.operation = rc.operation;
        r.closed = entry.closed;
        r.arrivalRate = entry.rate;
        const PathLatency& x = ws.response[entry.client * classes + entry.traffic];
        const bool approximate = !x.exactPercentiles();
        r.mean = {x.total(), x.approximateMean};
        r.p50 = {ws.pool.percentile(x, 0.50), approximate};
        r.p95 = {ws.pool.percentile(x, 0.95), approximate};
        r.p99 = {ws.pool.percentile(x, 0.99), approximate};
        out.requests.push_back(std::move(r));
    }
}

void fillHandoffs(const Network& net, const Routing& routing, Workspace& ws, Solution& out) {
    const std::size_t classes = routing.classes;
    for (std::uint32_t e = 0; e < net.edges.size(); ++e) {
        const Edge& edge = net.edges[e];
        if (edge.mode != LinkMode::Handoff)
            continue;
        HandoffResult h;
        LatencyMixture latency(ws.pool);
        for (std::size_t k = 0; k < classes; ++k) {
            const double rate = ws.rates[edge.from * classes + k] * ws.accepted[edge.from] *
                                routing.factor[e * classes + k];
            if (!(rate > 0))
                continue;
            h.messageRate += rate;
            latency.add(rate, ws.pool.sum(ws.pool.constant(edge.latency),
                                          ws.response[edge.to * classes + k]));
        }
        if (!(h.messageRate > 0))
            continue;
        const PathLatency x = latency.result();
        const Link& link = net.design->links[edge.link];
        h.link = link.id;
        h.from = link.from;
        h.to = link.to;
        h.mean = {x.total(), x.approximateMean};
        h.p99 = {ws.pool.percentile(x, 0.99), !x.exactPercentiles()};
        out.handoffs.push_back(std::move(h));
    }
}

} // namespace studio::core::solver
