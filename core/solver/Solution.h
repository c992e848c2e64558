#pragma once

// What the analytic solver says about a design (solveDesign in solver/Solver.h). Every
// figure carries whether it is exact or an approximation, so the studio and the command
// line can write "≈" before it. Rates are requests per second, times seconds, fractions
// 0..1. A time of +inf means "no finite latency": something on the way is saturated.
#include "model/Workload.h"
#include "util/Message.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace studio::core::solver {

// Which client rate the solver runs at.
enum class RateBasis {
    Peak,    // rate x peak_factor (the default, as ARCHITECTURE.md asks)
    Average, // rate
};

// One computed number and whether it is an approximation (shown with "≈").
struct Figure {
    double value = 0;
    bool approximate = false;
};

// How a component's arrivals were spread over its instances for the estimate.
enum class SpreadingModel {
    Single,           // one instance or one node: nothing to spread
    Random,           // Poisson thinning: exact
    RoundRobin,       // approximate (Allen-Cunneen with Erlang inter-arrivals)
    LeastConnections, // approximate (as one shared queue)
    SharedQueue,      // one M/M/(instances x workers) queue: exact
    ByKey,            // a data store's shards and replicas, picked by key: Poisson thinning
};

enum class Saturation {
    None,
    Overloaded,     // its own offered utilisation is >= 1
    WaitsOnCallee,  // it holds its workers while calling a saturated component
    FedBySaturated, // finite itself, but requests reach it only through a saturated one
};

// The load and latency of one request class at one component.
struct ClassLoad {
    std::string requestClass;
    Operation operation = Operation::Read;
    double arrivalRate = 0; // offered to the component, req/s
    Figure meanResponse;    // wait + its own service, s
    Figure meanWithCalls;   // what its caller waits for: also its calls and what it forwards
};

// One component of the design (the same order as design.components).
struct ComponentResult {
    std::string id;
    std::size_t index = 0; // in design.components
    bool station = false;  // queues and serves (not a client or a note)
    bool carriesTraffic = false;
    double arrivalRate = 0; // offered, all classes, req/s
    // The rate depends on an approximation upstream: an approximate drop fraction (a finite
    // queue whose service is not exponential, a rate limiter) or an approximate MVA
    // throughput of a closed workload.
    bool arrivalApproximate = false;
    std::vector<ClassLoad> classes;

    std::size_t stations = 0; // separate queues: instances, shards x replicas, or 1 shared
    std::int64_t serversPerStation = 0;
    SpreadingModel spreading = SpreadingModel::Single;
    bool holds = false; // its workers wait for its calls

    // The busiest station's busy fraction of its workers (for a holding component, the time
    // it waits for its calls counts as busy); the offered load when saturated, so >= 1.
    Figure utilisation;
    Figure meanWait;      // in the queue, s
    Figure meanResponse;  // wait + its own service, s (what the station alone adds)
    Figure p99Response;   // 99th percentile of the same, s
    Figure meanWithCalls; // wait + service + its calls, s (what its callers wait for)
    Figure dropRate;      // arrivals lost to a full queue or rejected by a limit, req/s
    Saturation saturation = Saturation::None;
    std::string saturatedBecauseOf; // the callee's id, for WaitsOnCallee / FedBySaturated
};

// End to end, for one client's request class: from the client sending the request to the
// answer, along every synchronous path, network latency included.
struct RequestResult {
    std::string client; // component id
    std::string requestClass;
    Operation operation = Operation::Read;
    bool closed = false;             // a closed workload: the rate is MVA's throughput
    double arrivalRate = 0;          // req/s
    bool arrivalApproximate = false; // an approximate MVA throughput
    Figure mean, p50, p95, p99;      // s; +inf when saturated
    Figure availability;             // fraction of requests that find what they need up
};

// What happens behind an asynchronous handoff, measured on its own: from the message
// leaving the caller to the receiving component finishing it (its calls included).
struct HandoffResult {
    std::string link; // link id
    std::string from;
    std::string to;
    double messageRate = 0; // req/s
    Figure mean, p99;       // s
};

struct CapacityResult {
    std::string bottleneck; // component id with the highest utilisation; empty when idle
    Figure bottleneckUtilisation;
    // The factor on every client's rate at which the first component saturates (> 1:
    // headroom; < 1: the design is already saturated). +inf when nothing carries load.
    Figure scaleFactor;
    Figure sustainableRate; // req/s summed over the clients at that factor
    double offeredRate = 0; // req/s summed over the clients, as solved
};

struct SinglePointOfFailure {
    std::string component;
    // The classes every request of which passes it, as "client/class".
    std::vector<std::string> requestClasses;
};

enum class RequirementKind { P99Latency, P99LatencyForClass, Availability, Throughput };

struct RequirementResult {
    RequirementKind kind = RequirementKind::P99Latency;
    std::string requestClass; // P99LatencyForClass
    double target = 0;        // s, fraction or req/s
    Figure actual;            // the worst class's p99, the availability, the sustainable rate
    std::string worst;        // "client/class" whose p99 is `actual` (latency requirements)
    bool met = false;
};

struct Solution {
    RateBasis rates = RateBasis::Peak;
    std::vector<ComponentResult> components; // one per design component, same order
    std::vector<RequestResult> requests;
    std::vector<HandoffResult> handoffs;
    CapacityResult capacity;
    // The weakest request class's availability (series along what it needs, parallel
    // across instances and replicas).
    Figure availability;
    std::vector<SinglePointOfFailure> singlePointsOfFailure;
    // False when the design was too large to find them (a note says so); the list is empty.
    bool singlePointsOfFailureComplete = true;
    std::vector<RequirementResult> requirements;
    // How the figures were obtained where that matters: approximations used, a fixed point
    // that did not converge, a saturated component.
    std::vector<Message> notes;

    // The component with this id, the client's request class, the handoff link; or nullptr.
    const ComponentResult* component(std::string_view id) const;
    const RequestResult* request(std::string_view client, std::string_view requestClass) const;
    const HandoffResult* handoff(std::string_view link) const;
};

} // namespace studio::core::solver
