// The failure timeline in the simulator: what a down, slowed, flushed or partitioned component
// does to the requests, bucket by bucket, with conservation of requests throughout. Each
// effect is checked against the rate it must take away (or keep) in the windows before,
// during and after the event, over several seeds.
#include "SimTestDesigns.h"

#include "sim/Simulation.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::sim::test {
namespace {

constexpr double kRate = 100; // req/s

// users -> app (2 instances, one worker each, 5 ms exponential service, random spreading).
Design twoInstances(double clientTimeout) {
    Design d;
    d.name = "two instances";
    addClient(d, "users", kRate).workload->timeout = clientTimeout;
    Component& app = addStation(d, "service", "app", 1, exponential(0.005));
    app.properties["instances"] = std::int64_t{2};
    app.properties["spreading"] = std::string("random");
    addLink(d, "users", "app", LinkMode::Call);
    return d;
}

FailureEvent down(const std::string& target, double start, double duration, CrashMode mode,
                  int instances = 0) {
    FailureEvent f;
    f.kind = FailureKind::Down;
    f.target = target;
    f.start = start;
    f.duration = duration;
    f.crashMode = mode;
    f.instances = instances;
    return f;
}

SimulationResult run(const Design& d, double seconds, std::uint64_t seed) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = 2;
    o.threads = 2;
    o.seed = seed;
    auto result = simulateDesign(d, o);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems().front().text());
    return result.ok() ? result.value() : SimulationResult{};
}

TEST(FailureTimelineSimTest, EveryInstanceRefusingFailsEveryRequestOnlyMeanwhile) {
    Design d = twoInstances(0);
    d.failures = {down("app", 20, 10, CrashMode::Refuse)};
    for (const std::uint64_t seed : {1, 2, 3}) {
        const SimulationResult r = run(d, 40, seed);
        ASSERT_EQ(r.requests.size(), 1u);
        const RequestSeries& s = r.series.requests[0];
        EXPECT_NEAR(meanOver(r, s.goodput, 2, 20), kRate, 0.1 * kRate) << seed;
        EXPECT_NEAR(meanOver(r, s.goodput, 21, 30), 0, 0.5) << seed;
        EXPECT_NEAR(meanOver(r, s.errorRate, 21, 30), kRate, 0.1 * kRate) << seed;
        EXPECT_NEAR(meanOver(r, s.goodput, 31, 40), kRate, 0.1 * kRate) << seed;
        // 10 s of refusals at 100 req/s per replication, averaged over two.
        EXPECT_NEAR(static_cast<double>(r.requests[0].rejected) / 2, 10 * kRate, 0.08 * 1000);
        expectConserved(r);
    }
}

TEST(FailureTimelineSimTest, OneSilentInstanceOfTwoTimesOutHalfTheRequestsAtTheirTimeout) {
    Design d = twoInstances(1.0);
    d.failures = {down("app", 20, 10, CrashMode::Silent, 1)};
    for (const std::uint64_t seed : {4, 5, 6}) {
        const SimulationResult r = run(d, 40, seed);
        const RequestSeries& s = r.series.requests[0];
        // Requests sent in [20, 30) to the dead half time out a second later, when their
        // client gives up: [21, 31) shows half the rate as errors, the rest still answered.
        EXPECT_NEAR(meanOver(r, s.goodput, 21, 30), kRate / 2, 0.15 * kRate) << seed;
        EXPECT_NEAR(meanOver(r, s.errorRate, 22, 31), kRate / 2, 0.15 * kRate) << seed;
        EXPECT_NEAR(meanOver(r, s.errorRate, 2, 20), 0, 0.5) << seed;
        EXPECT_NEAR(meanOver(r, s.errorRate, 32, 40), 0, 0.5) << seed;
        EXPECT_EQ(r.requests[0].rejected, 0u) << "a silent crash refuses nothing";
        expectConserved(r);
    }
}

