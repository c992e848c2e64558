// Where requests go: conservation, caches, replicas, shards, balancers, handoffs.
#include "SolverTestDesigns.h"

#include "format/DesignFile.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

const RequestClass kRead{"read", 0.75, Operation::Read};
const RequestClass kWrite{"write", 0.25, Operation::Write};

TEST(RoutingTest, UrlShortenerExampleSolvesWithCacheAndDatabaseRates) {
    const auto loaded =
        loadDesignFile(std::string(STUDIO_SOURCE_DIR) + "/docs/examples/url-shortener.json");
    ASSERT_TRUE(loaded.ok());
    const Solution average = solved(loaded.value(), RateBasis::Average);
    // 3,897/s x 0.99 = 3,858 reads/s; a hit ratio of 0.8 leaves 20% for the database.
    EXPECT_NEAR(classRate(component(average, "url-cache"), "read"), 3858.03, 1e-9);
    EXPECT_NEAR(classRate(component(average, "url-db"), "read"), 771.606, 1e-9);
    EXPECT_NEAR(classRate(component(average, "url-db"), "write"), 38.97, 1e-9);
    EXPECT_NEAR(component(average, "lb").arrivalRate, 3897, 1e-9);
    EXPECT_NEAR(component(average, "clicks").arrivalRate, 3858.03, 1e-9);
    EXPECT_NEAR(component(average, "click-counter").arrivalRate, 3858.03, 1e-9);
    EXPECT_FALSE(component(average, "note-1").station);
    // At the peak (x2) every rate doubles.
    const Solution peak = solved(loaded.value());
    EXPECT_NEAR(classRate(component(peak, "url-db"), "read"), 2 * 771.606, 1e-9);
    // Eight single-threaded Redis shards at 0.5 ms share the reads: nothing saturates even
    // at the peak, and the click counter (8 x 4 workers at 2 ms) is the busiest.
    EXPECT_EQ(component(peak, "url-cache").saturation, Saturation::None);
    EXPECT_EQ(component(peak, "shortener").saturation, Saturation::None);
    EXPECT_EQ(peak.capacity.bottleneck, "click-counter");
    EXPECT_TRUE(std::isfinite(request(peak, "users").p99.value));
    EXPECT_EQ(average.handoffs.size(), 2u);
}

TEST(RoutingTest, ConservationThroughChooseCallsAndHandoffs) {
    // users (100/s) -> lb -> {a (w 1), b (w 3)}; a calls c and d in one step; b hands off
    // 2 messages per request to q, which every consumer (x, y) reads.
    DesignBuilder b;
    b.client("users", 100);
    b.add("api_gateway", "gw", {}, 0.0001);
    b.add("service", "a", {}, 0.001);
    b.add("service", "b", {}, 0.001);
    b.add("generic_box", "c", {{"workers", int64_t{8}}}, 0.001);
    b.add("generic_box", "d", {{"workers", int64_t{8}}}, 0.001);
    b.add("message_queue", "q", {}, 0.0001);
    b.add("worker", "x", {}, 0.001);
    b.add("worker", "y", {}, 0.001);
    b.link("users", "gw", LinkMode::Choose);
    b.link("gw", "a", LinkMode::Choose).weight = 1;
    b.link("gw", "b", LinkMode::Choose).weight = 3;
    b.link("a", "c", LinkMode::Call);
    b.link("a", "d", LinkMode::Call);
    b.link("b", "q", LinkMode::Handoff).multiplicity = 2;
    b.link("q", "x", LinkMode::Handoff);
    b.link("q", "y", LinkMode::Choose); // a queue delivers every message over every link
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "gw").arrivalRate, 100, 1e-9);
    EXPECT_NEAR(component(s, "a").arrivalRate + component(s, "b").arrivalRate, 100, 1e-9);
    EXPECT_NEAR(component(s, "a").arrivalRate, 25, 1e-9);
    EXPECT_NEAR(component(s, "c").arrivalRate, 25, 1e-9);
    EXPECT_NEAR(component(s, "d").arrivalRate, 25, 1e-9);
    EXPECT_NEAR(component(s, "q").arrivalRate, 150, 1e-9);
    EXPECT_NEAR(component(s, "x").arrivalRate, 150, 1e-9);
    EXPECT_NEAR(component(s, "y").arrivalRate, 150, 1e-9);
    // Parallel calls: the caller waits for the slower (approximated); handoffs do not count.
    EXPECT_TRUE(request(s, "users").mean.approximate);
    EXPECT_EQ(s.handoffs.size(), 3u);
}

TEST(RoutingTest, CacheAsideAndReadThrough) {
    // app asks the cache (hit 0.8), then the db on a miss; a CDN in front forwards its
    // misses (hit 0.9) to the app itself.
    DesignBuilder b;
    b.client("users", 1000);
    b.add("cdn", "cdn", {{"hit_ratio", 0.9}}, 0.0001);
    b.add("service", "app", {{"instances", int64_t{4}}}, 0.001);
    b.add("cache", "cache", {{"workers", int64_t{4}}, {"hit_ratio", 0.8}}, 0.0001);
    b.add("sql_database", "db", {}, 0.001);
    b.link("users", "cdn", LinkMode::Choose);
    b.link("cdn", "app", LinkMode::Choose);
    b.link("app", "cache", LinkMode::Call).step = 1;
    Link& miss = b.link("app", "db", LinkMode::Call);
    miss.step = 2;
    miss.when = CallCondition::Miss;
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "app").arrivalRate, 100, 1e-9);
    EXPECT_NEAR(component(s, "cache").arrivalRate, 100, 1e-9);
    EXPECT_NEAR(component(s, "db").arrivalRate, 20, 1e-9);
}

