// The capacity at an SLO (core/capacity): the search against the M/M/1 closed form, the
// bottleneck and what doubling it buys, and the designs and targets it must refuse.
#include "../format/TestDesigns.h"
#include "../sim/SimTestDesigns.h"

#include "capacity/DesignScaling.h"
#include "capacity/FindCapacity.h"
#include "format/Validator.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::capacity {
namespace {

using sim::test::exponential;
using sim::test::singleStation;

CapacityOptions analyticOnly(double p99) {
    CapacityOptions o;
    o.target.p99 = p99;
    o.simulate = false;
    return o;
}

CapacityReport found(const Design& design, const CapacityOptions& options) {
    EXPECT_TRUE(validateDesign(design).empty()) << core::test::describe(validateDesign(design));
    auto report = findCapacity(design, options);
    EXPECT_TRUE(report.ok()) << core::test::describe(report.problems());
    return report.ok() ? std::move(report).value() : CapacityReport{};
}

// M/M/1 with mu = 100/s: the response time is exponential with rate mu - lambda, so its p99
// is ln(100) / (mu - lambda) and the highest lambda meeting T is mu - ln(100) / T.
TEST(CapacitySearchTest, MM1MatchesTheClosedFormAndTheSimulationAgrees) {
    const double mu = 100, target = 0.2;
    const double exact = mu - std::log(100.0) / target; // 76.97 req/s
    CapacityOptions options;
    options.target.p99 = target;
    options.simulationRequests = 50'000;
    options.simulationReplications = 4;
    options.threads = 2;
    const CapacityReport r = found(singleStation(50, exponential(1 / mu)), options);

    EXPECT_NEAR(r.found.offeredRate, exact, 0.02 * exact);
    EXPECT_NEAR(r.found.factor * 50, r.found.offeredRate, 1e-9 * exact);
    EXPECT_NEAR(r.baseRate, 50, 1e-9);
    EXPECT_LE(r.found.worstP99, target);
    EXPECT_EQ(r.found.worstClass, "users/read");
    EXPECT_EQ(r.found.bottleneck, "app");
    EXPECT_NEAR(r.found.bottleneckUtilisation, r.found.offeredRate / mu, 1e-9);
    EXPECT_EQ(r.found.limit, Limit::P99);

    ASSERT_EQ(r.simulated.size(), 3u);
    const SimulatedPoint& at = r.simulated[1];
    ASSERT_TRUE(at.ran);
    ASSERT_FALSE(at.problem) << at.problem->text();
    EXPECT_EQ(at.load, 1.0);
    EXPECT_NEAR(at.p99.mean, target, 0.1 * target);
    EXPECT_GT(at.p99.halfWidth, 0);
    EXPECT_NEAR(at.arrivalRate, r.found.offeredRate, 0.05 * exact);
    EXPECT_EQ(at.errorRate, 0);
    EXPECT_LT(r.simulated[0].p99.mean, at.p99.mean);
    EXPECT_GT(r.simulated[2].p99.mean, at.p99.mean);
    EXPECT_TRUE(r.simulated[0].meets());  // 10% below: ln(100) / (100 - 69.3) = 0.15 s
    EXPECT_FALSE(r.simulated[2].meets()); // 10% above: ln(100) / (100 - 84.7) = 0.30 s

    // The curve: 10% .. 110% of the answer, the p99 rising to the target at 100%.
    ASSERT_EQ(r.curve.size(), 11u);
    EXPECT_NEAR(r.curve.front().load, 0.1, 1e-12);
    EXPECT_NEAR(r.curve.back().load, 1.1, 1e-12);
    for (std::size_t i = 1; i < r.curve.size(); ++i) {
        EXPECT_GT(r.curve[i].p99, r.curve[i - 1].p99);
        EXPECT_GT(r.curve[i].p50, 0);
        EXPECT_LT(r.curve[i].p50, r.curve[i].p99);
    }
    EXPECT_NEAR(r.curve[9].p99, target, 0.01 * target);
    EXPECT_NEAR(r.curve[9].throughput, r.found.offeredRate, 1e-9 * exact);
    const double lambda = r.curve[4].offeredRate;
    EXPECT_NEAR(r.curve[4].p99, std::log(100.0) / (mu - lambda), 1e-9);
    EXPECT_NEAR(r.curve[4].p50, std::log(2.0) / (mu - lambda), 1e-9);
}

// An M/M/4 station: twice its instances, each taking half the arrivals at random (Poisson
// thinning), meet the target at twice the rate.
// Says "stop" after `calls` questions.
class StopAfter : public sim::SimulationObserver {
public:
    explicit StopAfter(int calls)
        : m_left(calls) {}
    bool cancelled() override { return m_left-- <= 0; }

private:
    int m_left;
};

TEST(CapacitySearchTest, StoppedItKeepsWhatItFoundAndSimulatesNoFurther) {
    const Design design = singleStation(50, exponential(0.01));
    CapacityOptions options;
    options.target.p99 = 0.2;
    options.simulationRequests = 50'000;
    options.threads = 1;
    const CapacityReport whole = found(design, options);
    ASSERT_FALSE(whole.cancelled);
    ASSERT_EQ(whole.simulated.size(), 3u);

    StopAfter now(0);
    options.observer = &now;
    const CapacityReport stopped = found(design, options);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.found.factor, whole.found.factor) << "the search's answer stands";
    EXPECT_TRUE(stopped.curve.empty());
    EXPECT_TRUE(stopped.simulated.empty());

