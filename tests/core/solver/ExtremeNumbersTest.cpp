// Valid designs at the far ends of the ranges: the solver answers (every formula over c
// servers takes O(1) steps) and marks what it approximates.
#include "SolverTestDesigns.h"

#include "queueing/Erlang.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

// The design: 1e9 req/s at a peak factor of 1000 into a worker with 100,000
// instances of 1,000,000 workers each. The Erlang recursion took 1e6 (per instance) or 1e11
// (one shared queue) steps per formula, and hung the studio.
TEST(ExtremeNumbersTest, AHundredBillionWorkersEstimate) {
    for (const char* spreading : {"random", "shared_queue"}) {
        DesignBuilder b;
        b.client("users", 1e9).workload->peakFactor = 1000;
        b.add("worker", "work",
              {{"instances", int64_t{100000}},
               {"workers", int64_t{1000000}},
               {"spreading", std::string(spreading)}},
              0.05);
        b.link("users", "work", LinkMode::Call);
        const Solution s = solved(b.design());
        const ComponentResult& work = component(s, "work");
        // 1e12 req/s x 0.05 s over 1e11 workers: half busy, nobody waits.
        EXPECT_NEAR(work.utilisation.value, 0.5, 1e-9) << spreading;
        EXPECT_NEAR(work.meanResponse.value, 0.05, 1e-9) << spreading;
        EXPECT_TRUE(work.meanResponse.approximate) << spreading;
        EXPECT_NEAR(request(s, "users").mean.value, 0.05, 1e-9) << spreading;
        const bool noted = std::any_of(s.notes.begin(), s.notes.end(), [](const Message& m) {
            return m.format().find("work: ") == 0 &&
                   m.format().find("too many for Erlang's exact recursion") != std::string::npos;
        });
        EXPECT_TRUE(noted) << spreading;
    }
}

// Where the exact recursion still runs (6,000 workers), the approximation agrees with it.
TEST(ExtremeNumbersTest, ManyWorkersAgreeWithTheExactFormula) {
    constexpr int64_t kWorkers = queueing::kExactServers + 1000;
    const double mean = 0.1;
    const double rate = 0.995 * kWorkers / mean;
    DesignBuilder b;
    b.client("users", rate);
    b.add("worker", "work", {{"instances", int64_t{1}}, {"workers", kWorkers}}, mean);
    b.link("users", "work", LinkMode::Call);
    const Solution s = solved(b.design());
    const ComponentResult& work = component(s, "work");
    // M/M/c by the exact recursion: W = C / (c mu - lambda) + 1 / mu.
    const double load = rate * mean;
    const double blocking = queueing::erlangBExact(kWorkers, load);
    const double rho = load / kWorkers;
    const double waitProbability = blocking / (1 - rho * (1 - blocking));
    const double exact = waitProbability / (kWorkers / mean - rate) + mean;
    EXPECT_NEAR(work.meanResponse.value, exact, 1e-6 * exact);
    EXPECT_GT(work.meanResponse.value, mean * 1.001); // some waiting, so the test means something
    EXPECT_TRUE(work.meanResponse.approximate);
}

} // namespace
} // namespace studio::core::solver::test
