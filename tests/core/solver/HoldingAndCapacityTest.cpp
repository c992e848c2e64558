// Holding callers, saturation, the bottleneck and the highest sustainable rate.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

// users -> app (one 10 ms worker) -> db (one 10 ms worker), 0.25 ms links.
Design callerAndCallee(double rate, const char* holding) {
    DesignBuilder b;
    b.client("users", rate);
    b.add("service", "app", {{"workers", int64_t{1}}, {"holding", std::string(holding)}}, 0.010);
    b.add("sql_database", "db", {{"workers", int64_t{1}}}, 0.010);
    b.link("users", "app", LinkMode::Call, 0.00025);
    b.link("app", "db", LinkMode::Call, 0.00025);
    return b.design();
}

TEST(HoldingTest, ReleasingCallerIsBusyForItsOwnServiceOnly) {
    const Solution s = solved(callerAndCallee(20, "release"));
    const ComponentResult& app = component(s, "app");
    EXPECT_NEAR(app.utilisation.value, 0.2, 1e-12);
    EXPECT_NEAR(app.meanResponse.value, 1 / 80.0, 1e-12);
    EXPECT_FALSE(app.meanResponse.approximate);
    // app answers after its own 12.5 ms plus the call: 0.5 ms there and back + db's 12.5 ms.
    EXPECT_NEAR(app.meanWithCalls.value, 0.0255, 1e-12);
    EXPECT_NEAR(request(s, "users").mean.value, 0.0255 + 0.0005, 1e-12);
    EXPECT_FALSE(request(s, "users").p99.approximate); // a chain of M/M/1 stations
}

TEST(HoldingTest, HoldingCallerIsBusyUntilItsCallsAnswer) {
    const Solution s = solved(callerAndCallee(20, "hold"));
    const ComponentResult& app = component(s, "app");
    // Occupancy = 10 ms + 0.5 ms + db's 12.5 ms = 23 ms per request: 46% busy (exact: means).
    EXPECT_NEAR(app.utilisation.value, 0.46, 1e-12);
    EXPECT_FALSE(app.utilisation.approximate);
    EXPECT_TRUE(app.meanWait.approximate);
    EXPECT_GT(app.meanWait.value,
              component(solved(callerAndCallee(20, "release")), "app").meanWait.value);
    EXPECT_NEAR(component(s, "db").utilisation.value, 0.2, 1e-12);
    // The end-to-end mean: wait + 23 ms of occupancy + the client's link.
    EXPECT_NEAR(request(s, "users").mean.value, app.meanWait.value + 0.023 + 0.0005, 1e-12);
}

TEST(HoldingTest, HolderOfASaturatedCalleeSaturates) {
    const Solution s = solved(callerAndCallee(120, "hold"));
    EXPECT_EQ(component(s, "db").saturation, Saturation::Overloaded);
    EXPECT_EQ(component(s, "app").saturation, Saturation::WaitsOnCallee);
    EXPECT_EQ(component(s, "app").saturatedBecauseOf, "db");
    EXPECT_TRUE(std::isinf(component(s, "app").utilisation.value));
    EXPECT_EQ(s.capacity.bottleneck, "app"); // its own 10 ms at 120/s is 1.2 already
    EXPECT_TRUE(std::isinf(request(s, "users").p99.value));
}

TEST(CapacityTest, SaturationIsFlaggedWithNoFiniteLatency) {
    Design d = callerAndCallee(100, "release");
    d.components[2].service.base.mean = 0.005; // the database keeps up
    const Solution s = solved(d);
    const ComponentResult& app = component(s, "app");
    EXPECT_EQ(app.saturation, Saturation::Overloaded);
    EXPECT_NEAR(app.utilisation.value, 1.0, 1e-12);
    EXPECT_TRUE(std::isinf(app.meanResponse.value));
    EXPECT_TRUE(std::isinf(request(s, "users").mean.value));
    EXPECT_EQ(component(s, "db").saturation, Saturation::FedBySaturated);
    EXPECT_EQ(component(s, "db").saturatedBecauseOf, "app");
    bool said = false;
    for (const Message& m : s.notes)
        said = said || m.format().find("app is saturated") != std::string::npos;
    EXPECT_TRUE(said);
}

