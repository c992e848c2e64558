#include "solver/ClosedWorkloads.h"

#include "queueing/Mva.h"

#include <algorithm>
#include <cmath>
#include <utility>

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

// Where an MVA station sits: a node and one of its station groups.
struct Place {
    std::uint32_t node;
    int group;
};

// One closed client's MVA model, rebuilt by every pass.
struct ClosedModel {
    std::vector<double> visits; // per (node, class): visits per request of the client
    std::vector<queueing::MvaStation> stations; // one per place, then the links' delay
    std::vector<Place> places;
    bool approximate = false;
};

// The fixed point's state: the closed clients, what every pass reads, the model it rebuilds.
struct FixedPoint {
    std::vector<ClosedClient> closed;
    std::vector<double> open; // per entry: its open rate (0 for closed ones)
    std::vector<double> ones; // per node: 1
    bool hasOpen = false;     // open traffic flows too (every closed figure approximate)
    ClosedModel model;
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

void resetStations(ClosedStations& out, std::size_t nodes) {
    out.visited.assign(nodes, 0);
    out.shared.assign(nodes, 0);
    out.visitTime.assign(nodes, 0);
    out.utilisation.assign(nodes, 0);
}

// The clients with a closed workload, in net.entries order, at throughput 0.
std::vector<ClosedClient> closedClients(const Network& net) {
    std::vector<ClosedClient> closed;
    for (const Entry& e : net.entries) {
        if (!e.closed || (!closed.empty() && closed.back().client == e.client))
            continue;
        const Workload& w = *net.nodes[e.client].component->workload;
        closed.push_back({e.client, w.population, w.thinkTime, 0});
    }
    return closed;
}

// Before the first pass: the entries' open rates kept, every closed client at throughput 0.
FixedPoint startFixedPoint(const Network& net, std::vector<ClosedClient> closed) {
    FixedPoint fp;
    fp.closed = std::move(closed);
    fp.open.resize(net.entries.size());
    for (std::size_t i = 0; i < net.entries.size(); ++i)
        fp.open[i] = net.entries[i].closed ? 0 : net.entries[i].rate;
    fp.ones.assign(net.nodes.size(), 1.0);
    for (const Entry& e : net.entries)
        fp.hasOpen = fp.hasOpen || (!e.closed && e.rate > 0);
    return fp;
}

// Visits per request at node n, all classes.
double visitsAt(const std::vector<double>& visits, std::uint32_t n, std::size_t classes) {
    double through = 0;
    for (std::size_t k = 0; k < classes; ++k)
        through += visits[n * classes + k];
    return through;
}

// Adds to `delay` the round trips over node n's links (handoffs excluded) of its visits of
// classes [first, last).
void addLinkDelay(const Network& net, const Routing& routing, const std::vector<double>& visits,
                  std::uint32_t n, std::size_t first, std::size_t last, double& delay) {
    const std::size_t classes = routing.classes;
    for (std::uint32_t e = net.nodes[n].outBegin; e < net.nodes[n].outEnd; ++e)
        if (net.edges[e].mode != LinkMode::Handoff)
            for (std::size_t k = first; k < last; ++k)
                delay += visits[n * classes + k] * routing.factor[e * classes + k] * 2 *
                         net.edges[e].latency;
}

// The stations under everything but closed client c's load, as utilisation its users
// cannot have.
std::vector<StationResult> backgroundLoad(Network& net, const Routing& routing, Workspace& ws,
                                          const FixedPoint& fp, std::size_t c) {
    setRates(net, fp.open, fp.closed, c);
    propagateRates(net, routing, fp.ones, ws.rates);
    evaluatePass(net, routing, 1.0, ws);
    return ws.stations;
}

// Visits per request of `client` (its mixes), on the synchronous path; other entries at 0.
void propagateVisits(Network& net, const Routing& routing, const FixedPoint& fp,
                     std::uint32_t client, std::vector<double>& visits) {
    for (Entry& e : net.entries)
        e.rate = e.client == client
                     ? net.nodes[e.client].component->workload->classes[e.workloadClass].mix
                     : 0;
    propagateRates(net, routing, fp.ones, visits, true);
}

// The client's demand at one copy of `group` of node n, s per request; `approximate` when
// its service is not exponential with one mean.
double ownDemand(const Network& net, std::size_t classes, const std::vector<double>& visits,
                 std::uint32_t n, const StationGroup& group, bool& approximate) {
    double demand = 0;
    double mean = -1;
    for (std::size_t k = 0; k < classes; ++k) {
        const double v = visits[n * classes + k] * shareOf(group, net.classes[k]);
        if (!(v > 0))
            continue;
        const double service = net.serviceMean[n * classes + k];
        demand += v * service;
        approximate = approximate || !net.serviceExponential[n * classes + k] ||
                      (mean >= 0 && mean != service);
        mean = service;
    }
    return demand;
}

queueing::MvaStation mvaStation(double demand, const StationGroup& group) {
    queueing::MvaStation station;
    station.demand = demand;
    station.copies = static_cast<std::int64_t>(group.count);
    station.servers = group.servers;
    station.center =
        station.servers == 1 ? queueing::MvaCenter::Queueing : queueing::MvaCenter::MultiServer;
    return station;
}

// Adds node n's station groups to the model, each at the client's demand slowed by the
// other traffic's utilisation `s` found there.
void addStations(const Network& net, const Routing& routing, const StationResult& s,
                 std::uint32_t n, ClosedModel& model, ClosedStations& out) {
    const Node& node = net.nodes[n];
    model.approximate = model.approximate || (node.holds && node.outBegin != node.outEnd) ||
                        (node.dataStore && node.replicas > 1);
    for (std::uint32_t st = routing.firstStep[n]; st < routing.firstStep[n + 1]; ++st)
        model.approximate =
            model.approximate || routing.steps[st].end - routing.steps[st].begin > 1;
    for (int g = 0; g < s.groups; ++g) {
        double demand =
            ownDemand(net, routing.classes, model.visits, n, s.group[g], model.approximate);
        const double used = s.group[g].offered;
        if (used > 0) {
            model.approximate = true;
            out.shared[n] = 1;
            demand = used < 1 ? demand / (1 - used) : demand * 1e9;
        }
        model.stations.push_back(mvaStation(demand, s.group[g]));
        model.places.push_back({n, g});
    }
}

// The MVA stations of the nodes model.visits reaches, then one delay for their links.
void buildModel(const Network& net, const Routing& routing,
                const std::vector<StationResult>& background, bool approximate, ClosedModel& model,
                ClosedStations& out) {
    model.stations.clear();
    model.places.clear();
    model.approximate = approximate;
    double delay = 0;
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        if (!(visitsAt(model.visits, n, routing.classes) > 0))
            continue;
        out.visited[n] = 1;
        addLinkDelay(net, routing, model.visits, n, 0, routing.classes, delay);
        if (net.nodes[n].station)
            addStations(net, routing, background[n], n, model, out);
    }
    model.stations.push_back({delay, queueing::MvaCenter::Delay, 1, 1});
}

