#include "solver/Network.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace studio::core::solver {

namespace {

constexpr const char* kContext = "Solver";

Spreading parseSpreading(const std::string& text) {
    if (text == "round_robin")
        return Spreading::RoundRobin;
    if (text == "least_connections")
        return Spreading::LeastConnections;
    if (text == "shared_queue")
        return Spreading::SharedQueue;
    return Spreading::Random;
}

std::int64_t count(const Component& c, const char* key, std::int64_t fallback) {
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(c.number(key, fallback)));
}

Spreading balancerSpreading(const Component& balancer) {
    const std::string algorithm = balancer.text("algorithm", "round_robin");
    if (algorithm == "round_robin" || algorithm == "weighted_round_robin")
        return Spreading::RoundRobin;
    if (algorithm == "least_connections")
        return Spreading::LeastConnections;
    return Spreading::Random; // random, ip_hash, consistent_hash: Poisson thinning
}

// A global limiter admits its refill rate (token bucket) or limit per window, req/s.
double admittedRate(const Component& c) {
    if (c.kind != "rate_limiter" || c.text("scope") != "global")
        return -1;
    if (c.text("algorithm", "token_bucket") == "token_bucket")
        return c.number("refill_rate", 10);
    return c.number("limit", 100) / std::max(1e-9, c.number("window", 60));
}

Node makeNode(const Component& c, const KindSpec* kind) {
    Node n;
    n.component = &c;
    n.kind = kind;
    if (!kind)
        return n;
    n.station = kind->station;
    n.source = kind->source;
    n.dataStore = kind->dataStore;
    n.hitsOrMisses = kind->hitsOrMisses;
    n.balancer = kind->balances;
    n.broadcasts = kind->broadcasts;
    n.holds = c.text("holding") == "hold";
    n.spreading = parseSpreading(c.text("spreading", "random"));
    n.instances = n.dataStore ? 1 : count(c, "instances", 1);
    n.workers = count(c, "workers", 1);
    if (n.dataStore) {
        n.shards = count(c, "shards", 1);
        n.replicas = count(c, "replicas", 1);
        n.syncReplication = c.text("replication") == "sync";
        n.hotKeyFraction = std::clamp(c.number("hot_key_fraction", 0), 0.0, 1.0);
    }
    n.queueLimited = c.flag("queue_limited");
    n.queueCapacity = static_cast<std::int64_t>(std::max(0.0, c.number("queue_capacity", 0)));
    n.availability = std::clamp(c.number("availability", 1), 0.0, 1.0);
    n.hitRatio = n.hitsOrMisses ? std::clamp(c.number("hit_ratio", 0), 0.0, 1.0) : 0;
    n.rejectAbove = admittedRate(c);
    return n;
}

int modeRank(LinkMode mode) {
    switch (mode) {
    case LinkMode::Call:
        return 0;
    case LinkMode::Choose:
        return 1;
    case LinkMode::Handoff:
        break;
    }
    return 2;
}

// The nodes of the design's components, in its order.
std::vector<Node> compileNodes(const Design& design, const Catalog& catalog) {
    std::vector<Node> nodes;
    nodes.reserve(design.components.size());
    for (const Component& c : design.components)
        nodes.push_back(makeNode(c, catalog.find(c.kind)));
    return nodes;
}

// The index of the request class (name, operation) in `classes`, added if new.
std::uint32_t trafficClass(std::vector<TrafficClass>& classes, const RequestClass& rc) {
    auto it = std::find_if(classes.begin(), classes.end(), [&](const auto& t) {
        return t.name == rc.name && t.operation == rc.operation;
    });
    if (it == classes.end())
        it = classes.insert(classes.end(), {rc.name, rc.operation});
    return static_cast<std::uint32_t>(it - classes.begin());
}

// Request classes: one per (name, operation) pair any client defines; an entry per class of
// each client.
void addEntries(Network& net, RateBasis rates) {
    for (std::uint32_t i = 0; i < net.nodes.size(); ++i) {
        const Node& n = net.nodes[i];
        if (!n.source || !n.component->workload)
            continue;
        const Workload& w = *n.component->workload;
        for (std::size_t j = 0; j < w.classes.size(); ++j) {
            const RequestClass& rc = w.classes[j];
            Entry e;
            e.client = i;
            e.traffic = trafficClass(net.classes, rc);
            e.workloadClass = j;
            e.closed = w.type == WorkloadType::Closed;
            const double base = rates == RateBasis::Peak ? w.rate * w.peakFactor : w.rate;
            e.rate = e.closed ? 0 : base * rc.mix;
            net.entries.push_back(e);
        }
    }
}

Edge makeEdge(const Network& net, const Link& l, std::uint32_t link, std::uint32_t from,
              std::uint32_t to) {
    Edge e;
    e.link = link;
    e.from = from;
    e.to = to;
    e.mode = net.nodes[e.from].broadcasts ? LinkMode::Handoff : l.mode;
    e.step = l.step;
    e.when = l.when;
    e.weight = l.weight;
    e.multiplicity = l.mode == LinkMode::Handoff ? l.multiplicity : 1;
    e.latency = l.latency;
    return e;
}

