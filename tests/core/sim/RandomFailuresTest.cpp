// Random failures (SimulationOptions::randomFailures): over a long run, the share of requests
// answered matches the analytic availability where the solver's assumptions hold (single
// instances in series, a data store's replicas with failover, a shared queue's instances in
// parallel); a balancer's health checks come close to it, a component's own blind spreading
// does not (each instance keeps its share while down).
#include "SimTestDesigns.h"

#include "sim/Simulation.h"
#include "solver/Solver.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::sim::test {
namespace {

constexpr double kRate = 100; // req/s

void failsAtRandom(Component& c, double availability, double mttr) {
    c.properties["availability"] = availability;
    c.properties["mttr"] = mttr;
}

// users -> app (one instance) -> db (three replicas of one shard), then -> jobs (three
// instances on a shared queue). Service times (50 us) are short beside the times between
// crashes (a db replica's: 0.25 s), so few requests are caught in service by one.
Design seriesAndParallel() {
    Design d;
    d.name = "random failures";
    addClient(d, "users", kRate);
    Component& app = addStation(d, "service", "app", 4, exponential(0.00005));
    failsAtRandom(app, 0.9, 0.2);
    Component& db = addStation(d, "sql_database", "db", 4, exponential(0.00005));
    db.properties["shards"] = std::int64_t{1};
    db.properties["replicas"] = std::int64_t{3};
    failsAtRandom(db, 0.6, 0.1);
    Component& jobs = addStation(d, "service", "jobs", 2, exponential(0.00005));
    jobs.properties["instances"] = std::int64_t{3};
    jobs.properties["spreading"] = std::string("shared_queue");
    failsAtRandom(jobs, 0.7, 0.3);
    addLink(d, "users", "app", LinkMode::Call);
    addLink(d, "app", "db", LinkMode::Call).step = 1;
    addLink(d, "app", "jobs", LinkMode::Call).step = 2;
    return d;
}

// users -> lb -> app (three instances): the balancer checks them every `interval` (0: never).
Design balanced(double interval) {
    Design d;
    d.name = "balanced";
    addClient(d, "users", kRate);
    Component& lb = addStation(d, "load_balancer_l7", "lb", 8, exponential(0.0002));
    lb.properties["health_check_interval"] = interval;
    lb.properties["availability"] = 1.0;
    Component& app = addStation(d, "service", "app", 4, exponential(0.0005));
    app.properties["instances"] = std::int64_t{3};
    failsAtRandom(app, 0.8, 2);
    addLink(d, "users", "lb", LinkMode::Call);
    addLink(d, "lb", "app", LinkMode::Choose);
    return d;
}

SimulationResult runRandom(const Design& d, double seconds, std::uint64_t seed) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = 5;
    o.threads = 2;
    o.seed = seed;
    o.randomFailures = true;
    auto result = simulateDesign(d, o);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems().front().text());
    return result.ok() ? result.value() : SimulationResult{};
}

double analyticAvailability(const Design& d) {
    auto solved = solver::solveDesign(d);
    EXPECT_TRUE(solved.ok());
    return solved.ok() ? solved.value().availability.value : 0;
}

void expectConserved(const RequestStats& s) {
    EXPECT_EQ(s.arrived, s.completed + s.dropped + s.rejected + s.timedOut + s.inFlight);
}

TEST(RandomFailuresTest, AnsweredShareMatchesTheAnalyticAvailability) {
    const Design d = seriesAndParallel();
    const double analytic = analyticAvailability(d);
    EXPECT_NEAR(analytic, 0.9 * (1 - std::pow(0.4, 3)) * (1 - std::pow(0.3, 3)), 1e-12);
    for (const std::uint64_t seed : {1, 2, 3}) {
        const SimulationResult r = runRandom(d, 2000, seed);
        ASSERT_EQ(r.requests.size(), 1u);
        const RequestStats& s = r.requests[0];
        expectConserved(s);
        EXPECT_GT(s.rejected, 0u) << "a crashed instance refuses";
        EXPECT_LT(s.answered.halfWidth, 0.01) << seed;
        // Within the interval, and a little for the requests a crash catches in service.
        EXPECT_NEAR(s.answered.mean, analytic, s.answered.halfWidth + 0.001) << seed;
    }
}

TEST(RandomFailuresTest, WithoutThemNothingFails) {
    SimulationOptions o;
    o.duration = 200;
    o.replications = 2;
    o.threads = 2;
    auto result = simulateDesign(seriesAndParallel(), o);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().requests[0].rejected, 0u);
    EXPECT_DOUBLE_EQ(result.value().requests[0].answered.mean, 1.0);
}

TEST(RandomFailuresTest, HealthChecksApproachTheAnalyticAvailabilityBlindSpreadingDoesNot) {
    const double analytic = analyticAvailability(balanced(0.01));
    EXPECT_NEAR(analytic, 1 - std::pow(0.2, 3), 1e-12);
    for (const std::uint64_t seed : {4, 5, 6}) {
        const SimulationResult checkedRun = runRandom(balanced(0.01), 2000, seed);
        const RequestStats& checked = checkedRun.requests.at(0);
        expectConserved(checked);
        EXPECT_TRUE(checkedRun.notes.empty());
        // Each failure goes unnoticed for half a check interval on average.
        EXPECT_NEAR(checked.answered.mean, analytic, checked.answered.halfWidth + 0.005) << seed;
        const SimulationResult blindRun = runRandom(balanced(0), 2000, seed);
        const RequestStats& blind = blindRun.requests.at(0);
        expectConserved(blind);
        ASSERT_EQ(blindRun.notes.size(), 1u) << "the run says why it falls short";
        EXPECT_EQ(blindRun.notes[0].args, std::vector<std::string>{"app"});
        EXPECT_NEAR(blind.answered.mean, 0.8, blind.answered.halfWidth + 0.01) << seed;
    }
}

} // namespace
} // namespace studio::core::sim::test
