// The rest of the semantics the solver decides: limiters, replication, handoffs, caches
// and writes, and the approximation flags that follow them.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

TEST(SemanticsTest, GlobalRateLimiterAdmitsItsRefillRate) {
    DesignBuilder b;
    b.client("users", 100);
    b.add("rate_limiter", "limit",
          {{"scope", std::string("global")}, {"refill_rate", 40.0}, {"workers", int64_t{64}}},
          0.0002);
    b.add("service", "app", {{"instances", int64_t{2}}}, 0.001);
    b.link("users", "limit", LinkMode::Choose);
    b.link("limit", "app", LinkMode::Choose);
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "limit").dropRate.value, 60, 1e-9);
    EXPECT_TRUE(component(s, "limit").dropRate.approximate);
    EXPECT_NEAR(component(s, "app").arrivalRate, 40, 1e-9);
    EXPECT_TRUE(component(s, "app").arrivalApproximate);
    EXPECT_FALSE(component(s, "limit").arrivalApproximate);
    // Per-client limits are not estimated: nothing is rejected.
    b.design().components[1].properties["scope"] = std::string("client");
    EXPECT_NEAR(component(solved(b.design()), "app").arrivalRate, 100, 1e-9);
}

TEST(SemanticsTest, SyncReplicationWaitsForTheSlowestReplica) {
    DesignBuilder b;
    b.client("users", 100, {{"write", 1.0, Operation::Write}});
    b.add("sql_database", "db", {{"replicas", int64_t{3}}, {"workers", int64_t{1}}}, 0.002);
    b.link("users", "db", LinkMode::Call);
    const Solution async = solved(b.design());
    b.design().components[1].properties["replication"] = std::string("sync");
    const Solution sync = solved(b.design());
    // Async answers after the primary: one M/M/1 at 100/s x 2 ms.
    EXPECT_NEAR(request(async, "users", "write").mean.value, 1 / (500.0 - 100), 1e-12);
    EXPECT_FALSE(request(async, "users", "write").mean.approximate);
    // Sync: the slowest of three such replicas (about H_3 = 1.83 times as long), approximate.
    const double slowest = request(sync, "users", "write").mean.value;
    EXPECT_TRUE(request(sync, "users", "write").mean.approximate);
    EXPECT_GT(slowest, 1.5 / 400);
    EXPECT_LT(slowest, 2.2 / 400);
    // The load is the same either way: every replica applies every write.
    EXPECT_NEAR(component(sync, "db").utilisation.value, 0.2, 1e-12);
}

TEST(SemanticsTest, HandoffLatencyIsMeasuredOnItsOwn) {
    DesignBuilder b;
    b.client("users", 10);
    b.add("service", "app", {{"workers", int64_t{1}}, {"holding", std::string("release")}}, 0.001);
    b.add("message_queue", "q", {{"workers", int64_t{1}}}, 0.001);
    b.add("worker", "w", {{"workers", int64_t{1}}}, 0.010);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "q", LinkMode::Handoff, 0.001).multiplicity = 3;
    b.link("q", "w", LinkMode::Handoff, 0.001);
    const Solution s = solved(b.design());
    // The request does not wait for the queue: app's M/M/1 at 10/s x 1 ms.
    EXPECT_NEAR(request(s, "users").mean.value, 1 / (1000.0 - 10), 1e-12);
    ASSERT_EQ(s.handoffs.size(), 2u);
    const HandoffResult& toQueue = s.handoffs[0];
    EXPECT_EQ(toQueue.from, "app");
    EXPECT_NEAR(toQueue.messageRate, 30, 1e-12);
    // One way (1 ms) plus the queue's M/M/1 at 30/s x 1 ms; the worker's is separate.
    EXPECT_NEAR(toQueue.mean.value, 0.001 + 1 / (1000.0 - 30), 1e-12);
    EXPECT_NEAR(s.handoffs[1].mean.value, 0.001 + 1 / (100.0 - 30), 1e-12);
    EXPECT_FALSE(s.handoffs[1].p99.approximate);
}

TEST(SemanticsTest, WritesThroughACacheAlwaysReachItsOrigin) {
    DesignBuilder b;
    b.client("users", 100, {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}});
    b.add("cdn", "cdn", {{"hit_ratio", 0.9}}, 0.0001);
    b.add("object_storage", "origin", {}, 0.02);
    b.link("users", "cdn", LinkMode::Call);
    b.link("cdn", "origin", LinkMode::Call);
    const Solution s = solved(b.design());
    EXPECT_NEAR(classRate(component(s, "origin"), "read"), 5, 1e-12);
    EXPECT_NEAR(classRate(component(s, "origin"), "write"), 50, 1e-12);
}

TEST(SemanticsTest, CallsOfOneStepForDifferentClassesAreNotParallel) {
    DesignBuilder b;
    b.client("users", 10, {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}});
    b.add("service", "app", {{"holding", std::string("release")}}, 0.001);
    b.add("sql_database", "reads", {}, 0.001);
    b.add("sql_database", "writes", {}, 0.001);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "reads", LinkMode::Call).classes = {"read"};
    b.link("app", "writes", LinkMode::Call).classes = {"write"};
    const Solution s = solved(b.design());
    EXPECT_FALSE(request(s, "users", "read").mean.approximate);
    for (const Message& m : s.notes)
        EXPECT_EQ(m.format().find("parallel"), std::string::npos) << m.format();
}

TEST(SemanticsTest, EveryComponentIsReportedInDesignOrder) {
    DesignBuilder b;
    b.add("text_note", "note");
    b.client("users", 10);
    b.add("service", "app", {}, 0.001);
    b.add("service", "idle", {}, 0.001);
    b.link("users", "app", LinkMode::Call);
    const Solution s = solved(b.design());
    ASSERT_EQ(s.components.size(), 4u);
    EXPECT_EQ(s.components[0].id, "note");
    EXPECT_FALSE(s.components[0].station);
    EXPECT_EQ(s.components[3].index, 3u);
    EXPECT_FALSE(component(s, "idle").carriesTraffic);
    EXPECT_EQ(s.component("nothing"), nullptr);
}

} // namespace
} // namespace studio::core::solver::test