// Edges sorted by caller, then calls by step, then choose, then handoff.
void addEdges(Network& net, const Design& design) {
    std::unordered_map<std::string_view, std::uint32_t> byId;
    byId.reserve(design.components.size());
    for (std::uint32_t i = 0; i < design.components.size(); ++i)
        byId.emplace(design.components[i].id, i);
    for (std::uint32_t i = 0; i < design.links.size(); ++i) {
        const Link& l = design.links[i];
        const auto from = byId.find(l.from);
        const auto to = byId.find(l.to);
        if (from == byId.end() || to == byId.end() || from->second == to->second)
            continue; // the validator reports these
        const Node& target = net.nodes[to->second];
        if (!target.station && !target.source)
            continue; // notes take no part in the traffic
        net.edges.push_back(makeEdge(net, l, i, from->second, to->second));
    }
    std::stable_sort(net.edges.begin(), net.edges.end(), [](const Edge& a, const Edge& b) {
        if (a.from != b.from)
            return a.from < b.from;
        if (modeRank(a.mode) != modeRank(b.mode))
            return modeRank(a.mode) < modeRank(b.mode);
        return a.mode == LinkMode::Call && a.step < b.step;
    });
}

void indexIncoming(Network& net) {
    net.incoming.assign(net.nodes.size(), {});
    for (std::uint32_t e = 0; e < net.edges.size(); ++e)
        net.incoming[net.edges[e].to].push_back(e);
}

// The algorithm of the balancers feeding node i when only balancers' choose links of one
// algorithm feed it.
std::optional<Spreading> balancersAlgorithm(const Network& net, std::uint32_t i) {
    std::optional<Spreading> common;
    for (std::uint32_t e : net.incoming[i]) {
        const Node& from = net.nodes[net.edges[e].from];
        if (!from.balancer || net.edges[e].mode != LinkMode::Choose)
            return std::nullopt;
        const Spreading s = balancerSpreading(*from.component);
        if (common && *common != s)
            return std::nullopt;
        common = s;
    }
    return common;
}

// A balancer picks its targets' instances itself: a component fed only by balancers'
// choose links of one algorithm is spread by that algorithm.
void spreadByBalancers(Network& net) {
    for (std::uint32_t i = 0; i < net.nodes.size(); ++i) {
        const std::optional<Spreading> common = balancersAlgorithm(net, i);
        if (common && !net.nodes[i].dataStore)
            net.nodes[i].spreading = *common;
    }
}

void indexOutgoing(Network& net) {
    for (std::uint32_t e = 0; e < net.edges.size(); ++e) {
        Node& n = net.nodes[net.edges[e].from];
        if (n.outBegin == n.outEnd)
            n.outBegin = e;
        n.outEnd = e + 1;
    }
}

// Per (edge, class): the link's `classes` are empty or name the class.
void compileEligibility(Network& net, const Design& design) {
    const std::size_t k = net.classCount();
    net.eligible.assign(net.edges.size() * k, 0);
    for (std::size_t e = 0; e < net.edges.size(); ++e) {
        const auto& names = design.links[net.edges[e].link].classes;
        for (std::size_t c = 0; c < k; ++c)
            net.eligible[e * k + c] =
                names.empty() ||
                std::find(names.begin(), names.end(), net.classes[c].name) != names.end();
    }
}

// Per (station, class): the service time's mean, scv and whether it is exponential.
void compileServiceTimes(Network& net) {
    const std::size_t k = net.classCount();
    net.serviceMean.assign(net.nodes.size() * k, 0);
    net.serviceScv.assign(net.nodes.size() * k, 1);
    net.serviceExponential.assign(net.nodes.size() * k, 1);
    for (std::size_t i = 0; i < net.nodes.size(); ++i) {
        if (!net.nodes[i].station)
            continue;
        for (std::size_t c = 0; c < k; ++c) {
            const ServiceTime& s = net.nodes[i].component->service.forClass(net.classes[c].name);
            net.serviceMean[i * k + c] = std::max(0.0, s.mean);
            net.serviceScv[i * k + c] =
                s.distribution == Distribution::Deterministic ? 0 : s.cv * s.cv;
            net.serviceExponential[i * k + c] =
                s.distribution == Distribution::Exponential ||
                (s.distribution == Distribution::Hyperexponential && s.cv == 1);
        }
    }
}

} // namespace

double Network::missFraction(std::uint32_t node, std::size_t k) const {
    const Node& n = nodes[node];
    if (!n.hitsOrMisses || classes[k].operation == Operation::Write)
        return 1;
    return 1 - n.hitRatio;
}

std::string Network::place(std::uint32_t node) const {
    return "components[" + std::to_string(node) + "] \"" + nodes[node].component->id + "\"";
}

Result<Network> compileNetwork(const Design& design, const Catalog& catalog, RateBasis rates) {
    Network net;
    net.design = &design;
    net.nodes = compileNodes(design, catalog);
    addEntries(net, rates);
    if (net.entries.empty())
        return makeProblem("components", kContext,
                           SDS_TRANSLATE_NOOP("Solver",
                                              "the design has no client with a workload, so no "
                                              "requests flow; add a client and give it a "
                                              "workload (a rate and its request classes)"));
    addEdges(net, design);
    indexIncoming(net);
    spreadByBalancers(net);
    indexOutgoing(net);
    compileEligibility(net, design);
    compileServiceTimes(net);
    return net;
}

} // namespace studio::core::solver
