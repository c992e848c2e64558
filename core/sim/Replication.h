#pragma once

// One replication of a simulation: a single-threaded event loop over a compiled design,
// fully determined by its seed and index. Internal to core/sim (sim/Simulation.h runs
// replications on a thread pool).
#include "sim/EventQueue.h"
#include "sim/RandomStream.h"
#include "sim/ReplicationStats.h"
#include "sim/SimModel.h"
#include "sim/StationState.h"
#include "sim/VisitPool.h"

#include <atomic>
#include <unordered_map>
#include <utility>

namespace studio::core::sim {

// How long a replication runs and when its measurement starts.
struct RunLimits {
    double duration = 0;              // s; 0: run by requests
    std::uint64_t requests = 0;       // requests sent, when duration is 0
    double warmup = 0;                // s (duration runs, or requests runs given a time)
    std::uint64_t warmupRequests = 0; // requests runs: measuring starts after these
    std::uint64_t maxQueue = 1'000'000;
    std::uint64_t maxInFlight = 2'000'000;
    bool randomFailures = false;            // SimulationOptions::randomFailures
    double seriesWidth = 1;                 // s, the time series' first bucket width (TimeSeries)
    std::vector<std::uint32_t> seriesNodes; // components followed over time, by node
};

// The caller's gate a call went through (CallGate), if its link has one.
struct GatePass {
    std::uint32_t gate = kNone;
    bool probe = false; // the call a half-open breaker let through
};

class Replication {
public:
    Replication(const SimModel& model, const RunLimits& limits, std::uint64_t seed,
                std::uint32_t index);

    // Runs to the end (or until `cancel` is set), storing the fraction done in `progress`
    // now and then.
    void run(ReplicationStats& out, const std::atomic<bool>* cancel = nullptr,
             std::atomic<double>* progress = nullptr);

private:
    enum EventKind : std::uint32_t {
        kArrival,      // data: client index
        kThink,        // data: client index
        kVisitArrive,  // data: visit
        kServiceDone,  // data: visit
        kResponse,     // data: visit (the answering child)
        kCallTimeout,  // data: visit; the kind's high bits hold its generation
        kRootTimeout,  // data: a client's request; high bits: its generation
        kRetry,        // data: a client's request, its next attempt
        kCallRetry,    // data: a record holding a link's retry (its caller, gate and attempt)
        kFailureStart, // data: index into SimModel::failures
        kFailureEnd,
        kHealthCheck, // data: a balancer's node
        kRandomDown,  // data: a station (random failures)
        kRandomUp,
        kWarmupEnd,
        kStop,
    };

    void dispatch(const Event& e);
    void scheduleArrival(std::uint32_t client);
    void sendRequest(std::uint32_t client);
    void arrive(std::uint32_t v);
    std::uint32_t pickStation(const SimNode& node, std::uint32_t node_index, const Visit& visit);
    bool admit(std::uint32_t v, std::uint32_t station);
    void startService(std::uint32_t v, std::uint32_t station);
    void serviceDone(std::uint32_t v);
    void releaseWorker(std::uint32_t station);
    void expire(std::uint32_t v);
    void afterService(std::uint32_t v);
    void runSteps(std::uint32_t v);
    std::uint32_t pickBackend(std::uint32_t node, const ClassPlan& plan, std::uint32_t clientKey);
    bool passGate(std::uint32_t caller, std::uint32_t link, GatePass& pass);
    bool askGate(std::uint32_t gate, std::uint32_t callerNode, GatePass& pass);
    void closeGate(const Visit& call, bool failed);
    void launch(std::uint32_t parent, std::uint32_t to, double latency, double timeout,
                std::uint32_t instance = kNone, GatePass pass = {}, std::uint8_t attempt = 0);
    void sendHandoff(const Visit& from, const PlanHandoff& plan);
    void finish(std::uint32_t v);
    void deliver(std::uint32_t child);
    void childDone(std::uint32_t parent);
    void callTimeout(std::uint32_t child, std::uint32_t generation);
    void rootTimeout(std::uint32_t root, std::uint32_t generation);
    // Retries of a client's failed attempt (ReplicationRetries.cpp).
    void startAttempt(std::uint32_t root);
    bool mayRetry(const Visit& root);
    void retry(std::uint32_t root);
    bool retryCall(const Visit& call);
    void callRetry(std::uint32_t carrier);
    // The failure timeline (ReplicationFailures.cpp).
    void failureStarts(std::uint32_t f);
    void failureEnds(std::uint32_t f);
    void crashStation(std::uint32_t station, bool refuse);
    void recoverStation(std::uint32_t station, bool refuse);
    void startRandomFailures();
    void randomDown(std::uint32_t station);
    void randomUp(std::uint32_t station);
    double upTime(const SimNode& node); // a random failure's time to the next, s
    std::uint32_t replicaUp(const SimNode& node, std::uint32_t station) const;
    void failAtDownStation(std::uint32_t v, bool refuse);
    std::uint32_t resolve(std::uint32_t node, const ClassPlan& plan, std::uint32_t choice);
    void startHealthChecks();
    void healthCheck(std::uint32_t node);
    bool stationDown(std::uint32_t station) const { return m_down[station] > 0; }
    // A client's request's client (into SimModel::clients), wherever the request is.
    std::uint32_t clientIndex(const Visit& root) const {
        return m_model.clientOf[m_model.entries[root.tag].client];
    }
    void travel(std::uint32_t root, const PlanCall& lone);
    bool cutOff(std::uint32_t from, std::uint32_t to) const;
    double hitRatio(std::uint32_t node) const;
    // Whether the node's limiter lets a request of `clientKey` through (and counts it).
    bool limiterAdmits(std::uint32_t node, std::uint32_t clientKey);
    void startMeasuring();
    void checkInFlight();
    void queueOverflow(std::uint32_t node);
    void collect(ReplicationStats& out);
    void flushSeries(); // followed stations' integrals since the last flush, into the series
    void passSeriesBoundaries(double time); // the buckets ending before `time` are done

