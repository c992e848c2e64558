#pragma once

// Designs for the simulator tests, built in code (a client feeding queueing stations), and
// the checks the validation cases share.
#include "model/Design.h"
#include "sim/Simulation.h"

#include <gtest/gtest.h>

#include <string>

namespace studio::core::sim::test {

// A client sending `rate` req/s of class "read" (peak factor 1).
Component& addClient(Design& d, const std::string& id, double rate);
// A `kind` component with one instance of `workers` workers and this service time (s).
Component& addStation(Design& d, const std::string& kind, const std::string& id, int workers,
                      ServiceTime service);
Link& addLink(Design& d, const std::string& from, const std::string& to, LinkMode mode,
              double latency = 0);

// client -> one "service" station: M/G/c with the given service (mean in s).
Design singleStation(double rate, ServiceTime service, int workers = 1);

// An exponential service time of this mean (s).
ServiceTime exponential(double mean);

// Designs of the queueing validation (validation/queueing.md) that both its quick and its long
// tests run. Jackson tandem: 80 req/s through a balancer (5 ms), an app server (10 ms) and a
// database (8 ms), each one instance and one worker, no network latency, callers releasing their
// workers.
Design tandem();
// Erlang loss: 800 req/s to a "service" station of 10 workers with no queue, service 10 ms
// exponential or deterministic (`dist`); 8 Erlang offered.
Design erlangLoss(Distribution dist);
// The share of the arrivals at `station` that it dropped, as an interval.
Interval droppedShare(const ComponentStats& station);

// A run of `requests` requests a replication, with these replications, threads and seed.
SimulationOptions requestRun(std::int64_t requests, int replications, int threads,
                             std::uint64_t seed);

// Validates and simulates, failing the test when either fails.
SimulationResult simulated(const Design& design, const SimulationOptions& options);

const RequestStats& requestOf(const SimulationResult& r, const std::string& client,
                              const std::string& requestClass = "read");
const ComponentStats& componentOf(const SimulationResult& r, const std::string& id);
// Conservation, for every request class: arrived = completed + dropped + rejected + timed out
// + in flight; with `everyClassArrived`, each class also had requests.
void expectConserved(const SimulationResult& r, bool everyClassArrived = false);

// The 99.9% half-width from a 95% interval (the same replications).
double halfWidth999(const Interval& i);

// The figure agrees with `exact` when the exact value lies in its 99.9% interval widened to
// at least `tolerance` x exact (queueing.md's rule).
::testing::AssertionResult agrees(const Interval& figure, double exact, double tolerance);

// The mean of a series figure over its buckets that lie wholly inside [from, to), s; fails the
// test when there is none.
double meanOver(const SimulationResult& r, const SeriesFigure& figure, double from, double to);

} // namespace studio::core::sim::test
