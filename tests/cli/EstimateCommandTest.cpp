// `sdstudio estimate`: the analytic solver from the command line, run as a person would.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

ProcessResult sdstudio(std::vector<std::string> arguments) {
    return runSdstudio(std::move(arguments));
}

class EstimateCommandTest : public FolderTest {
protected:
    EstimateCommandTest()
        : FolderTest("estimate") {}
};

TEST_F(EstimateCommandTest, ExampleReportsTheCacheAndDatabase) {
    const ProcessResult result = sdstudio({"estimate", exampleDesign(), "--average"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::string& out = result.out;
    EXPECT_TRUE(contains(out, "at the average rate")) << out;
    // 3,897/s x 0.99 = 3,858 reads/s at the cache; 20% of them, 771.6/s, at the database
    // (rates in three significant digits, whole numbers in full: util/ReadableNumber.h).
    EXPECT_TRUE(contains(out, "url-cache")) << out;
    EXPECT_TRUE(contains(out, "read 3858/s")) << out;
    EXPECT_TRUE(contains(out, "read 772/s")) << out;
    EXPECT_TRUE(contains(out, "Bottleneck: click-counter")) << out;
    EXPECT_TRUE(contains(out, "Highest sustainable rate:")) << out;
    EXPECT_TRUE(contains(out, "Availability:")) << out;
    EXPECT_TRUE(contains(out, "Single points of failure: none")) << out;
    EXPECT_TRUE(contains(out, "met     p99 latency <= 100 ms")) << out;
    EXPECT_TRUE(contains(out, "users/read")) << out;
    EXPECT_TRUE(contains(out, "\xE2\x89\x88")) << out; // "≈" marks approximations
}

TEST_F(EstimateCommandTest, PeakIsTheDefault) {
    const ProcessResult result = sdstudio({"estimate", exampleDesign()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "at the peak")) << result.out;
    EXPECT_TRUE(contains(result.out, "read 1543/s")) << result.out;
}

TEST_F(EstimateCommandTest, JsonParses) {
    const ProcessResult result = sdstudio({"estimate", exampleDesign(), "--json", "--average"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(json["rates"], "average");
    EXPECT_EQ(json["design"], "URL shortener");
    const Json* db = nullptr;
    for (const Json& c : json["components"])
        if (c["id"] == "url-db")
            db = &c;
    ASSERT_NE(db, nullptr);
    double reads = 0;
    for (const Json& load : (*db)["classes"])
        if (load["class"] == "read")
            reads = load["arrival_rate"].get<double>();
    EXPECT_NEAR(reads, 771.606, 1e-6);
    EXPECT_EQ(json["bottleneck"]["component"], "click-counter");
    EXPECT_TRUE(json["capacity"]["scale_factor"]["value"].is_number());
    EXPECT_TRUE(json["requests"][0]["p99"]["value"].is_number()); // finite: nothing saturates
    EXPECT_TRUE(json["requirements"].is_array());
    EXPECT_FALSE(json["notes"].empty());
}

// 999.6 req/s x 1 ms on one worker: 0.9996 busy, short of saturated; the studio reads it the
// same way (core/util/ReadableNumber.h).
TEST_F(EstimateCommandTest, NearlySaturatedIsNotHundredPercent) {
    const std::string file = write("near.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [
        {"id": "users", "kind": "client", "workload": {"rate": 999.6, "classes": [{"name": "read"}]}},
        {"id": "app", "kind": "service", "properties": {"instances": 1, "workers": 1},
         "service": {"distribution": "exponential", "mean": 0.001}}],
      "links": [{"from": "users", "to": "app"}]})");
    const ProcessResult result = sdstudio({"estimate", file});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "Bottleneck: app (utilisation >99.9%)")) << result.out;
    EXPECT_FALSE(contains(result.out, "100%")) << result.out;
    EXPECT_FALSE(contains(result.out, "100.0%")) << result.out;
}

TEST_F(EstimateCommandTest, InvalidFileExitsOneWithItsProblems) {
    const std::string file = write("bad.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [{"id": "app", "kind": "service", "properties": {"instances": -1}}]})");
    const ProcessResult result = sdstudio({"estimate", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(contains(result.err, file + ": components[0] \"app\"")) << result.err;
    const ProcessResult missing = sdstudio({"estimate", (dir / "none.json").string()});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST_F(EstimateCommandTest, RoutingThatLoopsExitsOneAndSaysWhere) {
    const std::string file = write("loop.json", kLoopingDesign);
    const ProcessResult result = sdstudio({"estimate", file});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(
        contains(result.err, file + ": links[2]: requests of class \"read\" loop: a -> b -> a"))
        << result.err;
}

TEST_F(EstimateCommandTest, ListedInHelp) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_TRUE(contains(result.out, "estimate FILE")) << result.out;
    const ProcessResult own = sdstudio({"help", "estimate"});
    EXPECT_TRUE(contains(own.out, "--json")) << own.out;
    EXPECT_TRUE(contains(own.out, "--average")) << own.out;
}

} // namespace
} // namespace studio::cli::test
