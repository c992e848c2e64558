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
    std::uint64_t rejected = 0;  // refused by a rate limiter or a down instance (refuse)
    std::uint64_t timedOut = 0;  // given up on by the client's timeout (counted then, an
                                 // answer may still come: "late") or a link's timeout
    std::uint64_t inFlight = 0;  // still unanswered when the run ended
    std::uint64_t retries = 0;   // attempts after the first (a request counts once above)
    Interval arrivalRate;
    Interval throughput;                // answers per second, late ones included (work done)
    Interval goodput;                   // answers in time per second
    Interval answered;                  // completed / (arrived - inFlight): the availability
                                        // the requests saw
    Interval mean, p50, p95, p99, p999; // latency of the requests answered in time
    // The distribution of those latencies, every replication's answers together: the
    // latency (s) at each of latencyLevels() (cumulative fractions); empty when none.
    std::vector<double> latencyQuantiles;
};

// The cumulative fractions RequestStats::latencyQuantiles is given at: 0.005, 0.015, ...
// 0.995 (a hundred), then 0.999 and 0.9999.
const std::vector<double>& latencyLevels();

struct ComponentStats {
    std::string id;
    bool station = false;
    bool cache = false;
    std::uint64_t arrivals = 0; // requests arrived (a write's copies to other replicas not)
    std::uint64_t drops = 0;    // lost to a full queue (copies at replicas included)
    std::uint64_t rejections = 0;
    std::uint64_t wasted = 0;          // services finished for callers that had given up already
    std::uint64_t expired = 0;         // requests skipped unserved because of that (drop_expired)
    std::uint64_t bulkheadRefused = 0; // its calls refused at once: max_concurrent reached
    std::uint64_t breakerRefused = 0;  // its calls failed fast by an open circuit breaker
    std::uint64_t retries = 0;         // its calls sent again by its links' retries
    Interval arrivalRate;              // offered, req/s
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

// One figure over time: per bucket, its mean over the replications that have it (that ran
// into the bucket; for latencies, that answered a request in it) and its interval.
using SeriesFigure = std::vector<Interval>;

struct RequestSeries {
    std::string client;
    std::string requestClass;
    SeriesFigure arrivalRate;         // requests sent per second
    SeriesFigure throughput;          // answers per second, late ones included
    SeriesFigure goodput;             // answers in time per second
    SeriesFigure errorRate;           // drops, rejections and timeouts per second
    SeriesFigure mean, p50, p95, p99; // latency of the answers in time, s (p: within 6%)
};

struct ComponentSeries {
    std::string id;
    SeriesFigure utilisation; // busy fraction of all its workers
    SeriesFigure meanQueue;   // requests waiting, all its queues, time average
};

// The run over time, warm-up included, in at most TimeSeries::kBuckets buckets of equal
// width from time 0 (the last one shorter: the run ended in it). Each event counts in the
// bucket where it happens: an arrival when sent, an answer or failure when it comes back.
struct SimulationSeries {
    double measureStart = 0;                 // s, the warm-up's end (mean over the replications)
    std::vector<double> start;               // s, per bucket
    std::vector<double> width;               // s, per bucket
    std::vector<RequestSeries> requests;     // one per client's class, as `requests`
    std::vector<ComponentSeries> components; // the followed ones (SimulationOptions)
    bool componentsCapped = false; // a design beyond seriesStationLimit queues, none named
};

// Traffic on one design link, after the warm-up: calls (retries included), choices or
// messages sent per second, in all and per traffic class (SimulationResult::classes).
struct LinkStats {
    std::string id;
    Interval rate;
    std::vector<double> classRates; // mean over the replications, req/s
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
    std::vector<LinkStats> links;     // one per design link, same order
    std::vector<std::string> classes; // the traffic classes' names (LinkStats::classRates)
    SimulationSeries series;
    std::vector<Message> notes; // what was not simulated, and why
};

} // namespace studio::core::sim