TEST(RoutingTest, SecondCacheTierRunsOnlyAfterAFirstTierMiss) {
    DesignBuilder b;
    b.client("users", 1000);
    b.add("service", "app", {{"instances", int64_t{4}}}, 0.001);
    b.add("cache", "l1", {{"workers", int64_t{4}}, {"hit_ratio", 0.5}}, 0.0001);
    b.add("cache", "l2", {{"workers", int64_t{4}}, {"hit_ratio", 0.5}}, 0.0001);
    b.add("sql_database", "db", {}, 0.001);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "l1", LinkMode::Call).step = 1;
    Link& second = b.link("app", "l2", LinkMode::Call);
    second.step = 2;
    second.when = CallCondition::Miss;
    Link& third = b.link("app", "db", LinkMode::Call);
    third.step = 3;
    third.when = CallCondition::Miss;
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "l2").arrivalRate, 500, 1e-9);
    EXPECT_NEAR(component(s, "db").arrivalRate, 250, 1e-9);
}

TEST(RoutingTest, WritesReachEveryReplicaReadsOne) {
    // 300 reads/s and 100 writes/s to 3 replicas of one shard, one 1 ms worker each.
    DesignBuilder b;
    b.client("users", 400, {kRead, kWrite});
    b.add("nosql_database", "db", {{"replicas", int64_t{3}}, {"workers", int64_t{1}}}, 0.001);
    b.link("users", "db", LinkMode::Call);
    const Solution s = solved(b.design());
    const ComponentResult& db = component(s, "db");
    EXPECT_EQ(db.stations, 3u);
    // Each replica: 100 reads + 100 writes per second = 0.2 busy. The writes alone triple
    // the replicas' write load (300 write arrivals a second over the three).
    EXPECT_NEAR(db.utilisation.value, 0.2, 1e-12);
    Design onlyWrites = b.design();
    onlyWrites.components[0].workload->classes = {{"write", 1.0, Operation::Write}};
    onlyWrites.components[0].workload->rate = 100;
    EXPECT_NEAR(component(solved(onlyWrites), "db").utilisation.value, 0.1, 1e-12);
}

TEST(RoutingTest, ShardsSplitLoadAndAHotKeySkewsIt) {
    DesignBuilder b;
    b.client("users", 400);
    b.add("nosql_database", "db",
          {{"shards", int64_t{4}}, {"replicas", int64_t{1}}, {"workers", int64_t{1}}}, 0.001);
    b.link("users", "db", LinkMode::Call);
    EXPECT_NEAR(component(solved(b.design()), "db").utilisation.value, 0.1, 1e-12);
    // h = 0.5: the hottest shard gets 1/4 + 0.5 x 3/4 = 62.5% of 400/s.
    b.design().components[1].properties["hot_key_fraction"] = 0.5;
    const Solution skewed = solved(b.design());
    EXPECT_NEAR(component(skewed, "db").utilisation.value, 0.25, 1e-12);
    EXPECT_EQ(skewed.capacity.bottleneck, "db");
    EXPECT_NEAR(skewed.capacity.scaleFactor.value, 4, 1e-9);
}

TEST(RoutingTest, RoundRobinBalancerSplitsByInstances) {
    DesignBuilder b;
    b.client("users", 100);
    b.add("load_balancer_l4", "lb", {}, 0.00005);
    b.add("service", "one", {{"instances", int64_t{1}}}, 0.001);
    b.add("service", "three", {{"instances", int64_t{3}}}, 0.001);
    b.link("users", "lb", LinkMode::Choose);
    b.link("lb", "one", LinkMode::Choose);
    b.link("lb", "three", LinkMode::Choose);
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "one").arrivalRate, 25, 1e-9);
    EXPECT_NEAR(component(s, "three").arrivalRate, 75, 1e-9);
    // Round robin over three instances: the waits are an approximation, the load is not.
    EXPECT_EQ(component(s, "three").spreading, SpreadingModel::RoundRobin);
    EXPECT_TRUE(component(s, "three").meanWait.approximate);
    EXPECT_FALSE(component(s, "three").utilisation.approximate);
    EXPECT_EQ(component(s, "one").spreading, SpreadingModel::Single);
    EXPECT_FALSE(component(s, "one").meanWait.approximate);
}

TEST(RoutingTest, SpreadingModels) {
    for (const auto& [name, model, approximate] :
         {std::tuple{"random", SpreadingModel::Random, false},
          std::tuple{"shared_queue", SpreadingModel::SharedQueue, false},
          std::tuple{"least_connections", SpreadingModel::LeastConnections, true},
          std::tuple{"round_robin", SpreadingModel::RoundRobin, true}}) {
        DesignBuilder b;
        b.client("users", 3);
        b.add("worker", "w",
              {{"instances", int64_t{2}},
               {"workers", int64_t{2}},
               {"spreading", std::string(name)},
               {"holding", std::string("release")}},
              1.0);
        b.link("users", "w", LinkMode::Handoff);
        const Solution s = solved(b.design());
        const ComponentResult& w = component(s, "w");
        EXPECT_EQ(w.spreading, model) << name;
        EXPECT_EQ(w.meanWait.approximate, approximate) << name;
        EXPECT_NEAR(w.utilisation.value, 0.75, 1e-12) << name;
        if (model == SpreadingModel::SharedQueue) { // M/M/4 at 3 Erlang: C = 0.509434
            EXPECT_NEAR(w.meanWait.value, 0.509434, 1e-6);
        }
        if (model == SpreadingModel::Random) { // two M/M/2 at 1.5 Erlang: C = 9/14, / 0.5
            EXPECT_NEAR(w.meanWait.value, 9.0 / 14 / 0.5, 1e-12);
        }
    }
}

} // namespace
} // namespace studio::core::solver::test