TEST(CapacityTest, SustainableRateIsLinearWithoutHolding) {
    const Solution s = solved(callerAndCallee(20, "release"));
    EXPECT_EQ(s.capacity.bottleneck, "app"); // the first of two equal loads
    EXPECT_NEAR(s.capacity.bottleneckUtilisation.value, 0.2, 1e-12);
    EXPECT_NEAR(s.capacity.scaleFactor.value, 5, 1e-12);
    EXPECT_NEAR(s.capacity.sustainableRate.value, 100, 1e-9);
    EXPECT_FALSE(s.capacity.scaleFactor.approximate);
    EXPECT_DOUBLE_EQ(s.capacity.offeredRate, 20);
}

TEST(CapacityTest, SustainableRateWithHoldingIsWhereTheHolderSaturates) {
    const Solution s = solved(callerAndCallee(20, "hold"));
    const double scale = s.capacity.scaleFactor.value;
    EXPECT_TRUE(s.capacity.scaleFactor.approximate);
    // The holder's 10 ms + 0.5 ms + 1 / (100 - lambda) reaches 1 / lambda first:
    // lambda^2 - 195 lambda + 9500 = 0 ... solved numerically here, checked by solving.
    EXPECT_GT(scale, 1.0);
    EXPECT_LT(scale, 5.0);
    const Solution below = solved(callerAndCallee(20 * scale * (1 - 1e-6), "hold"));
    EXPECT_NEAR(component(below, "app").utilisation.value, 1.0, 1e-4);
    EXPECT_EQ(component(below, "app").saturation, Saturation::None);
    const Solution above = solved(callerAndCallee(20 * scale * (1 + 1e-6), "hold"));
    EXPECT_NE(component(above, "app").saturation, Saturation::None);
}

TEST(CapacityTest, SaturatedDesignHasAScaleBelowOne) {
    const Solution s = solved(callerAndCallee(200, "release"));
    EXPECT_NEAR(s.capacity.scaleFactor.value, 0.5, 1e-12);
    EXPECT_NEAR(s.capacity.sustainableRate.value, 100, 1e-9);
    const Solution held = solved(callerAndCallee(200, "hold"));
    EXPECT_LT(held.capacity.scaleFactor.value, 0.5);
    EXPECT_GT(held.capacity.scaleFactor.value, 0.0);
}

TEST(CapacityTest, FiniteQueueDropsInsteadOfSaturating) {
    DesignBuilder b;
    b.client("users", 2);
    b.add("generic_box", "box",
          {{"queue_limited", true},
           {"queue_capacity", int64_t{5}},
           {"holding", std::string("release")}},
          1.0);
    b.add("generic_box", "next", {{"workers", int64_t{4}}, {"holding", std::string("release")}},
          0.1);
    b.link("users", "box", LinkMode::Call);
    b.link("box", "next", LinkMode::Call);
    const Solution s = solved(b.design());
    const ComponentResult& box = component(s, "box");
    // M/M/1/6 at rho = 2: P(full) = (1 - 2) 2^6 / (1 - 2^7) = 64/127.
    EXPECT_NEAR(box.dropRate.value, 2 * 64.0 / 127, 1e-12);
    EXPECT_FALSE(box.dropRate.approximate);
    EXPECT_TRUE(std::isfinite(box.meanResponse.value));
    EXPECT_EQ(box.saturation, Saturation::Overloaded);
    // What it drops never reaches its callee.
    EXPECT_NEAR(component(s, "next").arrivalRate, 2 * 63.0 / 127, 1e-12);
}

} // namespace
} // namespace studio::core::solver::test
