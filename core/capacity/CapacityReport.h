#pragma once

// What the capacity search (capacity/FindCapacity.h) is asked and what it answers. Plain
// values: times in seconds, rates in requests per second, error rates and loads as fractions.
// A "factor" multiplies every client's rate (open workloads) or population (closed, rounded).
#include "sim/Interval.h"
#include "sim/SimulationOptions.h"
#include "solver/Solution.h"
#include "util/Problem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace studio::core::capacity {

// The service level the capacity is the highest rate of.
struct SloTarget {
    double p99 = 0; // s: every request class's end-to-end p99 at most this
    // Fraction of the requests failing (dropped, rejected, timed out) at most this; judged by
    // the simulation, and by the search as far as the analytic solver sees drops and
    // rejections (capacity/ScaledSolve.h's droppedShare).
    std::optional<double> errorRate;
};

struct CapacityOptions {
    SloTarget target;
    solver::RateBasis rates = solver::RateBasis::Peak;
    double precision = 1e-3; // relative, on the factor (the bisection's stopping width)
    bool simulate = true;    // confirm by simulation at 90%, 100% and 110% of the answer
    std::int64_t simulationRequests = 20'000; // per replication
    int simulationReplications = 4;
    std::uint64_t seed = 1;
    int threads = 0; // simulation threads; 0 = the hardware's core count
    // Not owned; may be null. Its cancelled() is asked between the search's steps and by the
    // simulations: true stops the search with what it found so far (CapacityReport::cancelled).
    sim::SimulationObserver* observer = nullptr;
};

// What stops the load from growing past the factor found.
enum class Limit {
    P99,        // a request class's p99 passes the target just above it
    Saturation, // a component saturates just above it (behind a handoff too), p99 aside
    ErrorRate,  // the solver's drops and rejections pass the error-rate target just above it
};

// One search's answer: the highest factor that meets the target (to the precision asked).
struct ScaleSearch {
    double factor = 0;       // x every client's rate (population)
    double offeredRate = 0;  // req/s summed over the clients' request classes at the factor
    double worstP99 = 0;     // s, the highest end-to-end p99 at the factor
    double droppedShare = 0; // fraction of the offered requests the solver sees lost there
    std::string worstClass;  // "client/class" with that p99
    // The component that breaks first: the highest utilisation at the factor.
    std::string bottleneck;
    double bottleneckUtilisation = 0; // busy fraction
    Limit limit = Limit::P99;
    std::string saturated; // Limit::Saturation: the component saturated just above
};

// What doubling the bottleneck's instances (shards for a data store) buys.
struct ScalingAdvice {
    std::string component;
    std::string property;             // "instances" or "shards"
    std::int64_t from = 0;            // its value in the design
    std::int64_t to = 0;              // doubled, within the property's range
    std::optional<ScaleSearch> after; // absent when it cannot grow (at its maximum already)
};

// The simulation at one load around the answer.
struct SimulatedPoint {
    double load = 1;        // fraction of the factor found: 0.9, 1, 1.1
    double factor = 0;      // x every client's rate
    double arrivalRate = 0; // req/s the clients sent, simulated
    double measured = 0;    // s simulated after the warm-up, per replication (mean)
    bool ran = false;       // the simulator ran it (else `problem` says why not)
    // Why it gives no verdict: the simulator refused the run (a queue past its cap), or the
    // run was too short for some class to be answered at all.
    std::optional<Problem> problem;
    std::string worstClass;           // "client/class" with the highest simulated p99
    sim::Interval p99;                // s, that class's, over the replications
    double errorRate = 0;             // failed / finished requests, all classes and replications
    std::string busiest;              // the station with the highest simulated utilisation
    sim::Interval busiestUtilisation; // its busy fraction (its busiest group of stations)
    bool meetsP99 = false;            // the p99's mean is at most the target
    bool p99Decided = true;           // the target lies outside the p99's interval
    bool meetsErrorRate = true;       // true when no error-rate target is given
    bool meets() const { return ran && !problem && meetsP99 && meetsErrorRate; }
};

// One point of the latency-versus-load curve, from the analytic solver.
struct LoadPoint {
    double load = 0;        // fraction of the factor found, 0.1 .. 1.1
    double factor = 0;      // x every client's rate
    double offeredRate = 0; // req/s
    // req/s answered: the offered rate up to the solver's sustainable rate, that rate beyond.
    double throughput = 0;
    std::string worstClass;  // "client/class" with the highest p99
    double p50 = 0, p99 = 0; // s, that class's; +inf where saturated
};

struct CapacityReport {
    SloTarget target;
    solver::RateBasis rates = solver::RateBasis::Peak;
    double baseRate = 0; // req/s offered at factor 1 (the design as it is)
    ScaleSearch found;
    std::optional<ScalingAdvice> scaling; // absent when the bottleneck has nothing to double
    std::vector<LoadPoint> curve;
    std::vector<SimulatedPoint> simulated; // empty when not asked
    // Stopped by CapacityOptions::observer: the steps after the stop are missing (a found
    // factor is always there; the advice, the curve or simulated points may not be).
    bool cancelled = false;
};

} // namespace studio::core::capacity
