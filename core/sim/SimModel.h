#pragma once

// The design compiled for the simulator: the solver's reading of it (solver/Network.h,
// solver/Routing.h: the same kinds, links, classes and choose shares) turned into flat
// per-(component, class) plans the engine follows without looking anything up. Internal
// to core/sim.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "sim/CallGate.h"
#include "sim/HashPick.h"
#include "sim/Sampler.h"
#include "sim/SimFailure.h"
#include "solver/Network.h"
#include "util/Result.h"

#include <cstdint>
#include <vector>

namespace studio::core::sim {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct PlanCall {
    std::uint32_t to = 0;
    std::uint32_t link = 0; // index in design.links
    CallCondition when = CallCondition::Always;
    double latency = 0; // s, one way
    double timeout = 0; // s; 0 = none
};

struct PlanChoice {
    std::uint32_t to = 0;
    std::uint32_t link = 0;
    double cumulative = 0; // share of this and the earlier choices, ends at 1
    double latency = 0;
    double timeout = 0;
};

struct PlanHandoff {
    std::uint32_t to = 0;
    std::uint32_t handoff = 0; // index in SimModel::handoffs
    double whole = 1;          // messages per request: `whole`, plus one with `fraction`
    double fraction = 0;
    double latency = 0;
};

struct PlanStep {
    std::uint32_t begin = 0; // into SimModel::calls
    std::uint32_t end = 0;
};

// One backend of a balancer: an instance of one of its choose-targets. A target that
// places requests itself (a data store, a shared queue) is one backend per instance with
// `instance` kNone.
struct PlanBackend {
    std::uint32_t choice = 0;   // into SimModel::choices
    std::uint32_t instance = 0; // among the target's stations, or kNone
    double weight = 0;          // its share of the balancer's requests of this class
};

// What one request class does at one component.
struct ClassPlan {
    Sampler service;
    bool write = false;
    std::uint32_t stepBegin = 0, stepEnd = 0;       // into SimModel::steps
    std::uint32_t choiceBegin = 0, choiceEnd = 0;   // into SimModel::choices
    std::uint32_t handoffBegin = 0, handoffEnd = 0; // into SimModel::handoffPlans
    std::uint32_t backendBegin = 0, backendEnd = 0; // into SimModel::backends (balancers)
    std::uint32_t ring = 0; // consistent_hash balancers: into SimModel::rings
    // When all the plan does is one call or one choice (no other step, no handoff,
    // balancing, gate, condition or resolver): that link, into SimModel::lones, which the
    // engine follows the short way (most clients, many services); kNone otherwise.
    std::uint32_t lone = kNone;
};

enum class SpreadRule { Random, RoundRobin, LeastConnections };

// How a load balancer picks among every instance of its targets: by weight at random, smooth
// weighted round robin (round_robin and weighted_round_robin: the weights are the link
// weights x instances, equal for plain round robin over equal links), the fewest requests in
// progress per unit of weight, or by the request's client key (Visit::clientKey): ip_hash
// over the live backends' weights, consistent_hash on a ring (sim/HashPick).
enum class BalanceRule { Random, RoundRobin, LeastConnections, IpHash, ConsistentHash };
// Every balancer has its backends (ClassPlan::backendBegin..End). Random ones use them only
// while a health check has found one down; the others on every request.

enum class LimiterRule { None, TokenBucket, Window };

struct SimNode {
    std::string id;
    bool station = false;
    bool source = false;
    bool dataStore = false;
    bool cache = false; // answers hit_ratio of the reads itself
    bool holds = false;
    SpreadRule spread = SpreadRule::Random;
    BalanceRule balance = BalanceRule::Random;
    std::uint32_t firstStation = 0; // into the engine's stations
    std::uint32_t stations = 0;     // queues: instances, shards x replicas, or 1 shared
    std::uint32_t servers = 1;      // workers per queue
    std::uint32_t shards = 1;
    std::uint32_t replicas = 1;
    bool syncReplication = false;
    double hotShare = 0; // probability a request goes to shard 0 (the hot one)
    bool queueLimited = false;
    bool dropExpired = false; // skips a request whose deadline passed (Visit::deadline)
    std::uint64_t queueCapacity = 0;
    double hitRatio = 0;
    LimiterRule limiter = LimiterRule::None;
    bool perClient = false;    // the limit counts each client key apart (scope: client)
    double limit = 0;          // token bucket: its size; window: requests per window
    double refillRate = 0;     // tokens per second
    double window = 1;         // s
    bool resolver = false;     // a DNS: its choices are answers cached by the callers for `ttl`
    double ttl = 0;            // s
    double healthInterval = 0; // balancers: s between health checks; 0 = none (a dead
                               // backend keeps its share of the requests)
    // Random failures (SimulationOptions::randomFailures): each station's fraction of time
    // up and mean time down, s. A shared queue stands for all its instances: it is down
    // while every one is (availability 1 - (1 - a)^n, down for mttr / n on average).
    double availability = 1;
    double mttr = 0;
};

// One request class of one client: a row of the results.
struct SimEntry {
    std::uint32_t client = 0; // node
    std::uint32_t traffic = 0;
    std::size_t workloadClass = 0;
};

struct SimClient {
    std::uint32_t node = 0;
    std::uint32_t entryBegin = 0, entryEnd = 0; // into SimModel::entries
    std::vector<double> mixCumulative;          // per entry, ends at 1
    bool closed = false;
    double rate = 0;                // open: req/s before daily curve and bursts
    double maxFactor = 1;           // open: the highest daily-curve x burst factor
    double meanGap = 0;             // open: 1 / (rate x maxFactor), s; 0 = sends nothing
    std::vector<double> dailyCurve; // 24 hourly multipliers of `rate` (scaled), or empty
    double curveOffset = 0;         // s: the time of day simulated time 0 stands for
    std::vector<Burst> bursts;
    std::int64_t population = 0; // closed
    double thinkTime = 0;        // closed, s, mean of an exponential
    double timeout = 0;          // s; 0 = none
    RetryPolicy retry;           // of the client's requests (attempts after a failure)
    bool shaped() const { return !dailyCurve.empty() || !bursts.empty(); }
    double factorAt(double time) const; // daily curve x bursts at simulated `time`, s
};

struct SimHandoff {
    std::uint32_t link = 0;
    std::uint32_t from = 0;
    std::uint32_t to = 0;
};

struct SimModel {
    const Design* design = nullptr;
    std::size_t classes = 0;
    std::vector<solver::TrafficClass> trafficClasses;
    std::vector<SimNode> nodes;
    std::vector<ClassPlan> plans; // per (node, class): node * classes + class
    std::vector<PlanStep> steps;
    std::vector<PlanCall> calls;
    std::vector<PlanChoice> choices;
    std::vector<PlanCall> lones; // ClassPlan::lone
    std::vector<PlanBackend> backends;
    std::vector<HashRing> rings; // a consistent_hash balancer's, per class plan
    std::vector<PlanHandoff> handoffPlans;
    std::vector<SimHandoff> handoffs;
    std::vector<SimEntry> entries;
    std::vector<SimClient> clients;
    std::vector<std::uint32_t> clientOf;   // per node: its index in `clients`, or kNone
    std::vector<SimFailure> failures;      // the timeline, in the file's order
    std::vector<GateSpec> gates;           // links whose caller limits or breaks its calls
    std::vector<std::uint32_t> gateOfLink; // per design link: into `gates`, or kNone
    std::uint32_t gateCount = 0;           // the callers' instances' gates, all links
    std::uint32_t stationCount = 0;
    std::uint32_t linkCount = 0; // the design's links
    double offeredRate = 0;      // open clients' highest rate summed, req/s (for the time bound)

    const ClassPlan& plan(std::uint32_t node, std::size_t k) const {
        return plans[node * classes + k];
    }
    std::string place(std::uint32_t node) const; // components[3] "db"
};

// Compiles `design` as the solver reads it. Fails when no client sends traffic or a
// request's routing loops (the solver's problems, naming the place).
Result<SimModel> compileModel(const Design& design, const Catalog& catalog,
                              solver::RateBasis rates);

} // namespace studio::core::sim