    // A client's retry budget (RetryPolicy::budget), as a link's (CallGate): a bucket that
    // each first attempt fills by `budget` tokens, up to kRetryTokensMax, from kRetryReserve;
    // a retry takes one. A budget of 1 is no budget.
    static constexpr double kRetryReserve = CallGate::kRetryReserve;
    static constexpr double kRetryTokensMax = CallGate::kRetryTokensMax;

    const SimModel& m_model;
    RunLimits m_limits;
    EventQueue m_events;
    VisitPool m_visits;
    std::vector<StationState> m_stations;
    std::vector<RandomStream> m_random; // per node
    std::vector<std::uint32_t> m_roundRobin;
    std::vector<double> m_backendCredit;      // per backend: smooth weighted round robin
    std::vector<std::uint32_t> m_balanceNext; // per node: where least connections looks first
    std::vector<std::uint64_t> m_waiting;     // per node: visits waiting, all its stations
    std::vector<double> m_tokens;             // per node: limiter tokens or window count
    std::vector<double> m_limiterClock;       // per node: last refill, or window start
    // Per-client limiters: tokens (or window count) and clock per (node << 32 | user key),
    // for the users of closed workloads: at most their population.
    std::unordered_map<std::uint64_t, std::pair<double, double>> m_clientLimits;
    std::vector<SeriesArea> m_seriesMark; // per station: its integrals at the last flush
    // The failure timeline's state: per station, the downs in force, those that refuse, and
    // its crash count (a visit in service remembers it, so a crash meanwhile loses its work);
    // per node, the service time factor and a flush's end and refill; the partitions in force.
    std::vector<std::uint32_t> m_down, m_refusing, m_crashes;
    std::vector<std::uint32_t> m_stationsDown; // per node: its stations down
    std::vector<double> m_downSince;           // per node: when all went down, or +inf
    std::vector<std::uint8_t> m_crashRefuses;
    std::vector<double> m_slow;
    std::vector<std::uint32_t> m_slowCount;
    std::vector<double> m_flushEnd, m_flushRefill;
    std::vector<std::uint32_t> m_cuts; // into SimModel::failures
    std::vector<double> m_retryTokens; // per client: its retry budget's bucket
    // What the balancers' health checks last found: per backend, down (1) or not; per node,
    // how many of its backends are down. Checks run only when the design has failures.
    std::vector<std::uint8_t> m_seenDown;
    std::vector<std::uint32_t> m_seenDownCount;
    std::vector<CallGate> m_gates;         // per caller instance and gated link
    std::vector<std::uint32_t> m_gateSpec; // per gate: into SimModel::gates
    RandomStream m_healthRandom;           // the checks' phases, apart from the components' streams
    RandomStream m_failureRandom;          // random failures' times, apart as well
    // The series' current bucket: its end (s; checked per event, so no event marks it) and
    // its rows, per entry (into m_out->series, moved on by passSeriesBoundaries).
    double m_seriesEnd = 0;
    SeriesCounts* m_seriesCounts = nullptr;
    CoarseHistogram* m_seriesLatency = nullptr;
    ReplicationStats* m_out = nullptr;
    double m_now = 0;
    bool m_measuring = false;
    bool m_stop = false;
    std::uint64_t m_sent = 0;
};

} // namespace studio::core::sim
