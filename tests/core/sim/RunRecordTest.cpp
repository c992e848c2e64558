// The settings and headline figures kept beside a run in the library's history.
#include "sim/RunRecord.h"

#include <gtest/gtest.h>

namespace studio::core::sim {
namespace {

RequestStats stats(std::uint64_t arrived, std::uint64_t completed, std::uint64_t inFlight,
                   double goodput, double p99) {
    RequestStats s;
    s.arrived = arrived;
    s.completed = completed;
    s.inFlight = inFlight;
    s.dropped = arrived - completed - inFlight;
    s.goodput = {goodput, 1, 5};
    s.p99 = {p99, 0.01, 5};
    return s;
}

TEST(RunRecordTest, TheHeadlineAddsTheClassesAndTakesTheWorstP99) {
    SimulationResult result;
    result.requests = {stats(1000, 900, 50, 90, 0.2), stats(500, 500, 0, 50, 0.5),
                       stats(10, 0, 0, 0, 9)}; // nothing answered: its p99 means nothing
    const RunHeadline h = headlineOf(result);
    EXPECT_EQ(h.requests, 1510u);
    EXPECT_DOUBLE_EQ(h.goodput, 140);
    EXPECT_DOUBLE_EQ(h.p99, 0.5);
    EXPECT_DOUBLE_EQ(h.answered, 1400.0 / 1460.0);
    EXPECT_EQ(headlineOf(SimulationResult{}), RunHeadline{});

    const Result<RunHeadline> back = headlineFromJson(headlineToJson(h));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), h);
}

TEST(RunRecordTest, ParametersRoundTripAndDamageIsRefused) {
    const RunParameters p{12.5, 7, 18446744073709551615u, true, 3.25};
    const Result<RunParameters> back = parametersFromJson(parametersToJson(p));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), p);

    const Result<RunParameters> damaged = parametersFromJson(R"({"duration": "long"})");
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.problems().front().place, "parameters");
    EXPECT_FALSE(parametersFromJson("").ok());
    EXPECT_FALSE(
        headlineFromJson(R"({"requests": -1, "goodput": 1, "p99": 1, "answered": 1})").ok());
}

} // namespace
} // namespace studio::core::sim
