// A load balancer's algorithm over every instance of its targets: round robin splits
// exactly by instances (and by link weight), turning Poisson arrivals into Erlang ones at
// each instance (the GI/M/1 closed form), least connections lies between that and one
// shared queue (M/M/c), and ip_hash and consistent_hash keep each client on one backend.
#include "SimTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace studio::core::sim::test {
namespace {

SimulationOptions options(std::int64_t requests, int replications) {
    SimulationOptions o;
    o.requests = requests;
    o.replications = replications;
    o.threads = 2;
    o.seed = 11;
    return o;
}

ServiceTime exponential(double mean) {
    return {Distribution::Exponential, mean, 1};
}

// A balancer that adds no delay and no jitter (1 ns, deterministic), so its targets see the
// client's arrival process split by the algorithm alone.
Design balanced(const std::string& algorithm, double rate) {
    Design d;
    addClient(d, "users", rate);
    Component& lb =
        addStation(d, "load_balancer_l7", "lb", 1'000, {Distribution::Deterministic, 1e-9, 0});
    lb.properties["algorithm"] = algorithm;
    addLink(d, "users", "lb", LinkMode::Call);
    return d;
}

// GI/M/1 whose gaps are Erlang-k (every k-th arrival of a Poisson stream of rate `total`,
// 1/s), service rate mu (1/s): sigma solves sigma = (total / (total + mu (1 - sigma)))^k and
// the mean wait is sigma / (mu (1 - sigma)), s.
double erlangArrivalsMeanWait(double total, int k, double mu) {
    double sigma = 0.5;
    for (int i = 0; i < 10'000; ++i)
        sigma = std::pow(total / (total + mu * (1 - sigma)), k);
    return sigma / (mu * (1 - sigma));
}

TEST(BalancerTest, RoundRobinSplitsExactlyByInstances) {
    Design d = balanced("round_robin", 400);
    addStation(d, "service", "one", 64, exponential(0.001));
    addStation(d, "service", "three", 64, exponential(0.001)).properties["instances"] =
        std::int64_t{3};
    addLink(d, "lb", "one", LinkMode::Choose);
    addLink(d, "lb", "three", LinkMode::Choose);
    const SimulationResult r = simulated(d, options(100'000, 4));
    // Every fourth request goes to "one": the ratio is 3 to within a request per
    // replication (a random split misses 0.001 nine times in ten at this size).
    const double ratio =
        componentOf(r, "three").arrivalRate.mean / componentOf(r, "one").arrivalRate.mean;
    EXPECT_NEAR(ratio, 3.0, 0.001);
}

// 400 req/s over a light and a heavy service, the heavy one's link `weight` times the light
// one's: the heavy one's arrival rate over the light one's.
double heavyOverLight(const std::string& algorithm, double weight, int replications) {
    Design d = balanced(algorithm, 400);
    addStation(d, "service", "light", 64, exponential(0.001));
    addStation(d, "service", "heavy", 64, exponential(0.001));
    addLink(d, "lb", "light", LinkMode::Choose);
    addLink(d, "lb", "heavy", LinkMode::Choose).weight = weight;
    const SimulationResult r = simulated(d, options(100'000, replications));
    return componentOf(r, "heavy").arrivalRate.mean / componentOf(r, "light").arrivalRate.mean;
}

TEST(BalancerTest, WeightedRoundRobinFollowsLinkWeights) {
    EXPECT_NEAR(heavyOverLight("weighted_round_robin", 4, 4), 4.0, 0.001);
}

// 160 req/s over two single-worker instances of 10 ms: each instance sees every second
// arrival (Erlang-2 gaps), an E2/M/1 queue whose mean wait (28.4 ms) is well below the
// M/M/1 of a random split (40 ms).
TEST(BalancerTest, RoundRobinGivesEachInstanceErlangArrivals) {
    Design d = balanced("round_robin", 160);
    addStation(d, "service", "app", 1, exponential(0.01)).properties["instances"] = std::int64_t{2};
    addLink(d, "lb", "app", LinkMode::Choose);
    const SimulationResult r = simulated(d, options(200'000, 5));
    const double exact = erlangArrivalsMeanWait(160, 2, 100);
    EXPECT_NEAR(exact, 0.02844, 0.00001); // sigma = 0.7399
    EXPECT_TRUE(agrees(componentOf(r, "app").meanWait, exact, 0.03));
}

// Least connections (join the shortest queue) waits less than round robin and more than
// one shared queue for both instances (M/M/2: P(wait) 0.711, Wq = 0.711 / (200 - 160)).
TEST(BalancerTest, LeastConnectionsLiesBetweenRoundRobinAndASharedQueue) {
    Design d = balanced("least_connections", 160);
    addStation(d, "service", "app", 1, exponential(0.01)).properties["instances"] = std::int64_t{2};
    addLink(d, "lb", "app", LinkMode::Choose);
    const SimulationResult r = simulated(d, options(200'000, 5));
    const double wait = componentOf(r, "app").meanWait.mean;
    const double sharedQueue = (6.4 / 9.0) / 40.0;
    EXPECT_GT(wait, sharedQueue * 1.02);
    EXPECT_LT(wait, erlangArrivalsMeanWait(160, 2, 100) * 0.95);
    // Both instances take half of the requests.
    EXPECT_TRUE(agrees(componentOf(r, "app").arrivalRate, 160, 0.01));
}

// Three users behind a balancer over eight single-instance services, each user's requests
// (and their calls) keyed by the user.
Design threeUsersOverEight(const std::string& algorithm) {
    Design d = balanced(algorithm, 1);
    Workload& w = *d.components[0].workload;
    w.type = WorkloadType::Closed;
    w.population = 3;
    w.thinkTime = 0.01;
    for (int i = 0; i < 8; ++i) {
        const std::string id = "app" + std::to_string(i);
        addStation(d, "service", id, 64, exponential(0.001));
        addLink(d, "lb", id, LinkMode::Choose);
    }
    return d;
}

int backendsReached(const SimulationResult& r) {
    int reached = 0;
    for (int i = 0; i < 8; ++i)
        reached += componentOf(r, "app" + std::to_string(i)).arrivalRate.mean > 0 ? 1 : 0;
    return reached;
}

TEST(BalancerTest, HashingKeepsEachClientOnOneBackend) {
    for (const std::string algorithm : {"ip_hash", "consistent_hash"}) {
        const SimulationResult r = simulated(threeUsersOverEight(algorithm), options(20'000, 2));
        const int reached = backendsReached(r);
        EXPECT_GE(reached, 1) << algorithm;
        EXPECT_LE(reached, 3) << algorithm << ": three users reach at most three backends";
        expectConserved(r);
    }
    // A random pick spreads the same three users over all eight.
    EXPECT_EQ(backendsReached(simulated(threeUsersOverEight("random"), options(20'000, 2))), 8);
}

TEST(BalancerTest, HashingSplitsManyClientsByWeight) {
    // An open workload: every request its own client, so the hash spreads like the weights.
    EXPECT_NEAR(heavyOverLight("ip_hash", 3, 2), 3.0, 0.1);
    EXPECT_NEAR(heavyOverLight("consistent_hash", 3, 2), 3.0, 0.45); // arcs, not exact shares
}

} // namespace
} // namespace studio::core::sim::test
