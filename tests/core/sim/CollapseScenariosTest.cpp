// The classic collapses the failure timeline reproduces, each with its fix, over three seeds:
// goodput (answers in time per second) before the event, soon after it and long after it.
// Each scenario is a design of docs/examples/failures/; a fix is the same file with one
// setting changed, as a person would change it.
#include "SimTestDesigns.h"

#include "format/DesignFile.h"
#include "sim/Simulation.h"

#include <gtest/gtest.h>

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

// Goodput of the first request class, mean over [from, to) of each window, req/s.
struct Window {
    double from = 0, to = 0;
};

std::vector<double> goodput(const Design& d, double seconds, std::uint64_t seed,
                            std::initializer_list<Window> windows) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = 1;
    o.threads = 1;
    o.seed = seed;
    auto result = simulateDesign(d, o);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems().front().text());
    std::vector<double> out;
    if (!result.ok())
        return std::vector<double>(windows.size(), 0);
    const SimulationResult& r = result.value();
    for (const Window& w : windows)
        out.push_back(meanOver(r, r.series.requests.at(0).goodput, w.from, w.to));
    return out;
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

} // namespace
} // namespace studio::core::sim::test
