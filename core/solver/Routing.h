#pragma once

// Where requests go (ARCHITECTURE.md, "Simulation semantics"): per link and request class,
// how many messages cross it per request its caller accepts, and the rates that follow.
// Internal to core/solver.
#include "solver/Network.h"

#include <array>
#include <span>

namespace studio::core::solver {

// The outcome of the cache or CDN calls so far, as `when` reads it.
enum CallState : std::size_t { kNoCache = 0, kHit = 1, kMiss = 2 };
using StateProbabilities = std::array<double, 3>;

struct Step {
    std::uint32_t begin = 0; // call edges of one step number, [begin, end)
    std::uint32_t end = 0;
};

struct Routing {
    std::size_t classes = 0;
    // Per (edge, class): messages along the edge per request accepted at its caller:
    // call = probability the call happens; choose = the link's share; handoff =
    // multiplicity; all times the caller's miss fraction (a cache forwards misses only).
    std::vector<double> factor;
    // Per (edge, class): probability the call happens when its caller runs its steps.
    std::vector<double> execution;
    std::vector<Step> steps;                // every node's call steps, node after node
    std::vector<std::uint32_t> firstStep;   // per node, into `steps`; size nodes + 1
    std::vector<StateProbabilities> before; // per (step, class): the state entering it
    std::vector<double> chooseTotal;        // per (node, class): sum of choose weights
    std::vector<std::uint32_t> chooseBegin; // per node: its choose edges [begin, end)
    std::vector<std::uint32_t> chooseEnd;
    std::vector<std::vector<std::uint32_t>> order; // per class: nodes reached, callers first
    std::vector<char> reached;                     // per (node, class)
    std::vector<std::uint32_t> globalOrder;        // every node reached, callers first
    bool acyclic = true; // the union over classes is acyclic, so one pass in globalOrder
                         // (callees last) settles every dependency

    double chooseShare(const Network& net, std::uint32_t edge, std::size_t k) const;
};

// Plans the routing. Fails, naming the place, when some class's routing loops, or when
// requests reach a component whose eligible choose links all have weight 0.
Result<Routing> planRouting(const Network& net);

// Arrival rates per (node, class), req/s: the entries' rates pushed along the links, each
// node passing on what it accepts (`accepted[node]`, 1 - its drop fraction).
// With `synchronousOnly`, handoffs carry nothing (the visits a request waits for).
void propagateRates(const Network& net, const Routing& routing, std::span<const double> accepted,
                    std::vector<double>& rates, bool synchronousOnly = false);

} // namespace studio::core::solver