// users -> a round-robin balancer checking every `interval` s -> app (`instances` of one
// worker, 5 ms).
Design balanced(double interval, int instances) {
    Design d;
    d.name = "balanced";
    addClient(d, "users", kRate);
    Component& lb = addStation(d, "load_balancer_l7", "lb", 64, exponential(0.0001));
    lb.properties["algorithm"] = std::string("round_robin");
    lb.properties["health_check_interval"] = interval;
    Component& app = addStation(d, "service", "app", 1, exponential(0.005));
    app.properties["instances"] = std::int64_t{instances};
    addLink(d, "users", "lb", LinkMode::Call);
    addLink(d, "lb", "app", LinkMode::Choose);
    return d;
}

// Without health checks a balancer sends a refusing instance its third of the requests for
// the whole outage (20 s); checking every 2 s, only until the first check after the crash.
TEST(FailureTimelineSimTest, ABalancerStopsSendingToADeadInstanceAtItsNextHealthCheck) {
    for (const std::uint64_t seed : {1, 2, 3}) {
        Design unchecked = balanced(0, 3), checked = balanced(2, 3);
        unchecked.failures = checked.failures = {down("app", 20, 20, CrashMode::Refuse, 1)};
        const SimulationResult blind = run(unchecked, 50, seed);
        const SimulationResult seen = run(checked, 50, seed);
        // Per replication: 20 s x 100 req/s / 3, and at most 2 s x 100 req/s / 3.
        EXPECT_NEAR(static_cast<double>(blind.requests[0].rejected) / 2, 20 * kRate / 3, 60)
            << seed;
        EXPECT_LT(static_cast<double>(seen.requests[0].rejected) / 2, 2 * kRate / 3 + 20) << seed;
        EXPECT_NEAR(meanOver(seen, seen.series.requests[0].goodput, 23, 40), kRate, 0.1 * kRate)
            << seed;
        expectConserved(blind);
        expectConserved(seen);
    }
}

// With its only instance down, the balancer refuses every request itself from its next check
// (an nginx 502: no live upstream), and sends to the instance again after the check that
// finds it back.
TEST(FailureTimelineSimTest, ABalancerWithNoLiveBackendRefusesUntilACheckFindsOneBack) {
    Design d = balanced(1, 1);
    d.failures = {down("app", 20, 10, CrashMode::Refuse)};
    for (const std::uint64_t seed : {4, 5, 6}) {
        const SimulationResult r = run(d, 45, seed);
        const RequestSeries& s = r.series.requests[0];
        EXPECT_NEAR(meanOver(r, s.goodput, 21.5, 30), 0, 0.5) << seed;
        EXPECT_NEAR(meanOver(r, s.goodput, 32, 45), kRate, 0.1 * kRate) << seed;
        // The balancer refuses from its first check after 20 s to its first after 30 s: about
        // 10 s of requests, less the instance's own refusals before the first check.
        const double byBalancer = componentOf(r, "lb").rejections / 2.0;
        const double byInstance = componentOf(r, "app").rejections / 2.0;
        EXPECT_GT(byBalancer, 8 * kRate) << seed;
        EXPECT_LT(byInstance, 1.5 * kRate) << seed;
        EXPECT_NEAR(static_cast<double>(r.requests[0].rejected) / 2, 10 * kRate, 1.6 * kRate);
        expectConserved(r);
    }
}

