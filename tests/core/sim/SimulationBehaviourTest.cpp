// What each part of a design does in the simulator: choose and call links, classes,
// caches, handoffs, data stores, holding, timeouts, limits, closed workloads; and how a
// run behaves: reproducible, bounded, cancellable, with designs it cannot run refused.
#include "SimTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

namespace studio::core::sim::test {
namespace {

SimulationOptions quick(std::int64_t requests = 20'000, int replications = 4) {
    SimulationOptions o;
    o.requests = requests;
    o.replications = replications;
    o.threads = 2;
    o.seed = 7;
    return o;
}

ServiceTime exponential(double mean) {
    return {Distribution::Exponential, mean, 1};
}

std::string problemsOf(const Design& d, const SimulationOptions& o) {
    auto result = simulateDesign(d, o);
    std::string text;
    if (!result.ok())
        for (const Problem& p : result.problems())
            text += p.text() + "\n";
    return text;
}

// Every figure of a result, as text: equal texts mean equal results.
std::string dump(const SimulationResult& r) {
    std::ostringstream out;
    out.precision(17);
    const auto put = [&](const Interval& i) { out << i.mean << "+-" << i.halfWidth << " "; };
    for (const RequestStats& q : r.requests) {
        out << q.arrived << " " << q.completed << " " << q.inFlight << " ";
        for (const Interval* i : {&q.mean, &q.p50, &q.p99, &q.p999, &q.throughput})
            put(*i);
    }
    for (const ComponentStats& c : r.components) {
        out << c.arrivals << " " << c.maxQueue << " ";
        for (const Interval* i : {&c.utilisation, &c.meanQueue, &c.meanResponse})
            put(*i);
    }
    out << r.events;
    return out.str();
}

TEST(SimulationBehaviourTest, SameSeedSameResultWhateverTheThreads) {
    const Design d = singleStation(70, exponential(0.01), 1);
    SimulationOptions o = quick(20'000, 5);
    o.threads = 1;
    const std::string one = dump(simulated(d, o));
    o.threads = 4;
    EXPECT_EQ(dump(simulated(d, o)), one);
    o.seed = 8;
    EXPECT_NE(dump(simulated(d, o)), one);
}

TEST(SimulationBehaviourTest, DurationRunsMeasureAfterTheWarmup) {
    SimulationOptions o = quick();
    o.requests = 0;
    o.duration = 200;
    const SimulationResult r = simulated(singleStation(50, exponential(0.01)), o);
    EXPECT_NEAR(r.duration, 200, 1e-9);
    EXPECT_NEAR(r.measured, 180, 1e-9);
    EXPECT_TRUE(agrees(requestOf(r, "users").arrivalRate, 50, 0.03));
    expectConserved(r, true);
    o.warmup = 250;
    EXPECT_NE(problemsOf(singleStation(50, exponential(0.01)), o).find("warm-up"),
              std::string::npos);
}

TEST(SimulationBehaviourTest, DailyCurveStartsAtItsBusiestHourScaledToThePeak) {
    Design d = singleStation(100, exponential(0.001), 4);
    Workload& w = *d.components[0].workload;
    w.peakFactor = 3;
    w.dailyCurve.assign(24, 1.0);
    w.dailyCurve[5] = 2.0; // the busiest hour runs at rate x peak_factor = 300 req/s
    SimulationOptions o = quick();
    o.requests = 0;
    o.duration = 100;
    EXPECT_TRUE(agrees(requestOf(simulated(d, o), "users").arrivalRate, 300, 0.03));
    // The average: from midnight at the curve's hour-0 share of its mean, 100 / (25 / 24).
    o.rates = solver::RateBasis::Average;
    EXPECT_TRUE(agrees(requestOf(simulated(d, o), "users").arrivalRate, 96, 0.03));
}

TEST(SimulationBehaviourTest, BurstMultipliesTheRateWhileItLasts) {
    Design d = singleStation(100, exponential(0.001), 4);
    d.components[0].workload->bursts = {{50, 50, 3.0}};
    SimulationOptions o = quick();
    o.requests = 0;
    o.duration = 100;
    o.warmup = 0;
    // Half the run at 100 req/s, half at 300: 200 on average.
    EXPECT_TRUE(agrees(requestOf(simulated(d, o), "users").arrivalRate, 200, 0.03));
}

TEST(SimulationBehaviourTest, ChooseByClassAndWeight) {
    Design d;
    Component& users = addClient(d, "users", 100);
    users.workload->classes = {{"read", 0.8, Operation::Read}, {"write", 0.2, Operation::Write}};
    addStation(d, "service", "a", 4, exponential(0.001));
    addStation(d, "service", "b", 4, exponential(0.001));
    addStation(d, "service", "w", 4, exponential(0.001));
    addLink(d, "users", "a", LinkMode::Choose).classes = {"read"};
    addLink(d, "users", "b", LinkMode::Choose).classes = {"read"};
    d.links.back().weight = 3;
    addLink(d, "users", "w", LinkMode::Choose).classes = {"write"};
    const SimulationResult r = simulated(d, quick(40'000));
    EXPECT_TRUE(agrees(componentOf(r, "a").arrivalRate, 20, 0.05));
    EXPECT_TRUE(agrees(componentOf(r, "b").arrivalRate, 60, 0.05));
    EXPECT_TRUE(agrees(componentOf(r, "w").arrivalRate, 20, 0.05));
    expectConserved(r, true);
}

TEST(SimulationBehaviourTest, BalancerWeighsTargetsByInstances) {
    Design d;
    addClient(d, "users", 200);
    addStation(d, "load_balancer_l7", "lb", 64, exponential(0.0001));
    addStation(d, "service", "one", 8, exponential(0.001));
    Component& three = addStation(d, "service", "three", 8, exponential(0.001));
    three.properties["instances"] = std::int64_t{3};
    addLink(d, "users", "lb", LinkMode::Call);
    addLink(d, "lb", "one", LinkMode::Choose);
    addLink(d, "lb", "three", LinkMode::Choose);
    const SimulationResult r = simulated(d, quick(40'000));
    EXPECT_TRUE(agrees(componentOf(r, "one").arrivalRate, 50, 0.05));
    EXPECT_TRUE(agrees(componentOf(r, "three").arrivalRate, 150, 0.05));
}

TEST(SimulationBehaviourTest, CallStepsParallelJoinAndNetworkLatency) {
    // Deterministic everything: 1 ms at app, then two parallel calls (2 and 5 ms, 1 ms
    // away each way), then a 3 ms call: 1 + (max(2, 5) + 2) + (3 + 2) = 13 ms, plus the
    // 0.5 ms link to the app both ways.
    Design d;
    addClient(d, "users", 10);
    const ServiceTime ms{Distribution::Deterministic, 0.001, 0};
    addStation(d, "service", "app", 8, ms);
    addStation(d, "service", "x", 8, {Distribution::Deterministic, 0.002, 0});
    addStation(d, "service", "y", 8, {Distribution::Deterministic, 0.005, 0});
    addStation(d, "service", "z", 8, {Distribution::Deterministic, 0.003, 0});
    addLink(d, "users", "app", LinkMode::Call, 0.0005);
    addLink(d, "app", "x", LinkMode::Call, 0.001);
    addLink(d, "app", "y", LinkMode::Call, 0.001);
    addLink(d, "app", "z", LinkMode::Call, 0.001).step = 2;
    const SimulationResult r = simulated(d, quick(2'000, 2));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_NEAR(q.mean.mean, 0.014, 1e-9);
    EXPECT_NEAR(q.p99.mean, 0.014, 0.014 * 0.003);
    // It holds its worker for its calls: busy 13 ms per request.
    const ComponentStats& app = componentOf(r, "app");
    EXPECT_NEAR(app.utilisation.mean, app.arrivalRate.mean * 0.013 / 8, 1e-4);
}

TEST(SimulationBehaviourTest, CacheAsideHitsAndMisses) {
    Design d;
    Component& users = addClient(d, "users", 100);
    users.workload->classes = {{"read", 0.9, Operation::Read}, {"write", 0.1, Operation::Write}};
    addStation(d, "service", "app", 16, exponential(0.001));
    Component& cache = addStation(d, "cache", "cache", 16, exponential(0.0002));
    cache.properties["hit_ratio"] = 0.8;
    cache.properties["shards"] = std::int64_t{1};
    cache.properties["replicas"] = std::int64_t{1};
    Component& db = addStation(d, "sql_database", "db", 16, exponential(0.002));
    db.properties["replicas"] = std::int64_t{1};
    addLink(d, "users", "app", LinkMode::Call);
    addLink(d, "app", "cache", LinkMode::Call);
    Link& miss = addLink(d, "app", "db", LinkMode::Call);
    miss.step = 2;
    miss.when = CallCondition::Miss;
    const SimulationResult r = simulated(d, quick(60'000));
    EXPECT_TRUE(agrees(componentOf(r, "cache").hitRatio, 0.8, 0.02));
    // Reads miss 20%, writes always: 100 (0.9 x 0.2 + 0.1) = 28 req/s at the database.
    EXPECT_TRUE(agrees(componentOf(r, "db").arrivalRate, 28, 0.04));
    expectConserved(r, true);
}

TEST(SimulationBehaviourTest, HandoffMultiplicityKeepsItsMean) {
    Design d;
    addClient(d, "users", 100);
    addStation(d, "service", "app", 16, exponential(0.001));
    addStation(d, "message_queue", "q", 16, exponential(0.0001));
    addStation(d, "worker", "fanout", 64, exponential(0.002));
    addLink(d, "users", "app", LinkMode::Call);
    addLink(d, "app", "q", LinkMode::Handoff, 0.001).multiplicity = 2.5;
    addLink(d, "q", "fanout", LinkMode::Handoff, 0.001);
    const SimulationResult r = simulated(d, quick(40'000));
    EXPECT_TRUE(agrees(componentOf(r, "q").arrivalRate, 250, 0.03));
    EXPECT_TRUE(agrees(componentOf(r, "fanout").arrivalRate, 250, 0.03));
    ASSERT_EQ(r.handoffs.size(), 2u);
    EXPECT_TRUE(agrees(r.handoffs[0].messageRate, 250, 0.03));
    // q -> fanout: 1 ms one way plus the worker's answer (64 workers: no wait) = 3 ms.
    EXPECT_TRUE(agrees(r.handoffs[1].mean, 0.003, 0.03));
    // The caller does not wait for its handoffs.
    EXPECT_LT(requestOf(r, "users").mean.mean, 0.0012);
}

TEST(SimulationBehaviourTest, WritesReachEveryReplicaReadsOne) {
    Design d;
    Component& users = addClient(d, "users", 100);
    users.workload->classes = {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}};
    Component& db = addStation(d, "sql_database", "db", 4, exponential(0.002));
    db.properties["shards"] = std::int64_t{2};
    db.properties["replicas"] = std::int64_t{3};
    addLink(d, "users", "db", LinkMode::Call);
    SimulationResult r = simulated(d, quick(40'000));
    EXPECT_TRUE(agrees(componentOf(r, "db").arrivalRate, 100, 0.03));
    EXPECT_TRUE(agrees(componentOf(r, "db").servedRate, 50 + 150, 0.03));
    const double asyncWrite = requestOf(r, "users", "write").mean.mean;
    db.properties["replication"] = std::string("sync");
    r = simulated(d, quick(40'000));
    // Sync waits for the slowest of three replicas: E[max of 3 Exp] = 11/6 x the mean.
    EXPECT_GT(requestOf(r, "users", "write").mean.mean, 1.5 * asyncWrite);
    expectConserved(r, true);
}

TEST(SimulationBehaviourTest, ComponentResponseIsPerRequestAsTheSolversIs) {
    // Reads 2 ms, writes 5 ms, half each, two replicas, no waiting: per request the mean is
    // 3.5 ms (the solver's); over every visit, with the writes' copies, 4 ms.
    Design d;
    Component& users = addClient(d, "users", 100);
    users.workload->classes = {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}};
    Component& db =
        addStation(d, "sql_database", "db", 64, {Distribution::Deterministic, 0.002, 0});
    db.service.byClass["write"] = {Distribution::Deterministic, 0.005, 0};
    db.properties["shards"] = std::int64_t{1};
    db.properties["replicas"] = std::int64_t{2};
    addLink(d, "users", "db", LinkMode::Call);
    const SimulationResult r = simulated(d, quick(20'000));
    EXPECT_TRUE(agrees(componentOf(r, "db").meanResponse, 0.0035, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "db").visitResponse, 0.004, 0.02));
}

TEST(SimulationBehaviourTest, HotKeySkewsOneShard) {
    Design d;
    addClient(d, "users", 100);
    Component& db = addStation(d, "nosql_database", "db", 1, exponential(0.004));
    db.properties["shards"] = std::int64_t{4};
    db.properties["replicas"] = std::int64_t{1};
    db.properties["hot_key_fraction"] = 0.5;
    addLink(d, "users", "db", LinkMode::Call);
    const SimulationResult r = simulated(d, quick(40'000));
    // The hot shard gets 1/4 + 0.5 x 3/4 = 62.5% of 100 req/s at 4 ms: utilisation 0.25.
    EXPECT_TRUE(agrees(componentOf(r, "db").utilisation, 0.25, 0.03));
}

TEST(SimulationBehaviourTest, ClientTimeoutCountsLateAnswersApart) {
    Design d = singleStation(20, {Distribution::Deterministic, 0.02, 0}, 4);
    d.components[0].workload->timeout = 0.01;
    const SimulationResult r = simulated(d, quick(5'000, 2));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_EQ(q.completed, 0u);
    EXPECT_GT(q.timedOut, 0u);
    EXPECT_EQ(q.goodput.mean, 0);
    EXPECT_GT(q.throughput.mean, 15);
    expectConserved(r, true);
}

TEST(SimulationBehaviourTest, LinkTimeoutFailsTheCall) {
    Design d;
    addClient(d, "users", 50);
    addStation(d, "service", "app", 16, exponential(0.001));
    addStation(d, "service", "slow", 16, {Distribution::Deterministic, 0.05, 0});
    addLink(d, "users", "app", LinkMode::Call);
    addLink(d, "app", "slow", LinkMode::Call).timeout = 0.02;
    const SimulationResult r = simulated(d, quick(5'000, 2));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_EQ(q.completed, 0u);
    EXPECT_EQ(q.timedOut + q.inFlight, q.arrived);
    // The slow component still does the work it was given.
    EXPECT_TRUE(agrees(componentOf(r, "slow").arrivalRate, 50, 0.05));
}

TEST(SimulationBehaviourTest, FullQueueDropsAndDropsReachTheClient) {
    Design d = singleStation(150, exponential(0.01), 1); // rho 1.5
    d.components[1].properties["queue_limited"] = true;
    d.components[1].properties["queue_capacity"] = std::int64_t{5};
    const SimulationResult r = simulated(d, quick(20'000, 3));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_GT(q.dropped, q.arrived / 4);
    EXPECT_LE(componentOf(r, "app").maxQueue, 5);
    expectConserved(r, true);
}

TEST(SimulationBehaviourTest, TokenBucketRejectsBeyondItsRate) {
    Design d;
    addClient(d, "users", 100);
    Component& limiter = addStation(d, "rate_limiter", "limiter", 16, exponential(0.0002));
    limiter.properties["scope"] = std::string("global");
    limiter.properties["refill_rate"] = 40.0;
    limiter.properties["limit"] = std::int64_t{10};
    addStation(d, "service", "app", 16, exponential(0.001));
    addLink(d, "users", "limiter", LinkMode::Call);
    addLink(d, "limiter", "app", LinkMode::Choose);
    const SimulationResult r = simulated(d, quick(40'000));
    EXPECT_TRUE(agrees(componentOf(r, "app").arrivalRate, 40, 0.03));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_NEAR(static_cast<double>(q.rejected) / q.arrived, 0.6, 0.02);
    expectConserved(r, true);
}

// Four users each sending about 80 requests a second (12.5 ms think time) through a token
// bucket of 10 a second: counted per client, each user gets 10 through (40 in all); counted
// globally, all of them together get 10. An open workload's every request is its own
// client, so a per-client limit never holds it back.
Design limitedUsers(const std::string& scope, WorkloadType type) {
    Design d;
    addClient(d, "users", 320);
    Workload& w = *d.components[0].workload;
    w.type = type;
    w.population = 4;
    w.thinkTime = 0.0125;
    Component& limiter = addStation(d, "rate_limiter", "limiter", 16, exponential(0.0002));
    limiter.properties["scope"] = scope;
    limiter.properties["refill_rate"] = 10.0;
    limiter.properties["limit"] = std::int64_t{5};
    addStation(d, "service", "app", 16, exponential(0.0002));
    addLink(d, "users", "limiter", LinkMode::Call);
    addLink(d, "limiter", "app", LinkMode::Choose);
    return d;
}

TEST(SimulationBehaviourTest, APerClientLimitHoldsEachUserToItsRate) {
    const SimulationResult perClient =
        simulated(limitedUsers("client", WorkloadType::Closed), quick(40'000));
    EXPECT_TRUE(agrees(componentOf(perClient, "app").arrivalRate, 40, 0.05));
    expectConserved(perClient, true);
    const SimulationResult global =
        simulated(limitedUsers("global", WorkloadType::Closed), quick(40'000));
    EXPECT_TRUE(agrees(componentOf(global, "app").arrivalRate, 10, 0.05));
    const SimulationResult open =
        simulated(limitedUsers("client", WorkloadType::Open), quick(40'000));
    EXPECT_EQ(requestOf(open, "users").rejected, 0u);
    EXPECT_TRUE(agrees(componentOf(open, "app").arrivalRate, 320, 0.03));
}

TEST(SimulationBehaviourTest, ClosedWorkloadOfOneUser) {
    // One user thinking 90 ms on average, 10 ms deterministic service: 10 req/s.
    Design d = singleStation(1, {Distribution::Deterministic, 0.01, 0}, 1);
    Workload& w = *d.components[0].workload;
    w.type = WorkloadType::Closed;
    w.population = 1;
    w.thinkTime = 0.09;
    const SimulationResult r = simulated(d, quick(20'000));
    EXPECT_TRUE(agrees(requestOf(r, "users").throughput, 10, 0.03));
    EXPECT_NEAR(requestOf(r, "users").mean.mean, 0.01, 1e-9);
}

TEST(SimulationBehaviourTest, RoutingLoopIsRefusedNamingTheLink) {
    Design d;
    addClient(d, "users", 10);
    addStation(d, "service", "a", 1, exponential(0.001));
    addStation(d, "service", "b", 1, exponential(0.001));
    addLink(d, "users", "a", LinkMode::Call);
    addLink(d, "a", "b", LinkMode::Call);
    addLink(d, "b", "a", LinkMode::Call);
    const std::string text = problemsOf(d, quick());
    EXPECT_NE(text.find("loop"), std::string::npos) << text;
    EXPECT_NE(text.find("a -> b -> a"), std::string::npos) << text;
}

TEST(SimulationBehaviourTest, SaturatedQueueStopsTheRunNamingTheComponent) {
    SimulationOptions o = quick(1'000'000, 2);
    o.maxQueue = 5'000;
    std::string text = problemsOf(singleStation(200, exponential(0.01)), o);
    EXPECT_NE(text.find("components[1] \"app\": more than 5000 requests were waiting here"),
              std::string::npos)
        << text;
    // All in flight together: a fan-out that multiplies messages faster than they drain.
    o.maxQueue = 1'000'000;
    o.maxInFlight = 5'000;
    text = problemsOf(singleStation(200, exponential(0.01)), o);
    EXPECT_NE(text.find("components[1] \"app\": more than 5000 requests were in flight"),
              std::string::npos)
        << text;
}

TEST(SimulationBehaviourTest, RunsTooLongAreRefusedBeforeStarting) {
    SimulationOptions o = quick();
    o.requests = 0;
    o.duration = 1e12;
    EXPECT_NE(problemsOf(singleStation(1, exponential(0.01)), o).find("shorten"),
              std::string::npos);
    Design fast = singleStation(1e9, exponential(0.01));
    o.duration = 60;
    EXPECT_NE(problemsOf(fast, o).find("shorten"), std::string::npos);
}

class CancelAtOnce : public SimulationObserver {
public:
    bool cancelled() override { return true; }
    void progress(double fraction) override { last = fraction; }
    double last = -1;
};

TEST(SimulationBehaviourTest, CancelStopsTheRun) {
    CancelAtOnce observer;
    SimulationOptions o = quick(50'000'000, 2);
    auto result = simulateDesign(singleStation(50, exponential(0.01)), o, &observer);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().cancelled);
    EXPECT_EQ(observer.last, 1.0);
}

TEST(SimulationBehaviourTest, ResilienceOnLinksIsSimulatedWithoutANote) {
    Design d = singleStation(10, exponential(0.001));
    d.links[0].retry.maxRetries = 2;
    d.links[0].breaker.enabled = true;
    d.links[0].maxConcurrent = 4;
    EXPECT_TRUE(simulated(d, quick(2'000, 2)).notes.empty());
}

} // namespace
} // namespace studio::core::sim::test