// Per node: its residence per request over its visits per request, and its busiest station.
void recordStations(const std::vector<StationResult>& background, const ClosedModel& model,
                    std::size_t classes, const queueing::MvaResult& mva, ClosedStations& out) {
    for (std::size_t p = 0; p < model.places.size(); ++p) {
        const std::uint32_t n = model.places[p].node;
        const StationGroup& g = background[n].group[model.places[p].group];
        if (p == 0 || model.places[p - 1].node != n)
            out.visitTime[n] = 0;
        const double visitsHere = visitsAt(model.visits, n, classes);
        out.visitTime[n] += g.count * mva.residence[p] / std::max(1e-300, visitsHere);
        out.utilisation[n] = std::max(out.utilisation[n], mva.utilisation[p]);
    }
}

// Class `traffic`'s own visits, at the per-visit time MVA found at each station.
double stationsResponse(const Network& net, std::size_t classes,
                        const std::vector<StationResult>& background, const ClosedModel& model,
                        const queueing::MvaResult& mva, std::uint32_t traffic) {
    double response = 0;
    for (std::size_t p = 0; p < model.places.size(); ++p) {
        const std::uint32_t n = model.places[p].node;
        const StationGroup& g = background[n].group[model.places[p].group];
        double perCopy = 0;
        for (std::size_t k = 0; k < classes; ++k)
            perCopy += model.visits[n * classes + k] * shareOf(g, net.classes[k]);
        const double mine = model.visits[n * classes + traffic] * shareOf(g, net.classes[traffic]);
        if (perCopy > 0)
            response += g.count * mine / perCopy * mva.residence[p];
    }
    return response;
}