    // Stopped once the simulations began: the advice and the curve are there, and no run cut
    // short gives a verdict (how many finished first depends on the threads' timing).
    StopAfter later(3);
    options.observer = &later;
    const CapacityReport partly = found(design, options);
    EXPECT_TRUE(partly.cancelled);
    EXPECT_FALSE(partly.curve.empty());
    for (const SimulatedPoint& p : partly.simulated) {
        EXPECT_TRUE(p.ran);
        EXPECT_EQ(p.p99.replications, options.simulationReplications);
    }
}

TEST(CapacitySearchTest, MMcStationDoubledTakesTwiceTheRate) {
    const CapacityReport r = found(singleStation(100, exponential(0.02), 4), analyticOnly(0.1));
    EXPECT_EQ(r.found.bottleneck, "app");
    EXPECT_GT(r.found.offeredRate, 100); // 4 workers of 50/s each at a 100 ms p99
    EXPECT_LT(r.found.offeredRate, 200);
    ASSERT_TRUE(r.scaling && r.scaling->after);
    EXPECT_EQ(r.scaling->property, "instances");
    EXPECT_EQ(r.scaling->from, 1);
    EXPECT_EQ(r.scaling->to, 2);
    EXPECT_NEAR(r.scaling->after->factor, 2 * r.found.factor, 0.01 * r.found.factor);
    EXPECT_EQ(r.scaling->after->bottleneck, "app");
}

// lb (5 ms) -> app (10 ms) -> db (8 ms): the app breaks first; twice its instances and the
// database breaks next, at a higher rate.
TEST(CapacitySearchTest, TandemNamesTheBottleneckAndWhatDoublingItBuys) {
    const CapacityReport r = found(sim::test::tandem(), analyticOnly(0.5));
    EXPECT_EQ(r.found.bottleneck, "app");
    EXPECT_GT(r.found.offeredRate, 80);
    EXPECT_LT(r.found.offeredRate, 100); // app saturates at 100 req/s
    ASSERT_TRUE(r.scaling && r.scaling->after);
    EXPECT_EQ(r.scaling->component, "app");
    EXPECT_EQ(r.scaling->property, "instances");
    EXPECT_EQ(r.scaling->to, 2);
    EXPECT_GT(r.scaling->after->factor, r.found.factor * 1.1);
    EXPECT_EQ(r.scaling->after->bottleneck, "db");
    EXPECT_LT(r.scaling->after->offeredRate, 125); // db saturates at 125 req/s

    // A slow database instead: a data store grows by shards.
    Design slowDb = sim::test::tandem();
    slowDb.findComponent("db")->service.base = exponential(0.02);
    const CapacityReport s = found(slowDb, analyticOnly(0.5));
    EXPECT_EQ(s.found.bottleneck, "db");
    ASSERT_TRUE(s.scaling && s.scaling->after);
    EXPECT_EQ(s.scaling->property, "shards");
    EXPECT_EQ(s.scaling->from, 1);
    EXPECT_EQ(s.scaling->to, 2);
    EXPECT_GT(s.scaling->after->factor, s.found.factor * 1.1);
}

// A consumer behind a handoff never shows in the requests' p99, but a queue that grows for
// ever is no capacity: the search stops where it saturates.
TEST(CapacitySearchTest, SaturationBehindAHandoffLimitsToo) {
    Design d = singleStation(50, exponential(0.001));
    sim::test::addStation(d, "worker", "consumer", 1, exponential(0.01));
    sim::test::addLink(d, "app", "consumer", LinkMode::Handoff);
    const CapacityReport r = found(d, analyticOnly(1.0));
    EXPECT_EQ(r.found.limit, Limit::Saturation);
    EXPECT_EQ(r.found.saturated, "consumer");
    EXPECT_EQ(r.found.bottleneck, "consumer");
    EXPECT_NEAR(r.found.offeredRate, 100, 0.2); // the consumer's 100 msg/s
    EXPECT_LT(r.found.worstP99, 0.05);
}

