// The classic collapses the failure timeline reproduces, each with its fix, over three seeds:
// goodput (answers in time per second) before the event, soon after it and long after it.
// Each scenario is a design of docs/examples/failures/; a fix is the same file with one
// setting changed, as a person would change it.
#include "SimTestDesigns.h"

#include "format/DesignFile.h"
#include "sim/Simulation.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>

namespace studio::core::sim::test {
namespace {

Design example(const std::string& name) {
    auto loaded =
        loadDesignFile(std::string(STUDIO_SOURCE_DIR) + "/docs/examples/failures/" + name);
    EXPECT_TRUE(loaded.ok()) << name;
    return loaded.ok() ? std::move(loaded).value() : Design{};
}

Component& component(Design& d, const std::string& id) {
    Component* c = d.findComponent(id);
    EXPECT_NE(c, nullptr) << id;
    static Component none;
    return c ? *c : none;
}

Link& link(Design& d, const std::string& id) {
    const auto it =
        std::find_if(d.links.begin(), d.links.end(), [&](const Link& l) { return l.id == id; });
    EXPECT_NE(it, d.links.end()) << id;
    static Link none;
    return it != d.links.end() ? *it : none;
}

// A span of simulated time, [from, to) s.
struct Window {
    double from = 0, to = 0;
};

SimulationResult simulate(const Design& d, double seconds, std::uint64_t seed) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = 1;
    o.threads = 1;
    o.seed = seed;
    auto result = simulateDesign(d, o);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems().front().text());
    return result.ok() ? std::move(result).value() : SimulationResult{};
}

// Goodput of request class `k` (the first client's), mean over each window, req/s.
std::vector<double> goodputOver(const SimulationResult& r, std::initializer_list<Window> windows,
                                std::size_t k = 0) {
    std::vector<double> out;
    for (const Window& w : windows)
        out.push_back(k < r.series.requests.size()
                          ? meanOver(r, r.series.requests[k].goodput, w.from, w.to)
                          : 0);
    return out;
}

std::vector<double> goodput(const Design& d, double seconds, std::uint64_t seed,
                            std::initializer_list<Window> windows) {
    return goodputOver(simulate(d, seconds, seed), windows);
}

// Scenario 1, the retry storm: Poisson arrivals at 75% of two servers' capacity (1,500 of
// 2,000 req/s), a 1 s client timeout, 3 immediate retries, unbounded queues; one server down
// (silently) for 5 s from t = 30 s. Without a budget the retries keep both servers saturated
// with attempts whose clients have gone: goodput stays near zero long after the server is back
// (a metastable failure). A budget of 10%, no retries, or a 2 s outage recover within seconds.
// (At 70% the system sits on its threshold: about one seed in seven recovers by itself.)
TEST(CollapseScenariosTest, RetryStormStaysDownAfterTheServerIsBack) {
    constexpr double kRate = 1500;
    const Design storm = example("retry-storm.json");
    Design budget = storm, noRetries = storm, shortOutage = storm;
    component(budget, "users").workload->retry.budget = 0.1;
    component(noRetries, "users").workload->retry.maxRetries = 0;
    shortOutage.failures.at(0).duration = 2;
    for (const std::uint64_t seed : {1, 2, 3}) {
        // Before (5-30 s), soon after the outage (45-55 s), and the last 30 s.
        const auto windows = {Window{5, 30}, Window{45, 55}, Window{60, 90}};
        const std::vector<double> collapsed = goodput(storm, 90, seed, windows);
        EXPECT_NEAR(collapsed[0], kRate, 0.05 * kRate) << seed;
        EXPECT_LT(collapsed[1], 0.05 * kRate) << seed;
        EXPECT_LT(collapsed[2], 0.05 * kRate) << seed << ": still collapsed a minute later";
        for (const Design* fixed : {&budget, &noRetries, &shortOutage}) {
            const std::vector<double> g = goodput(*fixed, 90, seed, windows);
            EXPECT_GT(g[1], 0.95 * kRate) << seed;
            EXPECT_GT(g[2], 0.95 * kRate) << seed;
        }
    }
}

