// A run's results kept whole for the library's history: what is read back is what was
// written, to the last bit, and a damaged text says where it is damaged.
#include "sim/ResultJson.h"

#include "SimTestDesigns.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace studio::core::sim {
namespace {

// The URL shortener for a short while, with a failure so that notes and every part of the
// series are there.
SimulationResult shortenerRun() {
    Design design = findTemplate("url-shortener")->design;
    SimulationOptions options;
    options.duration = 2;
    options.replications = 3;
    options.threads = 1;
    options.seed = 7;
    options.randomFailures = true;
    return test::simulated(design, options);
}

TEST(ResultJsonTest, ARunReadBackIsTheSameToTheLastBit) {
    const SimulationResult run = shortenerRun();
    ASSERT_FALSE(run.requests.empty());
    ASSERT_FALSE(run.series.start.empty());
    const std::string text = resultToJson(run);
    const Result<SimulationResult> back = resultFromJson(text);
    ASSERT_TRUE(back.ok()) << back.problems().front().text();
    EXPECT_EQ(resultToJson(back.value()), text);

    const SimulationResult& r = back.value();
    EXPECT_EQ(r.seed, 7u);
    EXPECT_EQ(r.replications, 3);
    EXPECT_EQ(r.events, run.events);
    ASSERT_EQ(r.requests.size(), run.requests.size());
    EXPECT_EQ(r.requests[0].p99.mean, run.requests[0].p99.mean); // exact, not near
    EXPECT_EQ(r.requests[0].p99.halfWidth, run.requests[0].p99.halfWidth);
    EXPECT_EQ(r.requests[0].latencyQuantiles, run.requests[0].latencyQuantiles);
    EXPECT_EQ(r.requests[0].operation, run.requests[0].operation);
    ASSERT_EQ(r.series.requests.size(), run.series.requests.size());
    EXPECT_EQ(r.series.requests[0].p99.size(), run.series.requests[0].p99.size());
    EXPECT_EQ(r.series.start, run.series.start);
    ASSERT_EQ(r.components.size(), run.components.size());
    EXPECT_EQ(r.components.back().utilisation.mean, run.components.back().utilisation.mean);
    ASSERT_EQ(r.links.size(), run.links.size());
    EXPECT_EQ(r.classes, run.classes);
    ASSERT_EQ(r.notes.size(), run.notes.size());
    for (std::size_t i = 0; i < r.notes.size(); ++i) {
        EXPECT_STREQ(r.notes[i].context, run.notes[i].context);
        EXPECT_EQ(r.notes[i].format(), run.notes[i].format());
    }
}

TEST(ResultJsonTest, InfinityAndNotANumberSurvive) {
    SimulationResult run;
    RequestStats stats;
    stats.client = "users";
    stats.requestClass = "read";
    stats.p99 = {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                 2};
    stats.mean = {std::numeric_limits<double>::quiet_NaN(), 0, 1};
    stats.arrived = std::numeric_limits<std::uint64_t>::max();
    run.requests.push_back(stats);
    const Result<SimulationResult> back = resultFromJson(resultToJson(run));
    ASSERT_TRUE(back.ok()) << back.problems().front().text();
    const RequestStats& r = back.value().requests.at(0);
    EXPECT_EQ(r.p99.mean, std::numeric_limits<double>::infinity());
    EXPECT_EQ(r.p99.halfWidth, -std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(r.mean.mean));
    EXPECT_EQ(r.arrived, std::numeric_limits<std::uint64_t>::max());
}

TEST(ResultJsonTest, DamagedTextIsRefusedNamingTheField) {
    SimulationResult run;
    run.requests.emplace_back();
    std::string text = resultToJson(run);

    const Result<SimulationResult> truncated = resultFromJson(text.substr(0, text.size() / 2));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.problems().front().place, "results");

    const std::string key = "\"p99\":[";
    const std::size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, key.size(), "\"p99\":[\"x\",");
    const Result<SimulationResult> damaged = resultFromJson(text);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.problems().front().place, "results.requests[0].p99");
    EXPECT_NE(damaged.problems().front().text().find("run the simulation again"),
              std::string::npos);

    EXPECT_FALSE(resultFromJson("{\"format\": \"sdstudio-design\"}").ok());
    EXPECT_FALSE(resultFromJson("[]").ok());
    EXPECT_FALSE(resultFromJson("").ok());
}

} // namespace
} // namespace studio::core::sim
