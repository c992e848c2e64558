// Availability from the diagram, single points of failure and requirements.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

// users -> lb (1 instance) -> app (3 instances) -> db (1 replica) at 99.9% each.
Design small() {
    DesignBuilder b;
    b.client("users", 100, {{"read", 0.9, Operation::Read}, {"write", 0.1, Operation::Write}});
    b.add("load_balancer_l7", "lb", {}, 0.0002);
    b.add("service", "app", {{"instances", int64_t{3}}}, 0.005);
    b.add("sql_database", "db", {}, 0.002);
    b.add("message_queue", "q", {}, 0.0005);
    b.add("worker", "indexer", {}, 0.05);
    b.link("users", "lb", LinkMode::Choose);
    b.link("lb", "app", LinkMode::Choose);
    b.link("app", "db", LinkMode::Call);
    b.link("app", "q", LinkMode::Handoff).classes = {"write"};
    b.link("q", "indexer", LinkMode::Handoff);
    return b.design();
}

TEST(AvailabilityTest, SeriesAndParallel) {
    const Solution s = solved(small());
    const double a = 0.999;
    const double read = a * (1 - std::pow(1 - a, 3)) * a;
    EXPECT_NEAR(request(s, "users", "read").availability.value, read, 1e-15);
    // A write also needs the queue to take its message (not the indexer behind it).
    EXPECT_NEAR(request(s, "users", "write").availability.value, read * a, 1e-15);
    EXPECT_NEAR(s.availability.value, read * a, 1e-15);
}

TEST(AvailabilityTest, ReplicasAndChoiceBranches) {
    Design d = small();
    d.components[3].properties["replicas"] = int64_t{2};
    const double a = 0.999;
    const double app = 1 - std::pow(1 - a, 3);
    EXPECT_NEAR(request(solved(d), "users", "read").availability.value,
                a * app * (1 - std::pow(1 - a, 2)), 1e-15);
    d.components[3].properties["replication"] = std::string("sync");
    EXPECT_NEAR(request(solved(d), "users", "write").availability.value, a * app * a * a * a,
                1e-15);
}

TEST(AvailabilityTest, SinglePointsOfFailure) {
    const Solution s = solved(small());
    std::vector<std::string> ids;
    for (const SinglePointOfFailure& p : s.singlePointsOfFailure)
        ids.push_back(p.component);
    EXPECT_EQ(ids, (std::vector<std::string>{"lb", "db", "q"}));
    EXPECT_EQ(s.singlePointsOfFailure[0].requestClasses,
              (std::vector<std::string>{"users/read", "users/write"}));
    EXPECT_EQ(s.singlePointsOfFailure[2].requestClasses, (std::vector<std::string>{"users/write"}));
}

TEST(AvailabilityTest, WhatACacheHitSkipsIsNotPassedByEveryRequest) {
    DesignBuilder b;
    b.client("users", 100);
    b.add("service", "app", {{"instances", int64_t{2}}}, 0.001);
    b.add("cache", "cache", {{"replicas", int64_t{2}}, {"hit_ratio", 0.9}}, 0.0005);
    b.add("sql_database", "db", {}, 0.002);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "cache", LinkMode::Call).step = 1;
    Link& miss = b.link("app", "db", LinkMode::Call);
    miss.step = 2;
    miss.when = CallCondition::Miss;
    const Solution s = solved(b.design());
    EXPECT_TRUE(s.singlePointsOfFailure.empty());
    const double a = 0.999;
    const double pair = 1 - std::pow(1 - a, 2);
    EXPECT_NEAR(request(s, "users").availability.value, pair * pair * (0.9 + 0.1 * a), 1e-15);
}

TEST(RequirementsTest, MetAndMissedWithTheFigures) {
    Design d = small();
    d.requirements.p99Latency = 1.0;
    d.requirements.p99LatencyByClass["write"] = 1e-4;
    d.requirements.availability = 0.999;
    d.requirements.throughput = 150;
    const Solution s = solved(d);
    ASSERT_EQ(s.requirements.size(), 4u);
    EXPECT_EQ(s.requirements[0].kind, RequirementKind::P99Latency);
    EXPECT_TRUE(s.requirements[0].met);
    EXPECT_DOUBLE_EQ(s.requirements[0].target, 1.0);
    EXPECT_EQ(s.requirements[1].kind, RequirementKind::P99LatencyForClass);
    EXPECT_EQ(s.requirements[1].requestClass, "write");
    EXPECT_FALSE(s.requirements[1].met);
    EXPECT_EQ(s.requirements[1].worst, "users/write");
    EXPECT_DOUBLE_EQ(s.requirements[1].actual.value, request(s, "users", "write").p99.value);
    EXPECT_EQ(s.requirements[2].kind, RequirementKind::Availability);
    EXPECT_FALSE(s.requirements[2].met); // 99.7%: two single instances in series
    EXPECT_EQ(s.requirements[3].kind, RequirementKind::Throughput);
    EXPECT_EQ(s.requirements[3].met, s.capacity.sustainableRate.value >= 150);
    EXPECT_DOUBLE_EQ(s.requirements[3].actual.value, s.capacity.sustainableRate.value);
}

TEST(RequirementsTest, ASaturatedDesignMissesItsLatency) {
    Design d = small();
    d.components[0].workload->rate = 1e6;
    d.requirements.p99Latency = 10;
    const Solution s = solved(d);
    ASSERT_EQ(s.requirements.size(), 1u);
    EXPECT_FALSE(s.requirements[0].met);
    EXPECT_TRUE(std::isinf(s.requirements[0].actual.value));
}

} // namespace
} // namespace studio::core::solver::test
