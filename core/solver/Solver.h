#pragma once

// The analytic solver: reads a design exactly as ARCHITECTURE.md ("Simulation semantics")
// defines it, pushes every client's arrival rate through the links and gives each
// component its load, utilisation and latency, each request class its end-to-end latency,
// and the design its bottleneck, capacity, availability, single points of failure and
// requirements met or missed. Runs on every edit (bench/core/SolverBench.cpp).
//
// Where the semantics leave a choice, the solver decides (the simulator must agree):
// - A choose link is synchronous like a call: the caller waits for the chosen target's
//   answer, paying the link's latency both ways; a holding component holds for it too.
//   After its own service a component runs its call steps in order, then its chosen link.
// - A load balancer weighs each eligible choose link by weight x the target's instances
//   (each backend instance gets the link's weight): targets of 1 and 3 instances at equal
//   weights get 25% and 75%. A component fed only by balancers' choose links is spread by
//   their algorithm (round robin: approximate; random and hashing: Poisson thinning, exact;
//   least connections: approximated as one shared queue); otherwise by its own `spreading`.
// - A cache or CDN answers hit_ratio of the reads; writes always miss. Its own links carry
//   only its misses (read-through). `when: miss` runs when every cache the previous step
//   asked missed; a step that asked no cache passes the state before it on (so a second
//   tier's `when: miss` skips after a first-tier hit).
// - A message queue or event stream delivers every message over every link it has, as
//   handoffs. A handoff's latency is the link's one way plus the receiver's answer time.
// - Shards: with S shards and hot_key_fraction h the hottest shard gets 1/S + h (1 - 1/S)
//   of the requests, every other shard (1 - h)/S. A read goes to one replica, a write to
//   every replica; async writes answer after the primary, sync after the slowest replica.
// - Request classes of the same name and operation share links, `by_class` service times
//   and per-component figures across clients; end-to-end figures are per client and class.
//   Peak = rate x peak_factor; daily curves and bursts are the simulator's (a steady state
//   has no time of day). Closed workloads run at their MVA throughput (ClosedWorkloads.h).
// - A global rate limiter admits refill_rate (token bucket) or limit / window req/s
//   (approximate); per-client limits are not estimated (the key count is unknown).
// - Availability: a component with n instances of availability a is up 1 - (1 - a)^n; a
//   data store's shard 1 - (1 - a)^replicas (a sync write needs every replica: a^r). Calls
//   are in series; a choose branch or conditional call counts with its probability (the
//   share of requests that find what they need up); a handoff needs its receiver up, not
//   what is behind it. Failures are independent. The design's figure is its weakest
//   class's. A single point of failure is a component with one instance (one replica for
//   a data store) that every request of some class passes.
// - The highest sustainable rate scales every client's rate by one factor until the first
//   station's offered utilisation reaches 1 (drops ignored; holding callers make it a
//   search, else it is 1 / the highest utilisation).
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "solver/Solution.h"
#include "util/Result.h"

namespace studio::core::solver {

struct SolveOptions {
    RateBasis rates = RateBasis::Peak; // peak (rate x peak_factor) or average (rate)
};

// Fails, with every problem named by its place, when no client sends traffic, when some
// request class's routing loops (a cycle of calls, choose links with no way out, a message
// coming back), or when requests reach choose links whose weights are all 0. A design
// that is merely overloaded solves: its saturated components are flagged and their
// latencies are +inf. Expects a design that passed validateDesign.
Result<Solution> solveDesign(const Design& design, const SolveOptions& options = {},
                             const Catalog& catalog = Catalog::standard());

} // namespace studio::core::solver
