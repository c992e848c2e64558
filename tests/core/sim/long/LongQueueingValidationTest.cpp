// Every case of the shared queueing validation (validation/queueing.md), including the
// expensive ones: heavy load, many servers, percentiles far in the tail, closed networks.
// Each case runs 10-20 replications of up to a million customers, so this executable has
// the ctest label `long` (scripts/test.sh leaves it out; run `ctest -L long`).
#include "../SimTestDesigns.h"

#include "queueing/Mva.h"

#include <gtest/gtest.h>

namespace studio::core::sim::test {
namespace {

constexpr double kS = 0.01; // the tables' unit of time, s

SimulationOptions longRun(std::int64_t requests, int replications = 20) {
    return requestRun(requests, replications, /*threads=*/0, /*seed=*/1); // 0: every core
}

// The response time's mean and percentiles, and the station's wait and number in system, agree
// with the table's `row` (an M/M/1 or M/M/c row; times in units of kS) within 2%.
template <class Row> void expectStationAgrees(const SimulationResult& r, const Row& row) {
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, row.w * kS, 0.02));
    EXPECT_TRUE(agrees(q.p50, row.p50 * kS, 0.02));
    EXPECT_TRUE(agrees(q.p95, row.p95 * kS, 0.02));
    EXPECT_TRUE(agrees(q.p99, row.p99 * kS, 0.02));
    const ComponentStats& app = componentOf(r, "app");
    EXPECT_TRUE(agrees(app.meanWait, row.wq * kS, 0.02));
    EXPECT_TRUE(agrees(app.meanInSystem, row.l, 0.02));
}

struct MM1Row {
    double rho, wq, w, l, p50, p95, p99;
};

TEST(LongQueueingValidationTest, MM1EveryRow) {
    const MM1Row rows[] = {{0.5, 1, 2, 1, 1.386, 5.991, 9.210},
                           {0.8, 4, 5, 4, 3.466, 14.98, 23.03},
                           {0.9, 9, 10, 9, 6.931, 29.96, 46.05}};
    for (const MM1Row& row : rows) {
        SCOPED_TRACE(row.rho);
        const SimulationResult r =
            simulated(singleStation(row.rho / kS, exponential(kS)), longRun(1'000'000));
        expectStationAgrees(r, row);
        EXPECT_TRUE(agrees(componentOf(r, "app").utilisation, row.rho, 0.01));
    }
}

struct MMcRow {
    int c;
    double lambda, pWait, wq, w, l, p50, p95, p99;
};

TEST(LongQueueingValidationTest, MMcBothRows) {
    const MMcRow rows[] = {{4, 3.2, 0.5964, 0.7455, 1.746, 5.586, 1.346, 4.738, 6.893},
                           {16, 14.4, 0.5913, 0.3696, 1.370, 19.72, 1.078, 3.624, 5.270}};
    for (const MMcRow& row : rows) {
        SCOPED_TRACE(row.c);
        const SimulationResult r =
            simulated(singleStation(row.lambda / kS, exponential(kS), row.c), longRun(500'000));
        expectStationAgrees(r, row);
    }
}

TEST(LongQueueingValidationTest, MG1PollaczekKhinchineEveryRow) {
    const struct {
        double rho, deterministic, exponential;
    } rows[] = {{0.5, 1.5, 2}, {0.8, 3, 5}, {0.9, 5.5, 10}};
    for (const auto& row : rows) {
        SCOPED_TRACE(row.rho);
        const SimulationResult d = simulated(
            singleStation(row.rho / kS, {Distribution::Deterministic, kS, 0}), longRun(1'000'000));
        EXPECT_TRUE(agrees(requestOf(d, "users").mean, row.deterministic * kS, 0.02));
        const SimulationResult m =
            simulated(singleStation(row.rho / kS, exponential(kS)), longRun(1'000'000));
        EXPECT_TRUE(agrees(requestOf(m, "users").mean, row.exponential * kS, 0.02));
    }
}

TEST(LongQueueingValidationTest, JacksonTandemPercentiles) {
    const SimulationResult r = simulated(tandem(), longRun(500'000));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.mean, 0.08056, 0.02));
    EXPECT_TRUE(agrees(q.p50, 0.06734, 0.02));
    EXPECT_TRUE(agrees(q.p95, 0.1880, 0.02));
    EXPECT_TRUE(agrees(q.p99, 0.2687, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "lb").meanResponse, 0.008333, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "app").meanResponse, 0.050, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "db").meanResponse, 0.02222, 0.02));
}

TEST(LongQueueingValidationTest, ErlangBBlocking) {
    for (const Distribution dist : {Distribution::Exponential, Distribution::Deterministic}) {
        const SimulationResult r = simulated(erlangLoss(dist), longRun(200'000));
        const ComponentStats& app = componentOf(r, "app");
        EXPECT_TRUE(agrees(droppedShare(app), 0.1217, 0.02));
        EXPECT_TRUE(agrees(app.utilisation, 0.7027, 0.01));
    }
}

TEST(LongQueueingValidationTest, ClosedNetworkByMva) {
    // 20 users thinking 1 s on average, then a 30 ms and a 20 ms exponential station in
    // series (calls that release): exact MVA gives the throughput and response time.
    Design d;
    Component& users = addClient(d, "users", 1);
    users.workload->type = WorkloadType::Closed;
    users.workload->population = 20;
    users.workload->thinkTime = 1.0;
    Component& a = addStation(d, "service", "a", 1, exponential(0.030));
    a.properties["holding"] = std::string("release");
    addStation(d, "service", "b", 1, exponential(0.020));
    addLink(d, "users", "a", LinkMode::Call);
    addLink(d, "a", "b", LinkMode::Call);
    const queueing::MvaStation stations[] = {{0.030}, {0.020}};
    const queueing::MvaResult exact = queueing::exactMva(stations, 20, 1.0);
    const SimulationResult r = simulated(d, longRun(200'000, 10));
    const RequestStats& q = requestOf(r, "users");
    EXPECT_TRUE(agrees(q.throughput, exact.throughput, 0.02));
    EXPECT_TRUE(agrees(q.mean, exact.responseTime, 0.02));
    EXPECT_TRUE(agrees(componentOf(r, "a").utilisation, exact.utilisation[0], 0.02));
}

} // namespace
} // namespace studio::core::sim::test