// M/M/1/K with 5 places to wait: it never queues for ever, it drops. An error-rate target
// stops the search where the blocking probability (1 - rho) rho^6 / (1 - rho^7) reaches it.
TEST(CapacitySearchTest, ErrorRateTargetStopsWhereTheDropsReachIt) {
    Design d = singleStation(50, exponential(0.01));
    d.findComponent("app")->properties["queue_limited"] = true;
    d.findComponent("app")->properties["queue_capacity"] = std::int64_t{5};
    auto blocking = [](double rho) {
        return (1 - rho) * std::pow(rho, 6) / (1 - std::pow(rho, 7));
    };
    double lo = 0.01, hi = 0.99; // blocking rises with rho
    for (int i = 0; i < 60; ++i)
        (blocking(0.5 * (lo + hi)) < 0.01 ? lo : hi) = 0.5 * (lo + hi);
    const double exact = 100 * lo; // about 54 req/s

    CapacityOptions o = analyticOnly(1.0);
    o.target.errorRate = 0.01;
    const CapacityReport r = found(d, o);
    EXPECT_EQ(r.found.limit, Limit::ErrorRate);
    EXPECT_NEAR(r.found.offeredRate, exact, 0.02 * exact);
    EXPECT_LE(r.found.droppedShare, 0.01);
    EXPECT_GT(r.found.droppedShare, 0.009);

    // Without it, the drops do not count until the station's offered load reaches 1.
    const CapacityReport p99Only = found(d, analyticOnly(1.0));
    EXPECT_EQ(p99Only.found.limit, Limit::Saturation);
    EXPECT_EQ(p99Only.found.saturated, "app");
    EXPECT_NEAR(p99Only.found.offeredRate, 100, 0.2);
}

TEST(CapacitySearchTest, TargetNoLoadMeetsIsAProblemNotAHang) {
    // The bare service's p99 is ln(100) x 10 ms = 46 ms: 30 ms is out of reach.
    const auto r = findCapacity(singleStation(50, exponential(0.01)), analyticOnly(0.03));
    ASSERT_FALSE(r.ok());
    const std::string text = core::test::describe(r.problems());
    EXPECT_NE(text.find("no load meets a p99 of 0.03 s"), std::string::npos) << text;
    EXPECT_NE(text.find("users/read"), std::string::npos) << text;
}

TEST(CapacitySearchTest, DesignWithoutClientsIsAProblem) {
    Design d;
    core::test::addComponent(d, "service", "app");
    const auto r = findCapacity(d, analyticOnly(0.2));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(core::test::describe(r.problems()).find("no client"), std::string::npos)
        << core::test::describe(r.problems());
}

TEST(CapacitySearchTest, TargetsMustBeSecondsAndAFraction) {
    const Design d = singleStation(50, exponential(0.01));
    for (double bad : {0.0, -0.2, std::nan("")})
        EXPECT_FALSE(findCapacity(d, analyticOnly(bad)).ok()) << bad;
    CapacityOptions o = analyticOnly(0.2);
    o.target.errorRate = 1.5;
    const auto r = findCapacity(d, o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(core::test::describe(r.problems()).find("error-rate"), std::string::npos);
}

TEST(CapacitySearchTest, ScalingKeepsTheFormatsRanges) {
    Design d = singleStation(50, exponential(0.01));
    Component& users = core::test::addComponent(d, "client", "team");
    users.workload->type = WorkloadType::Closed;
    users.workload->population = 10;
    sim::test::addLink(d, "team", "app", LinkMode::Call);

    const Design up = scaledDesign(d, 2.26);
    EXPECT_DOUBLE_EQ(up.findComponent("users")->workload->rate, 113);
    EXPECT_EQ(up.findComponent("team")->workload->population, 23);
    EXPECT_EQ(scaledDesign(d, 1e-6).findComponent("team")->workload->population, 1);
    const FactorRange range = factorRange(d);
    EXPECT_DOUBLE_EQ(range.low, 1e-9 / 50);
    EXPECT_DOUBLE_EQ(range.high, 1e9 / 50);
    EXPECT_TRUE(validateDesign(scaledDesign(d, range.high)).empty());
}

} // namespace
} // namespace studio::core::capacity
