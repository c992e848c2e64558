// The classic collapses the failure timeline reproduces, each with its fix, over three seeds:
// goodput (answers in time per second) before the event, soon after it and long after it.
#include "SimTestDesigns.h"

#include "sim/Simulation.h"

#include <gtest/gtest.h>

namespace studio::core::sim::test {
namespace {

// Goodput in three windows: from 5 s to the event, 5 to 15 s after its end, and the run's
// last 30 s.
struct Goodput {
    double before = 0, soon = 0, after = 0; // req/s
};

Goodput run(const Design& d, double seconds, std::uint64_t seed, double eventStart,
            double eventEnd) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = 1;
    o.threads = 1;
    o.seed = seed;
    auto result = simulateDesign(d, o);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problems().front().text());
    if (!result.ok())
        return {};
    const SimulationResult& r = result.value();
    const SeriesFigure& goodput = r.series.requests.at(0).goodput;
    return {meanOver(r, goodput, 5, eventStart), meanOver(r, goodput, eventEnd + 5, eventEnd + 15),
            meanOver(r, goodput, seconds - 30, seconds)};
}

// Scenario 1, the retry storm: Poisson arrivals at 70% of two servers' capacity (140 of 200
// req/s), a 1 s client timeout, 3 immediate retries, unbounded queues; one server down
// (silently) from t = 30 s.
Design retryStorm(int retries, double budget, double outage) {
    Design d;
    d.name = "retry storm";
    Workload& w = *addClient(d, "users", 140).workload;
    w.timeout = 1.0;
    w.retry.maxRetries = retries;
    w.retry.budget = budget;
    w.retry.backoff = 0;
    w.retry.jitter = false;
    Component& app = addStation(d, "service", "app", 1, exponential(0.01));
    app.properties["instances"] = std::int64_t{2};
    app.properties["spreading"] = std::string("random");
    addLink(d, "users", "app", LinkMode::Call);
    FailureEvent down;
    down.target = "app";
    down.start = 30;
    down.duration = outage;
    down.instances = 1;
    d.failures = {down};
    return d;
}

// Without a budget the retries keep both servers saturated with attempts whose clients have
// gone: goodput stays near zero long after the server is back (a metastable failure). A
// budget of 10%, no retries, or a 2 s outage instead of 5 s recover within seconds.
TEST(CollapseScenariosTest, RetryStormStaysDownAfterTheServerIsBack) {
    constexpr double kRate = 140;
    for (const std::uint64_t seed : {1, 2, 3}) {
        const Goodput storm = run(retryStorm(3, 1, 5), 150, seed, 30, 35);
        EXPECT_NEAR(storm.before, kRate, 0.1 * kRate) << seed;
        EXPECT_LT(storm.soon, 0.1 * kRate) << seed;
        EXPECT_LT(storm.after, 0.1 * kRate) << seed << ": still collapsed 2 minutes later";
        for (const Goodput& fixed : {run(retryStorm(3, 0.1, 5), 150, seed, 30, 35),
                                     run(retryStorm(0, 1, 5), 150, seed, 30, 35),
                                     run(retryStorm(3, 1, 2), 150, seed, 30, 32)}) {
            EXPECT_GT(fixed.soon, 0.9 * kRate) << seed;
            EXPECT_GT(fixed.after, 0.9 * kRate) << seed;
        }
    }
}

} // namespace
} // namespace studio::core::sim::test