TEST(FailureTimelineSimTest, ASlowedStationQueuesAsTheClosedFormSays) {
    // M/M/1 at rho 0.3 slowed x2 for the whole run is M/M/1 at rho 0.6: mean response
    // 2 S / (1 - 0.6) = 50 ms instead of 14.3 ms.
    Design d = singleStation(30, exponential(0.01), 1);
    FailureEvent slow;
    slow.kind = FailureKind::Slow;
    slow.target = "app";
    slow.start = 0;
    slow.duration = 10'000;
    slow.factor = 2;
    d.failures = {slow};
    const SimulationResult r = run(d, 2'000, 7);
    EXPECT_NEAR(r.requests[0].mean.mean, 0.05, 0.05 * 0.08);
    EXPECT_GT(r.components[1].utilisation.mean, 0.55);
    EXPECT_LT(r.components[1].utilisation.mean, 0.65);
}

TEST(FailureTimelineSimTest, AFlushedCacheMissesThenRefills) {
    // Hit ratio 0.8; flushed for [0, 50) s and refilled linearly over 20 s: over 100 s the
    // hits are (0 x 50 + 0.4 x 20 + 0.8 x 30) / 100 = 0.32 of the reads.
    Design d;
    addClient(d, "users", kRate);
    Component& cache = addStation(d, "cache", "cache", 4, exponential(0.0005));
    cache.properties["hit_ratio"] = 0.8;
    addLink(d, "users", "cache", LinkMode::Call);
    FailureEvent flush;
    flush.kind = FailureKind::Flushed;
    flush.target = "cache";
    flush.duration = 50;
    flush.refill = 20;
    d.failures = {flush};
    const SimulationResult r = run(d, 100, 8);
    ASSERT_EQ(r.components.size(), 2u);
    EXPECT_NEAR(r.components[1].hitRatio.mean, 0.32, 0.02);
}

TEST(FailureTimelineSimTest, APartitionLosesTheCallsAcrossIt) {
    Design d = twoInstances(0.5);
    d.zones = {Zone{.id = "edge", .name = "Edge"}};
    d.components[0].zone = "edge";
    FailureEvent cut;
    cut.kind = FailureKind::Partitioned;
    cut.target = "app";
    cut.zone = "edge";
    cut.start = 10;
    cut.duration = 5;
    d.failures = {cut};
    const SimulationResult r = run(d, 30, 9);
    const RequestSeries& s = r.series.requests[0];
    EXPECT_NEAR(meanOver(r, s.goodput, 11, 15), 0, 0.5);
    EXPECT_NEAR(meanOver(r, s.errorRate, 11, 15), kRate, 0.15 * kRate);
    EXPECT_NEAR(meanOver(r, s.goodput, 17, 30), kRate, 0.1 * kRate);
    EXPECT_NEAR(static_cast<double>(r.requests[0].timedOut) / 2, 5 * kRate, 0.1 * 500);
    expectConserved(r);
}

TEST(FailureTimelineSimTest, AZoneDownTakesEveryComponentInItAndItsNestedZones) {
    Design d = twoInstances(0);
    d.zones = {Zone{.id = "region", .name = "Region"},
               Zone{.id = "az", .name = "AZ", .parent = "region"}};
    d.components[1].zone = "az";
    FailureEvent zone;
    zone.kind = FailureKind::ZoneDown;
    zone.target = "region";
    zone.start = 5;
    zone.duration = 5;
    zone.crashMode = CrashMode::Refuse;
    d.failures = {zone};
    const SimulationResult r = run(d, 20, 10);
    EXPECT_NEAR(static_cast<double>(r.requests[0].rejected) / 2, 5 * kRate, 0.1 * 500);
    expectConserved(r);
}

} // namespace
} // namespace studio::core::sim::test

