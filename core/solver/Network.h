#pragma once

// The design compiled for the solver: components and links by index, every property the
// solver reads parsed once, request classes numbered. Internal to core/solver.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "solver/Solution.h"
#include "util/Result.h"

#include <cstdint>
#include <vector>

namespace studio::core::solver {

enum class Spreading { Random, RoundRobin, LeastConnections, SharedQueue };

struct Node {
    const Component* component = nullptr;
    const KindSpec* kind = nullptr;
    bool station = false;
    bool source = false;
    bool dataStore = false;    // shards x replicas nodes instead of instances
    bool hitsOrMisses = false; // answers hits itself, forwards misses over its links
    bool balancer = false;     // shares its choose links by its targets' instances
    bool broadcasts = false;   // message queue / event stream: every link gets every message
    bool holds = false;        // holding: hold
    Spreading spreading = Spreading::Random;
    std::int64_t instances = 1;
    std::int64_t workers = 1;
    std::int64_t shards = 1;
    std::int64_t replicas = 1;
    bool syncReplication = false;
    double hotKeyFraction = 0;
    bool queueLimited = false;
    std::int64_t queueCapacity = 0;
    double availability = 1; // of one instance or node
    double hitRatio = 0;
    double rejectAbove = -1;    // a global rate limiter's admitted rate, req/s; < 0: none
    std::uint32_t outBegin = 0; // outgoing edges [outBegin, outEnd): calls by step, then
    std::uint32_t outEnd = 0;   // choose, then handoff
};

struct Edge {
    std::uint32_t link = 0; // index in design.links
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    LinkMode mode = LinkMode::Call; // a broadcaster's links are all handoffs
    int step = 1;
    CallCondition when = CallCondition::Always;
    double weight = 1;
    double multiplicity = 1;
    double latency = 0; // s, one way
};

struct TrafficClass {
    std::string name;
    Operation operation = Operation::Read;
};

// One request class of one client: where traffic enters.
struct Entry {
    std::uint32_t client = 0; // node
    std::uint32_t traffic = 0;
    std::size_t workloadClass = 0; // index in the client's workload.classes
    double rate = 0;               // req/s (closed: filled in from MVA)
    bool closed = false;
};

struct Network {
    const Design* design = nullptr;
    std::vector<Node> nodes;
    std::vector<Edge> edges; // sorted by `from`, then as Node::outBegin says
    std::vector<std::vector<std::uint32_t>> incoming; // edge indices by `to`
    std::vector<TrafficClass> classes;
    std::vector<Entry> entries;
    std::size_t classCount() const { return classes.size(); }

    // Per (node, class), index node * classCount() + class.
    std::vector<double> serviceMean;      // s
    std::vector<double> serviceScv;       // cv^2
    std::vector<char> serviceExponential; // exactly exponential (M/M/c applies)
    // Per (edge, class): the link admits the class (its `classes` are empty or name it).
    std::vector<char> eligible;

    // Share of a node's requests of class k that miss (1 for a node that is not a cache or
    // CDN; writes always miss, as a cache cannot answer a write).
    double missFraction(std::uint32_t node, std::size_t k) const;
    bool admits(std::uint32_t edge, std::size_t k) const {
        return eligible[edge * classCount() + k] != 0;
    }
    std::string place(std::uint32_t node) const; // components[3] "db"
};

// Compiles `design`. Fails only when no client sends traffic.
Result<Network> compileNetwork(const Design& design, const Catalog& catalog, RateBasis rates);

} // namespace studio::core::solver
