// The cheaper cases of the shared queueing validation (validation/queueing.md) written as
// designs: each must agree with its closed form within the 99.9% interval or 2-3%.
// Service means are 10 ms (mu = 100/s), so the table's times are scaled by 0.01 s.
#include "SimTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::sim::test {
namespace {

constexpr double kS = 0.01; // the tables' unit of time, s

SimulationOptions runOf(std::int64_t requests, int replications = 10) {
    return requestRun(requests, replications, /*threads=*/2, /*seed=*/2026);
}

TEST(QueueingValidationTest, MM1AtHalfLoad) {
    const SimulationResult r = simulated(singleStation(50, exponential(kS)), runOf(60'000));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, 2 * kS, 0.02));
    EXPECT_TRUE(agrees(q.p50, 1.386 * kS, 0.03));
    EXPECT_TRUE(agrees(q.p95, 5.991 * kS, 0.03));
    EXPECT_TRUE(agrees(q.p99, 9.210 * kS, 0.03));
    // The whole distribution: the response time is exponential with rate mu - lambda.
    const std::vector<double>& levels = latencyLevels();
    ASSERT_EQ(q.latencyQuantiles.size(), levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double exact = -std::log(1 - levels[i]) / 50;
        if (levels[i] >= 0.05 && levels[i] <= 0.99) {
            EXPECT_NEAR(q.latencyQuantiles[i], exact, 0.04 * exact) << levels[i];
        }
    }
    const ComponentStats& app = componentOf(r, "app");
    EXPECT_TRUE(agrees(app.utilisation, 0.5, 0.02));
    EXPECT_TRUE(agrees(app.meanWait, 1 * kS, 0.03));
    EXPECT_TRUE(agrees(app.meanInSystem, 1.0, 0.03)); // L
    EXPECT_TRUE(agrees(app.arrivalRate, 50, 0.01));
}

TEST(QueueingValidationTest, MM1AtEightyPercent) {
    const SimulationResult r = simulated(singleStation(80, exponential(kS)), runOf(100'000));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, 5 * kS, 0.03));
    EXPECT_TRUE(agrees(q.p50, 3.466 * kS, 0.03));
    EXPECT_TRUE(agrees(componentOf(r, "app").utilisation, 0.8, 0.02));
}

TEST(QueueingValidationTest, MMcWithFourWorkers) {
    const SimulationResult r = simulated(singleStation(320, exponential(kS), 4), runOf(100'000));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, 1.746 * kS, 0.02));
    EXPECT_TRUE(agrees(q.p50, 1.346 * kS, 0.03));
    EXPECT_TRUE(agrees(q.p95, 4.738 * kS, 0.03));
    EXPECT_TRUE(agrees(q.p99, 6.893 * kS, 0.03));
    const ComponentStats& app = componentOf(r, "app");
    EXPECT_TRUE(agrees(app.meanWait, 0.7455 * kS, 0.03));
    EXPECT_TRUE(agrees(app.meanInSystem, 5.586, 0.03));
    EXPECT_TRUE(agrees(app.utilisation, 0.8, 0.02));
}

TEST(QueueingValidationTest, MD1ByPollaczekKhinchine) {
    const ServiceTime deterministic{Distribution::Deterministic, kS, 0};
    const SimulationResult half = simulated(singleStation(50, deterministic), runOf(60'000));
    EXPECT_TRUE(agrees(requestOf(half, "users").mean, 1.5 * kS, 0.02));
    const SimulationResult busy = simulated(singleStation(80, deterministic), runOf(100'000));
    EXPECT_TRUE(agrees(requestOf(busy, "users").mean, 3 * kS, 0.03));
}

TEST(QueueingValidationTest, MG1WithHighVariance) {
    // Hyperexponential service, cv 2: Wq = rho (1 + 4) E[S] / (2 (1 - rho)) = 2.5 E[S].
    const ServiceTime h2{Distribution::Hyperexponential, kS, 2};
    const SimulationResult r = simulated(singleStation(50, h2), runOf(100'000));
    EXPECT_TRUE(agrees(requestOf(r, "users").mean, 3.5 * kS, 0.03));
}

TEST(QueueingValidationTest, JacksonTandem) {
    const SimulationResult r = simulated(tandem(), runOf(100'000));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, 0.08056, 0.02));
    EXPECT_TRUE(agrees(q.p50, 0.06734, 0.03));
    EXPECT_TRUE(agrees(q.p95, 0.1880, 0.03));
    EXPECT_TRUE(agrees(q.p99, 0.2687, 0.03));
    EXPECT_TRUE(agrees(componentOf(r, "lb").meanResponse, 0.008333, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "app").meanResponse, 0.050, 0.03));
    EXPECT_TRUE(agrees(componentOf(r, "db").meanResponse, 0.02222, 0.03));
}

TEST(QueueingValidationTest, ErlangBLossWithDeterministicService) {
    // c = 10, offered 8 Erlang, no queue: P(block) = 0.1217 whatever the service's shape.
    for (const Distribution dist : {Distribution::Exponential, Distribution::Deterministic}) {
        const SimulationResult r = simulated(erlangLoss(dist), runOf(60'000));
        const ComponentStats& app = componentOf(r, "app");
        EXPECT_TRUE(agrees(droppedShare(app), 0.1217, 0.03));
        EXPECT_TRUE(agrees(app.utilisation, 0.7027, 0.02));
        const RequestStats& q = requestOf(r, "users");
        EXPECT_EQ(q.dropped, app.drops);
        EXPECT_EQ(q.arrived, q.completed + q.dropped + q.rejected + q.timedOut + q.inFlight);
    }
}

} // namespace
} // namespace studio::core::sim::test