// Scenario 2, goodput collapse: 90 req/s at one server of 100 req/s, a 1 s client timeout, no
// retries; the server slowed x3 for 8 s from t = 30 s. The backlog (about 4.5 s of work) keeps
// it serving requests whose clients have gone, so goodput stays near zero for half a minute
// after the slowdown, then recovers. With drop_expired it skips those (deadline
// propagation) and answers in time within seconds.
TEST(CollapseScenariosTest, GoodputStaysDownWhileTheServerWorksForGoneClients) {
    constexpr double kRate = 90;
    const Design collapse = example("goodput-collapse.json");
    Design dropping = collapse;
    component(dropping, "app").properties["drop_expired"] = true;
    for (const std::uint64_t seed : {1, 2, 3}) {
        // Before (5-30 s), from 4 s after the slowdown to 60 s, and the last 50 s.
        const auto windows = {Window{5, 30}, Window{42, 60}, Window{100, 150}};
        const SimulationResult busy = simulate(collapse, 150, seed);
        const std::vector<double> g = goodputOver(busy, windows);
        EXPECT_NEAR(g[0], kRate, 0.05 * kRate) << seed;
        EXPECT_LT(g[1], 0.1 * kRate) << seed;
        EXPECT_GT(g[2], 0.9 * kRate) << seed << ": recovered once the backlog is gone";
        const SimulationResult skipping = simulate(dropping, 150, seed);
        const std::vector<double> fixed = goodputOver(skipping, windows);
        EXPECT_GT(fixed[1], 0.9 * kRate) << seed;
        EXPECT_GT(fixed[2], 0.9 * kRate) << seed;
        // The work done for nobody: thousands of services without drop_expired; with it,
        // skipped requests instead and a tenth of the waste at most.
        const ComponentStats& app = componentOf(busy, "app");
        const ComponentStats& skipper = componentOf(skipping, "app");
        EXPECT_GT(app.wasted, 2'000u) << seed;
        EXPECT_EQ(app.expired, 0u) << seed;
        EXPECT_GT(skipper.expired, 300u) << seed;
        EXPECT_LT(skipper.wasted * 10, app.wasted) << seed;
    }
}

// Scenario 3, least-connections sinkholing: 300 req/s over three servers (8 workers x 40 ms
// each, 50% busy) behind a least-connections balancer without health checks; from t = 20 s
// one server refuses every request at once. Having the fewest connections, it draws most of
// the traffic: successes fall to a fraction. Health checks every 2 s take it out of the
// rotation (success back to all within seconds); round robin still sends it a third.
TEST(CollapseScenariosTest, LeastConnectionsSinkholesIntoARefusingServer) {
    constexpr double kRate = 300;
    const Design sinkhole = example("sinkhole.json");
    Design checked = sinkhole, roundRobin = sinkhole;
    component(checked, "lb").properties["health_check_interval"] = 2.0;
    component(roundRobin, "lb").properties["algorithm"] = std::string("round_robin");
    for (const std::uint64_t seed : {1, 2, 3}) {
        // Before (5-20 s), and from 3 s after the crash (past the checks) to its end.
        const auto windows = {Window{5, 20}, Window{23, 80}};
        const std::vector<double> lc = goodput(sinkhole, 80, seed, windows);
        EXPECT_NEAR(lc[0], kRate, 0.05 * kRate) << seed;
        EXPECT_LT(lc[1], 0.25 * kRate) << seed << ": the refusing server draws most requests";
        const std::vector<double> withChecks = goodput(checked, 80, seed, windows);
        EXPECT_GT(withChecks[1], 0.97 * kRate) << seed;
        const std::vector<double> rr = goodput(roundRobin, 80, seed, windows);
        EXPECT_NEAR(rr[1], 2 * kRate / 3, 0.05 * kRate) << seed << ": a third still refused";
    }
}

// Scenario 4, a slow dependency exhausts the threads: 1,400 req/s, half "profile" (calling the
// database) and half "static" (never calling it), on two app servers of 8 workers that hold
// them while calling. The database 10x slower for 10 s from t = 30 s: every worker waits on
// it and static requests fail with the rest. With 3 immediate retries it does not come back.
// A bulkhead of 4 calls per app server keeps the static ones answering throughout.
TEST(CollapseScenariosTest, ASlowDependencyTakesEveryClassDownUnlessABulkheadHolds) {
    constexpr double kStatic = 700; // req/s of each class
    const Design slow = example("slow-dependency.json");
    Design bulkhead = slow, retrying = slow;
    link(bulkhead, "app-db").maxConcurrent = 4;
    RetryPolicy& retry = component(retrying, "users").workload->retry;
    retry.maxRetries = 3;
    retry.budget = 1;
    retry.backoff = 0;
    retry.jitter = false;
    for (const std::uint64_t seed : {1, 2, 3}) {
        // Before, during the slowdown (from 2 s in), and long after it (70-100 s).
        const auto windows = {Window{5, 30}, Window{32, 40}, Window{70, 100}};
        const std::vector<double> exhausted = goodputOver(simulate(slow, 100, seed), windows, 1);
        EXPECT_NEAR(exhausted[0], kStatic, 0.05 * kStatic) << seed;
        EXPECT_LT(exhausted[1], 0.05 * kStatic) << seed << ": static requests fail too";
        EXPECT_NEAR(exhausted[2], kStatic, 0.05 * kStatic) << seed << ": back without retries";
        const SimulationResult held = simulate(bulkhead, 100, seed);
        const std::vector<double> kept = goodputOver(held, windows, 1);
        EXPECT_GT(kept[1], 0.95 * kStatic) << seed << ": the bulkhead keeps 4 workers free";
        EXPECT_GT(componentOf(held, "app").bulkheadRefused, 0u) << seed;
        const std::vector<double> stuck = goodputOver(simulate(retrying, 100, seed), windows, 1);
        EXPECT_LT(stuck[2], 0.05 * kStatic) << seed << ": retries keep it down";
    }
}

// Scenario 5, a zone outage with DNS failover: 2,000 req/s shared by GeoDNS between two
// regions; the east one down for a minute from t = 30 s. Callers keep the DNS answer for its
// TTL (30 s), so the requests to the east fail for it, fewer as the caches expire (the share
// falls linearly), then all go west: goodput climbs from 1,000 to 2,000 over the TTL. With
// one app server in the west (1,600 req/s) the failover overloads it instead.
TEST(CollapseScenariosTest, DnsFailoverMovesTrafficWithinTheTtlIfTheOtherRegionHasRoom) {
    constexpr double kRate = 2000;
    const Design failover = example("dns-failover.json");
    Design small = failover;
    component(small, "app-west").properties["instances"] = std::int64_t{1};
    for (const std::uint64_t seed : {1, 2, 3}) {
        // Before, the TTL's first 6 s, its middle, and after it (to the east's return at 90 s).
        const auto windows = {Window{5, 30}, Window{30, 36}, Window{40, 50}, Window{62, 90}};
        const std::vector<double> g = goodputOver(simulate(failover, 100, seed), windows);
        EXPECT_NEAR(g[0], kRate, 0.05 * kRate) << seed;
        // The share still sent east: 1 - (t - 30) / 30, so goodput 1,000 + 1,000 (t - 30) / 30.
        EXPECT_NEAR(g[1], 1100, 0.05 * kRate) << seed;
        EXPECT_NEAR(g[2], 1500, 0.05 * kRate) << seed;
        EXPECT_NEAR(g[3], kRate, 0.05 * kRate) << seed << ": all in the west, which has room";
        const std::vector<double> over = goodputOver(simulate(small, 100, seed), windows);
        EXPECT_LT(over[3], 0.25 * kRate) << seed << ": the west overloaded by the failover";
    }
}

// Scenario 6, a circuit breaker: the same design with a 50 ms timeout on the app's database
// calls and the database 20x slower (100 ms) for 10 s. Without a breaker every profile call
// holds a worker for the timeout: the workers run out and static requests get no answer in
// time. With the breaker (half of the last 20 calls failed: open for 5 s, then one probe) the
// app fails profile requests fast and static ones keep a p99 of tens of milliseconds.
TEST(CollapseScenariosTest, ACircuitBreakerKeepsTheOtherClassesFast) {
    constexpr double kStatic = 700;
    const Design unbroken = example("circuit-breaker.json");
    Design broken = unbroken;
    link(broken, "app-db").breaker.enabled = true;
    for (const std::uint64_t seed : {1, 2, 3}) {
        const auto during = {Window{32, 40}};
        EXPECT_LT(goodputOver(simulate(unbroken, 60, seed), during, 1)[0], 0.05 * kStatic) << seed;
        const SimulationResult r = simulate(broken, 60, seed);
        EXPECT_GT(goodputOver(r, during, 1)[0], 0.95 * kStatic) << seed;
        EXPECT_LT(meanOver(r, r.series.requests.at(1).p99, 30, 40), 0.1) << seed;
        EXPECT_LT(goodputOver(r, during, 0)[0], 0.05 * kStatic) << seed << ": profile fails fast";
        EXPECT_GT(componentOf(r, "app").breakerRefused, 1'000u) << seed;
        EXPECT_NEAR(goodputOver(r, {Window{45, 60}}, 0)[0], kStatic, 0.05 * kStatic)
            << seed << ": closed again after the slowdown";
    }
}

} // namespace
} // namespace studio::core::sim::test