// The mean response of each entry of `client`: its stations' and its links' time over its mix.
void recordResponses(const Network& net, const Routing& routing,
                     const std::vector<StationResult>& background, const FixedPoint& fp,
                     const queueing::MvaResult& mva, std::uint32_t client,
                     std::vector<ClosedResult>& results) {
    for (std::size_t i = 0; i < net.entries.size(); ++i) {
        const Entry& e = net.entries[i];
        if (e.client != client)
            continue;
        const double mix = e.rate;
        const double response =
            stationsResponse(net, routing.classes, background, fp.model, mva, e.traffic);
        double linkDelay = 0;
        for (std::uint32_t n = 0; n < net.nodes.size(); ++n)
            addLinkDelay(net, routing, fp.model.visits, n, e.traffic, e.traffic + 1, linkDelay);
        results[i] = {true, mix > 0 ? (response + linkDelay) / mix : 0,
                      fp.model.approximate || mva.approximate || fp.hasOpen};
    }
}

// One pass for closed client c: its MVA under everything else's load. Returns the relative
// change of its throughput.
double solveClient(Network& net, const Routing& routing, Workspace& ws, FixedPoint& fp,
                   std::size_t c, ClosedStations& out, std::vector<ClosedResult>& results) {
    ClosedClient& cc = fp.closed[c];
    const std::vector<StationResult> background = backgroundLoad(net, routing, ws, fp, c);
    propagateVisits(net, routing, fp, cc.client, fp.model.visits);
    buildModel(net, routing, background, fp.closed.size() > 1, fp.model, out);
    const queueing::MvaResult mva =
        queueing::solveMva(fp.model.stations, cc.population, cc.thinkTime);
    const double change =
        std::fabs(mva.throughput - cc.throughput) / std::max(1e-12, mva.throughput);
    cc.throughput = mva.throughput;
    recordStations(background, fp.model, routing.classes, mva, out);
    recordResponses(net, routing, background, fp, mva, cc.client, results);
    return change;
}

} // namespace

std::vector<ClosedResult> solveClosedWorkloads(Network& net, const Routing& routing, Workspace& ws,
                                               ClosedStations& out) {
    std::vector<ClosedResult> results(net.entries.size());
    resetStations(out, net.nodes.size());
    std::vector<ClosedClient> closed = closedClients(net);
    if (closed.empty())
        return results;
    FixedPoint fp = startFixedPoint(net, std::move(closed));
    const int rounds = fp.closed.size() > 1 ? 30 : 1;
    for (int round = 0; round < rounds; ++round) {
        double change = 0;
        for (std::size_t c = 0; c < fp.closed.size(); ++c)
            change = std::max(change, solveClient(net, routing, ws, fp, c, out, results));
        if (change < 1e-9)
            break;
    }
    setRates(net, fp.open, fp.closed, fp.closed.size());
    return results;
}

} // namespace studio::core::solver