namespace studio::core::sim::test {
namespace {

// Against a server that refuses everything, each request makes its every attempt: 2 retries
// each without a budget; with a budget of 10%, a tenth of the first attempts plus the
// bucket's reserve of 10, per replication.
TEST(FailureTimelineSimTest, RetriesFollowTheirCountAndBudget) {
    Design d = twoInstances(0);
    d.failures = {down("app", 0, 1'000, CrashMode::Refuse)};
    Workload& w = *d.components[0].workload;
    w.retry.maxRetries = 2;
    w.retry.backoff = 0.01;
    w.retry.budget = 1;
    SimulationResult r = run(d, 50, 12);
    const RequestStats& all = r.requests[0];
    // Those still in flight at the end may have made some of their retries.
    EXPECT_GE(all.retries, 2 * (all.arrived - all.inFlight));
    EXPECT_LE(all.retries, 2 * all.arrived);
    EXPECT_EQ(all.rejected, all.arrived - all.inFlight);
    expectConserved(r);

    w.retry.budget = 0.1;
    r = run(d, 50, 12);
    const RequestStats& budgeted = r.requests[0];
    EXPECT_NEAR(static_cast<double>(budgeted.retries),
                0.1 * static_cast<double>(budgeted.arrived) + 2 * 10, 2 * 2);
    expectConserved(r);
}

// A data store's driver knows its replicas: with the primary of a shard down, reads go to the
// other replica and async writes to it as the promoted primary; a sync write needs every
// replica and fails.
TEST(FailureTimelineSimTest, AReplicaDownIsMaskedExceptForSyncWrites) {
    for (const bool sync : {false, true}) {
        Design d;
        d.name = "replicas";
        Component& users = addClient(d, "users", kRate);
        users.workload->classes = {{"read", 0.5, Operation::Read},
                                   {"write", 0.5, Operation::Write}};
        Component& db = addStation(d, "sql_database", "db", 4, exponential(0.001));
        db.properties["shards"] = std::int64_t{1};
        db.properties["replicas"] = std::int64_t{2};
        db.properties["replication"] = std::string(sync ? "sync" : "async");
        addLink(d, "users", "db", LinkMode::Call);
        d.failures = {down("db", 10, 10, CrashMode::Refuse, 1)};
        const SimulationResult r = run(d, 30, 7);
        ASSERT_EQ(r.requests.size(), 2u);
        const RequestStats& reads = r.requests[0];
        const RequestStats& writes = r.requests[1];
        // Lost: only what was at the primary when it crashed (4 workers, a short queue).
        EXPECT_LE(reads.rejected + reads.dropped, 4u) << sync;
        if (sync)
            EXPECT_NEAR(static_cast<double>(writes.dropped + writes.rejected) / 2, 10 * kRate / 2,
                        0.15 * 10 * kRate / 2);
        else
            EXPECT_LE(writes.rejected + writes.dropped, 4u);
        expectConserved(r);
    }
}

// A link's retries: users -> front -> app (two instances, one refusing or silent for the whole
// run), the front -> app link retrying twice. Each attempt meets the dead instance with
// probability 1/2 (the target's own spreading picks again), so a request fails only when all
// three do: 1/8 instead of 1/2; the front makes 1/2 + 1/4 retries per request.
TEST(FailureTimelineSimTest, ALinksRetriesFailOnlyWhenEveryAttemptFails) {
    for (const CrashMode mode : {CrashMode::Refuse, CrashMode::Silent}) {
        Design d = twoInstances(0);
        addStation(d, "service", "front", 64, exponential(0.0001));
        d.links[0].to = "front";
        Link& call = addLink(d, "front", "app", LinkMode::Call);
        call.retry.maxRetries = 2;
        call.retry.backoff = 0.001;
        call.retry.budget = 1;
        call.timeout = mode == CrashMode::Silent ? 0.05 : 0;
        d.failures = {down("app", 0, 1'000, mode, 1)};
        const SimulationResult r = run(d, 200, 13);
        const RequestStats& s = r.requests[0];
        const auto done = static_cast<double>(s.arrived - s.inFlight);
        EXPECT_NEAR(s.answered.mean, 7.0 / 8, 0.02) << static_cast<int>(mode);
        EXPECT_NEAR(static_cast<double>(componentOf(r, "front").retries) / done, 0.75, 0.03)
            << static_cast<int>(mode);
        expectConserved(r);

        call.retry.budget = 0.1; // 10 reserve tokens per replication, then 0.1 per call
        const SimulationResult budgeted = run(d, 200, 13);
        const double calls = static_cast<double>(budgeted.requests[0].arrived);
        const auto retries = static_cast<double>(componentOf(budgeted, "front").retries);
        EXPECT_NEAR(retries, 0.1 * calls + 2 * 10, 5) << static_cast<int>(mode);
        // Half the first calls fail; each retry the budget allows saves one with p = 1/2.
        EXPECT_NEAR(budgeted.requests[0].answered.mean, 0.5 + 0.5 * retries / calls, 0.02);
        expectConserved(budgeted);
    }
}

} // namespace
} // namespace studio::core::sim::test
