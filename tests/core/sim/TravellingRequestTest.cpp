// A client's request whose client makes one plain call travels to that component itself
// (Visit kAway) instead of sending a call record. Both ways must mean the same: a link
// timeout the run never reaches forces the call record, and the two are checked against
// each other and against the closed forms.
#include "SimTestDesigns.h"

#include "sim/Simulation.h"

#include <gtest/gtest.h>

namespace studio::core::sim::test {
namespace {

constexpr double kRate = 80;       // req/s
constexpr double kService = 0.01;  // s, exponential: M/M/1 at utilisation 0.8
constexpr double kLatency = 0.002; // s, one way

// users -> app over a link of kLatency; `callRecord` puts a timeout of 1,000 s on the link,
// which the engine can only follow with a call record.
Design mm1(bool callRecord) {
    Design d = singleStation(kRate, exponential(kService));
    d.links.front().latency = kLatency;
    if (callRecord)
        d.links.front().timeout = 1'000;
    return d;
}

TEST(TravellingRequestTest, EitherWayTheLatencyIsTheLinkTwiceAndTheMM1Response) {
    const double exact = 2 * kLatency + 1 / (1 / kService - kRate); // 54 ms
    for (const bool callRecord : {false, true}) {
        const SimulationResult r = simulated(mm1(callRecord), requestRun(200'000, 4, 2, 7));
        const RequestStats& users = requestOf(r, "users");
        EXPECT_TRUE(agrees(users.mean, exact, 0.03)) << "call record: " << callRecord;
        EXPECT_TRUE(agrees(componentOf(r, "app").utilisation, kRate * kService, 0.02));
        ASSERT_EQ(r.links.size(), 1u);
        EXPECT_TRUE(agrees(r.links[0].rate, kRate, 0.02)) << "the link carries every request";
        expectConserved(r);
    }
}

TEST(TravellingRequestTest, AwayAtASilentCrashTheRequestTimesOutAtItsClientNotDropped) {
    for (const bool callRecord : {false, true}) {
        Design d = mm1(callRecord);
        d.components.front().workload->timeout = 0.1;
        FailureEvent crash;
        crash.kind = FailureKind::Down;
        crash.target = "app";
        crash.start = 0;
        crash.duration = 1'000;
        crash.crashMode = CrashMode::Silent;
        d.failures = {crash};
        SimulationOptions o = requestRun(2'000, 2, 1, 3);
        o.warmup = 0;
        const SimulationResult r = simulated(d, o);
        const RequestStats& users = requestOf(r, "users");
        EXPECT_GT(users.timedOut, 0u) << "call record: " << callRecord;
        EXPECT_EQ(users.completed, 0u);
        EXPECT_EQ(users.dropped, 0u) << "nobody answers a silent crash, nothing is dropped";
        EXPECT_EQ(users.rejected, 0u);
        expectConserved(r);
    }
}

} // namespace
} // namespace studio::core::sim::test
