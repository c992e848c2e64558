// A caller's gate on one link: the bulkhead counts calls in progress against max_concurrent;
// the circuit breaker opens on the failure ratio of its last `window` calls, fails fast for
// `open_for`, then lets one probe through, whose answer closes or reopens it.
#include "sim/CallGate.h"

#include <gtest/gtest.h>

namespace studio::core::sim::test {
namespace {

TEST(CallGateTest, TheBulkheadRefusesBeyondItsLimitUntilACallIsDone) {
    GateSpec spec;
    spec.limit = 2;
    CallGate gate;
    EXPECT_EQ(gate.ask(spec, 0), GateAnswer::Pass);
    EXPECT_EQ(gate.ask(spec, 0), GateAnswer::Pass);
    EXPECT_EQ(gate.ask(spec, 0), GateAnswer::BulkheadFull);
    gate.done(spec, true, false, 1);
    EXPECT_EQ(gate.ask(spec, 1), GateAnswer::Pass);
    EXPECT_EQ(gate.ask(spec, 1), GateAnswer::BulkheadFull);
}

TEST(CallGateTest, NoLimitAndNoBreakerLetEverythingThrough) {
    const GateSpec spec;
    CallGate gate;
    for (int i = 0; i < 1000; ++i)
        ASSERT_EQ(gate.ask(spec, i), GateAnswer::Pass);
    for (int i = 0; i < 1000; ++i)
        gate.done(spec, true, false, 1000);
    EXPECT_FALSE(gate.open());
}

GateSpec breaker() {
    GateSpec spec;
    spec.breaker = true;
    spec.failureRatio = 0.5;
    spec.window = 4;
    spec.openFor = 10;
    return spec;
}

// Sends one call per entry through the gate, each failing or not.
void calls(CallGate& gate, const GateSpec& spec, double now, std::initializer_list<bool> failed) {
    for (const bool f : failed) {
        ASSERT_EQ(gate.ask(spec, now), GateAnswer::Pass);
        gate.done(spec, f, false, now);
    }
}

TEST(CallGateTest, TheBreakerOpensOnlyOnAFullWindowAtTheRatio) {
    const GateSpec spec = breaker();
    CallGate gate;
    calls(gate, spec, 0, {true, true, true}); // 3 failures, but the window is not full
    EXPECT_FALSE(gate.open());
    calls(gate, spec, 0, {false}); // 3 of 4: opens
    EXPECT_TRUE(gate.open());
    EXPECT_EQ(gate.ask(spec, 5), GateAnswer::BreakerOpen);

    CallGate healthy;
    calls(healthy, spec, 0, {true, false, false, false, true, false, false}); // never 2 of 4
    EXPECT_FALSE(healthy.open());
    calls(healthy, spec, 0, {true}); // the last 4 are now failed, ok, ok, failed: the ratio
    EXPECT_TRUE(healthy.open());
}

TEST(CallGateTest, AfterOpenForOneProbeDecides) {
    const GateSpec spec = breaker();
    CallGate gate;
    calls(gate, spec, 0, {true, true, true, true});
    ASSERT_TRUE(gate.open());
    EXPECT_EQ(gate.ask(spec, 9.99), GateAnswer::BreakerOpen);
    EXPECT_EQ(gate.ask(spec, 10), GateAnswer::Probe);
    EXPECT_EQ(gate.ask(spec, 10), GateAnswer::BreakerOpen) << "one probe at a time";
    gate.done(spec, true, true, 11); // the probe failed: open again for open_for
    EXPECT_EQ(gate.ask(spec, 20.5), GateAnswer::BreakerOpen);
    EXPECT_EQ(gate.ask(spec, 21), GateAnswer::Probe);
    gate.done(spec, false, true, 21.5); // it succeeded: closed, with an empty window
    EXPECT_FALSE(gate.open());
    calls(gate, spec, 22, {true, true, true});
    EXPECT_FALSE(gate.open());
}

TEST(CallGateTest, AnswersOfCallsSentBeforeItOpenedDoNotCloseIt) {
    const GateSpec spec = breaker();
    CallGate gate;
    ASSERT_EQ(gate.ask(spec, 0), GateAnswer::Pass); // still out when the breaker opens
    calls(gate, spec, 0, {true, true, true, true});
    ASSERT_TRUE(gate.open());
    gate.done(spec, false, false, 1);
    EXPECT_TRUE(gate.open());
    EXPECT_EQ(gate.ask(spec, 2), GateAnswer::BreakerOpen);
}

} // namespace
} // namespace studio::core::sim::test
