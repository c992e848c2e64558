#pragma once

// What a simulation measured. Counts are summed over the replications, after the warm-up;
// every figure that varies between replications is an Interval (mean over replications and
// its 95% Student-t half-width). Rates in req/s, times in seconds, fractions 0..1.
#include "model/Workload.h"
#include "sim/Interval.h"
#include "util/Message.h"

#include <cstdint>
#include <string>
#include <vector>

namespace studio::core::sim {

// End to end, for one client's request class. arrived = completed + dropped + rejected +
// timedOut + inFlight, exactly.
struct RequestStats {
    std::string client; // component id
    std::string requestClass;
    Operation operation = Operation::Read;
    bool closed = false;
    std::uint64_t arrived = 0;
    std::uint64_t completed = 0; // answered in time (or with no timeout)
    std::uint64_t dropped = 0;   // lost to a full queue on the way
    std::uint64_t rejected = 0;  // refused by a rate limiter
    std::uint64_t timedOut = 0;  // answered after the timeout, given up on by a link's
                                 // timeout, or older than the timeout when the run ended
    std::uint64_t inFlight = 0;  // still unanswered when the run ended
    Interval arrivalRate;
    Interval throughput;                // answers per second, late ones included (work done)
    Interval goodput;                   // answers in time per second
    Interval mean, p50, p95, p99, p999; // latency of the requests answered in time
};

struct ComponentStats {
    std::string id;
    bool station = false;
    bool cache = false;
    std::uint64_t arrivals = 0; // requests arrived (a write's copies to other replicas not)
    std::uint64_t drops = 0;    // lost to a full queue (copies at replicas included)
    std::uint64_t rejections = 0;
    Interval arrivalRate;   // offered, req/s
    Interval servedRate;    // own services finished per second, copies at replicas included
    Interval utilisation;   // busy fraction of the workers of its busiest group of stations
    Interval meanQueue;     // requests waiting, all its stations together, time average
    double maxQueue = 0;    // the most waiting at once (max over replications)
    Interval meanInSystem;  // waiting or in their own service, time average
    Interval meanWait;      // in the queue, s
    Interval meanResponse;  // wait + own service, s (a write's at its primary)
    Interval visitResponse; // the same over every visit served, copies at replicas included
    Interval dropRate;      // drops and rejections per second
    Interval hitRatio;      // caches and CDNs: hits / reads served
};

// Messages behind one handoff link: from leaving the caller to the receiver finishing.
struct HandoffStats {
    std::string link;
    std::string from;
    std::string to;
    std::uint64_t messages = 0;
    std::uint64_t dropped = 0;
    Interval messageRate;
    Interval mean, p99;
};

struct SimulationResult {
    int replications = 0;
    std::uint64_t seed = 0;
    double duration = 0;      // simulated seconds per replication, mean (warm-up included)
    double measured = 0;      // of which after the warm-up, mean
    std::uint64_t events = 0; // processed, all replications
    bool cancelled = false;
    std::vector<RequestStats> requests;
    std::vector<ComponentStats> components; // one per design component, same order
    std::vector<HandoffStats> handoffs;
    std::vector<Message> notes; // what was not simulated, and why
};

} // namespace studio::core::sim
