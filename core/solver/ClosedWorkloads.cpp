#include "solver/ClosedWorkloads.h"

#include "queueing/Mva.h"

#include <algorithm>
#include <cmath>

namespace studio::core::solver {

namespace {

double shareOf(const StationGroup& g, const TrafficClass& c) {
    return c.operation == Operation::Write ? g.writeShare : g.readShare;
}

struct ClosedClient {
    std::uint32_t client = 0;
    std::int64_t population = 0;
    double thinkTime = 0;
    double throughput = 0;
};

// Sets the entries' rates: open ones at their own, closed ones at `throughput` x mix, but
// 0 for the closed client `except`.
void setRates(Network& net, const std::vector<double>& open,
              const std::vector<ClosedClient>& closed, std::size_t except) {
    for (std::size_t i = 0; i < net.entries.size(); ++i) {
        Entry& e = net.entries[i];
        e.rate = open[i];
        if (!e.closed)
            continue;
        for (std::size_t c = 0; c < closed.size(); ++c) {
            if (c == except || closed[c].client != e.client)
                continue;
            const auto& rc = net.nodes[e.client].component->workload->classes[e.workloadClass];
            e.rate = closed[c].throughput * rc.mix;
        }
    }
}

} // namespace

std::vector<ClosedResult> solveClosedWorkloads(Network& net, const Routing& routing, Workspace& ws,
                                               ClosedStations& out) {
    std::vector<ClosedResult> results(net.entries.size());
    out.visited.assign(net.nodes.size(), 0);
    out.shared.assign(net.nodes.size(), 0);
    out.visitTime.assign(net.nodes.size(), 0);
    out.utilisation.assign(net.nodes.size(), 0);
    std::vector<ClosedClient> closed;
    for (const Entry& e : net.entries) {
        if (!e.closed || (!closed.empty() && closed.back().client == e.client))
            continue;
        const Workload& w = *net.nodes[e.client].component->workload;
        closed.push_back({e.client, w.population, w.thinkTime, 0});
    }
    if (closed.empty())
        return results;
    std::vector<double> open(net.entries.size());
    for (std::size_t i = 0; i < net.entries.size(); ++i)
        open[i] = net.entries[i].closed ? 0 : net.entries[i].rate;
    const std::size_t classes = routing.classes;
    std::vector<double> ones(net.nodes.size(), 1.0);
    std::vector<double> visits;
    std::vector<queueing::MvaStation> stations;
    struct Place {
        std::uint32_t node;
        int group;
    };
    std::vector<Place> places;
    bool hasOpen = false;
    for (const Entry& e : net.entries)
        hasOpen = hasOpen || (!e.closed && e.rate > 0);
    const int rounds = closed.size() > 1 ? 30 : 1;
    for (int round = 0; round < rounds; ++round) {
        double change = 0;
        for (std::size_t c = 0; c < closed.size(); ++c) {
            ClosedClient& cc = closed[c];
            // Everything else's load, as utilisation these users cannot have.
            setRates(net, open, closed, c);
            propagateRates(net, routing, ones, ws.rates);
            evaluatePass(net, routing, 1.0, ws);
            const std::vector<StationResult> background = ws.stations;
            // Visits per request of this client (its mixes), on the synchronous path.
            for (Entry& e : net.entries)
                e.rate = e.client == cc.client
                             ? net.nodes[e.client].component->workload->classes[e.workloadClass].mix
                             : 0;
            propagateRates(net, routing, ones, visits, true);
            stations.clear();
            places.clear();
            bool approximate = closed.size() > 1;
            double delay = 0;
            for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
                const Node& node = net.nodes[n];
                double through = 0;
                for (std::size_t k = 0; k < classes; ++k)
                    through += visits[n * classes + k];
                if (!(through > 0))
                    continue;
                out.visited[n] = 1;
                for (std::uint32_t e = node.outBegin; e < node.outEnd; ++e)
                    if (net.edges[e].mode != LinkMode::Handoff)
                        for (std::size_t k = 0; k < classes; ++k)
                            delay += visits[n * classes + k] * routing.factor[e * classes + k] * 2 *
                                     net.edges[e].latency;
                if (!node.station)
                    continue;
                const StationResult& s = background[n];
                approximate = approximate || (node.holds && node.outBegin != node.outEnd) ||
                              (node.dataStore && node.replicas > 1);
                for (std::uint32_t st = routing.firstStep[n]; st < routing.firstStep[n + 1]; ++st)
                    approximate =
                        approximate || routing.steps[st].end - routing.steps[st].begin > 1;
                for (int g = 0; g < s.groups; ++g) {
                    double demand = 0;
                    double mean = -1;
                    for (std::size_t k = 0; k < classes; ++k) {
                        const double v =
                            visits[n * classes + k] * shareOf(s.group[g], net.classes[k]);
                        if (!(v > 0))
                            continue;
                        const double service = net.serviceMean[n * classes + k];
                        demand += v * service;
                        approximate = approximate || !net.serviceExponential[n * classes + k] ||
                                      (mean >= 0 && mean != service);
                        mean = service;
                    }
                    const double used = s.group[g].offered;
                    if (used > 0) {
                        approximate = true;
                        out.shared[n] = 1;
                        demand = used < 1 ? demand / (1 - used) : demand * 1e9;
                    }
                    queueing::MvaStation station;
                    station.demand = demand;
                    station.copies = static_cast<std::int64_t>(s.group[g].count);
                    station.servers = s.group[g].servers;
                    station.center = station.servers == 1 ? queueing::MvaCenter::Queueing
                                                          : queueing::MvaCenter::MultiServer;
                    stations.push_back(station);
                    places.push_back({n, g});
                }
            }
            stations.push_back({delay, queueing::MvaCenter::Delay, 1, 1});
            const queueing::MvaResult mva =
                queueing::solveMva(stations, cc.population, cc.thinkTime);
            change = std::max(change, std::fabs(mva.throughput - cc.throughput) /
                                          std::max(1e-12, mva.throughput));
            cc.throughput = mva.throughput;
            // Per node: its residence per request over its visits per request.
            for (std::size_t p = 0; p < places.size(); ++p) {
                const std::uint32_t n = places[p].node;
                const StationGroup& g = background[n].group[places[p].group];
                if (p == 0 || places[p - 1].node != n)
                    out.visitTime[n] = 0;
                double visitsHere = 0;
                for (std::size_t k = 0; k < classes; ++k)
                    visitsHere += visits[n * classes + k];
                out.visitTime[n] += g.count * mva.residence[p] / std::max(1e-300, visitsHere);
                out.utilisation[n] = std::max(out.utilisation[n], mva.utilisation[p]);
            }
            for (std::size_t i = 0; i < net.entries.size(); ++i) {
                const Entry& e = net.entries[i];
                if (e.client != cc.client)
                    continue;
                const double mix = e.rate;
                // The class's own visits, at the per-visit time MVA found at each station.
                double response = 0;
                for (std::size_t p = 0; p < places.size(); ++p) {
                    const StationGroup& g = background[places[p].node].group[places[p].group];
                    double perCopy = 0;
                    for (std::size_t k = 0; k < classes; ++k)
                        perCopy +=
                            visits[places[p].node * classes + k] * shareOf(g, net.classes[k]);
                    const double mine = visits[places[p].node * classes + e.traffic] *
                                        shareOf(g, net.classes[e.traffic]);
                    if (perCopy > 0)
                        response += g.count * mine / perCopy * mva.residence[p];
                }
                double linkDelay = 0;
                for (std::uint32_t n = 0; n < net.nodes.size(); ++n)
                    for (std::uint32_t ed = net.nodes[n].outBegin; ed < net.nodes[n].outEnd; ++ed)
                        if (net.edges[ed].mode != LinkMode::Handoff)
                            linkDelay += visits[n * classes + e.traffic] *
                                         routing.factor[ed * classes + e.traffic] * 2 *
                                         net.edges[ed].latency;
                results[i] = {true, mix > 0 ? (response + linkDelay) / mix : 0,
                              approximate || mva.approximate || hasOpen};
            }
        }
        if (change < 1e-9)
            break;
    }
    setRates(net, open, closed, closed.size());
    return results;
}

} // namespace studio::core::solver
