// Closed workloads by mean value analysis, through a design.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

Design closedPair(std::int64_t population) {
    DesignBuilder b;
    Component& users = b.client("users", 1);
    users.workload->type = WorkloadType::Closed;
    users.workload->population = population;
    users.workload->thinkTime = 1.0;
    b.add("service", "app", {{"workers", int64_t{1}}, {"holding", std::string("release")}}, 0.2);
    b.add("sql_database", "db", {{"workers", int64_t{1}}}, 0.1);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "db", LinkMode::Call);
    return b.design();
}

TEST(ClosedWorkloadTest, TwoStationsAsComputedByHand) {
    // Demands 0.2 s and 0.1 s, think 1 s, 3 users (tests/core/queueing/MvaTest.cpp).
    const Solution s = solved(closedPair(3));
    const RequestResult& r = request(s, "users");
    EXPECT_TRUE(r.closed);
    EXPECT_NEAR(r.arrivalRate, 261 / 120.5, 1e-12);
    EXPECT_NEAR(r.mean.value, 33.5 / 87, 1e-12);
    EXPECT_FALSE(r.mean.approximate);
    EXPECT_TRUE(r.p99.approximate);
    // The components carry MVA's throughput: utilisations are exact.
    EXPECT_NEAR(component(s, "app").utilisation.value, 261 / 120.5 * 0.2, 1e-12);
    EXPECT_NEAR(component(s, "db").utilisation.value, 261 / 120.5 * 0.1, 1e-12);
}

TEST(ClosedWorkloadTest, ManyUsersApproachTheBottleneckBound) {
    const Solution s = solved(closedPair(200));
    EXPECT_NEAR(request(s, "users").arrivalRate, 5.0, 1e-6); // 1 / 0.2 s
    // Little's law round the loop: R = N / X - Z; a closed loop never saturates.
    EXPECT_NEAR(request(s, "users").mean.value, 200 / 5.0 - 1.0, 1e-6);
    EXPECT_LE(component(s, "app").utilisation.value, 1.0);
    EXPECT_EQ(component(s, "app").saturation, Saturation::None);
    EXPECT_TRUE(std::isfinite(request(s, "users").p99.value));
    EXPECT_NEAR(component(s, "app").meanResponse.value * 5.0, 200 - 5.0 * 1.0 - 0.5, 1.0);
}

TEST(ClosedWorkloadTest, MultiServerStationsAreLabelled) {
    Design d = closedPair(10);
    d.components[1].properties["workers"] = int64_t{4};
    const Solution s = solved(d);
    EXPECT_TRUE(request(s, "users").mean.approximate);
    // Four workers and three users never queue: exact again.
    d = closedPair(3);
    d.components[1].properties["workers"] = int64_t{4};
    const Solution few = solved(d);
    EXPECT_FALSE(request(few, "users").mean.approximate);
    EXPECT_NEAR(request(few, "users").mean.value, 0.2 + 0.1 * (1 + 0), 0.05);
}

TEST(ClosedWorkloadTest, MixedWithAnOpenClient) {
    Design d = closedPair(3);
    DesignBuilder b;
    Component& web = b.client("web", 1.0);
    d.components.push_back(web);
    Link l;
    l.id = "web-app";
    l.from = "web";
    l.to = "app";
    d.links.push_back(l);
    const Solution s = solved(d);
    const RequestResult& closed = request(s, "users");
    EXPECT_TRUE(closed.mean.approximate);
    EXPECT_LT(closed.arrivalRate, 261 / 120.5); // the open load takes capacity
    EXPECT_NEAR(request(s, "web").arrivalRate, 1.0, 1e-12);
    EXPECT_NEAR(component(s, "app").arrivalRate, 1.0 + closed.arrivalRate, 1e-12);
}

} // namespace
} // namespace studio::core::solver::test
