// `sdstudio capacity`: the highest load at a p99 target, from the command line, run as a
// person would.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace studio::cli::test {
namespace {

using Json = nlohmann::json;

ProcessResult sdstudio(std::vector<std::string> arguments) {
    return runSdstudio(std::move(arguments), kHeadless, 60);
}

class CapacityCommandTest : public FolderTest {
protected:
    CapacityCommandTest()
        : FolderTest("capacity") {}

    // The URL shortener template as a design file.
    std::string shortener() {
        const std::string file = path("shortener.json");
        const ProcessResult made = sdstudio({"new", "--template", "url-shortener", "-o", file});
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return file;
    }
};

// One M/M/1 station: 10 ms exponential service, 50 req/s.
const char* kSingle = R"({"format": "sdstudio-design", "version": 1, "name": "single",
  "components": [
    {"id": "users", "kind": "client", "workload": {"rate": 50, "classes": [{"name": "read"}]}},
    {"id": "app", "kind": "service", "properties": {"workers": 1},
     "service": {"distribution": "exponential", "mean": 0.01}}],
  "links": [{"from": "users", "to": "app", "latency": 0}]})";

TEST_F(CapacityCommandTest, TextNamesTheRateTheBottleneckTheSimulationAndTheCurve) {
    const ProcessResult result = sdstudio({"capacity", shortener(), "--p99", "0.2"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::string& out = result.out;
    EXPECT_TRUE(contains(out, "Capacity of \"URL shortener\" at the peak")) << out;
    EXPECT_TRUE(contains(out, "every request class's p99 at most 200 ms")) << out;
    EXPECT_TRUE(contains(out, "Highest rate meeting it: ")) << out;
    EXPECT_TRUE(contains(out, "x the 7793 req/s offered now")) << out;
    EXPECT_TRUE(contains(out, "Breaks first: ")) << out;
    EXPECT_TRUE(contains(out, "Doubling ")) << out;
    EXPECT_TRUE(contains(out, "Simulated around it (4 replications of 20000 requests")) << out;
    EXPECT_TRUE(contains(out, "\xC2\xB1")) << out; // "±"
    EXPECT_TRUE(contains(out, "Latency versus load")) << out;
    for (const char* load : {"\n10% ", "\n50% ", "\n90% ", "\n100% ", "\n110% "})
        EXPECT_TRUE(contains(out, load)) << load << out;
}

TEST_F(CapacityCommandTest, JsonCarriesTheSearchTheScalingTheSimulationAndTheCurve) {
    const ProcessResult result =
        sdstudio({"capacity", shortener(), "--p99", "200ms", "--error-rate", "0.1%", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(json["design"], "URL shortener");
    EXPECT_EQ(json["rates"], "peak");
    EXPECT_DOUBLE_EQ(json["target"]["p99"].get<double>(), 0.2);
    EXPECT_DOUBLE_EQ(json["target"]["error_rate"].get<double>(), 0.001);
    const double base = json["base_rate"].get<double>();
    const Json& found = json["capacity"];
    const double factor = found["factor"].get<double>();
    EXPECT_GT(factor, 1); // the template meets its own requirements at its peak
    EXPECT_NEAR(found["offered_rate"].get<double>(), factor * base, 1e-6 * factor * base);
    EXPECT_LE(found["worst_p99"].get<double>(), 0.2);
    EXPECT_TRUE(found["bottleneck"].is_string());
    EXPECT_TRUE(found["limit"] == "p99" || found["limit"] == "saturation") << found;
    const Json& scaling = json["scaling"];
    EXPECT_EQ(scaling["component"], found["bottleneck"]);
    EXPECT_EQ(scaling["to"].get<int>(), 2 * scaling["from"].get<int>());
    EXPECT_GT(scaling["after"]["factor"].get<double>(), factor);
    EXPECT_GT(scaling["gain"].get<double>(), 1);

    const Json& points = json["simulation"]["points"];
    ASSERT_EQ(points.size(), 3u);
    EXPECT_DOUBLE_EQ(points[1]["load"].get<double>(), 1.0);
    for (const Json& p : points) {
        EXPECT_TRUE(p["problem"].is_null()) << p;
        EXPECT_TRUE(p["p99"]["value"].is_number()) << p;
        ASSERT_TRUE(p["p99"]["interval"].is_array()) << p;
        EXPECT_LE(p["p99"]["interval"][0].get<double>(), p["p99"]["value"].get<double>());
        EXPECT_TRUE(p["error_rate"].is_number()) << p;
        EXPECT_TRUE(p["meets"].is_boolean()) << p;
    }
    EXPECT_NEAR(points[1]["arrival_rate"].get<double>(), factor * base, 0.05 * factor * base);

    const Json& curve = json["curve"];
    ASSERT_EQ(curve.size(), 11u);
    EXPECT_NEAR(curve[0]["load"].get<double>(), 0.1, 1e-12);
    EXPECT_NEAR(curve[10]["load"].get<double>(), 1.1, 1e-12);
    EXPECT_NEAR(curve[9]["offered_rate"].get<double>(), found["offered_rate"].get<double>(),
                1e-6 * factor * base);
    for (const Json& p : curve)
        for (const char* key : {"offered_rate", "throughput", "p50", "p99", "worst_class"})
            EXPECT_TRUE(p.contains(key)) << key;
}

TEST_F(CapacityCommandTest, NoSimulationAndTheClosedFormOnOneStation) {
    const std::string file = write("single.json", kSingle);
    const ProcessResult result =
        sdstudio({"capacity", file, "--p99", "0.2", "--no-simulation", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_TRUE(json["simulation"].is_null());
    // mu - ln(100) / T = 100 - 23.03 = 76.97 req/s.
    EXPECT_NEAR(json["capacity"]["offered_rate"].get<double>(), 76.97, 0.02 * 76.97);
    EXPECT_EQ(json["capacity"]["bottleneck"], "app");
    const ProcessResult text = sdstudio({"capacity", file, "--p99", "0.2", "--no-simulation"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_FALSE(contains(text.out, "Simulated")) << text.out;
    EXPECT_TRUE(contains(text.out, "Breaks first: app")) << text.out;
}

TEST_F(CapacityCommandTest, UsageErrorsExitTwoNamingTheOption) {
    const std::string file = write("single.json", kSingle);
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"capacity", file, "--p99", "-0.2"},
          {"capacity", file, "--p99", "0"},
          {"capacity", file, "--p99", "fast"},
          {"capacity", file, "--p99", "5%"},
          {"capacity", file, "--p99", "0.2", "--error-rate", "2"},
          {"capacity", file, "--p99", "0.2", "--error-rate", "-0.1"}}) {
        const ProcessResult result = sdstudio(bad);
        const std::string& option = bad[bad.size() - 2];
        EXPECT_EQ(result.exitCode, 2) << option << " " << bad.back();
        EXPECT_TRUE(contains(result.err, "sdstudio capacity: ")) << result.err;
        EXPECT_TRUE(contains(result.err, option)) << result.err;
        EXPECT_EQ(result.out, "");
    }
    const ProcessResult missing = sdstudio({"capacity", file});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(contains(missing.err, "sdstudio capacity: --p99 is required")) << missing.err;
    EXPECT_EQ(missing.out, "");
}

TEST_F(CapacityCommandTest, BadFilesAndUnreachableTargetsExitOneNamingTheFile) {
    const std::string nowhere = path("nowhere.json");
    ProcessResult result = sdstudio({"capacity", nowhere, "--p99", "0.2"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, nowhere + ": ")) << result.err;
    EXPECT_EQ(result.out, "");

    const std::string invalid = write("bad.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [{"id": "app", "kind": "service", "properties": {"instances": -1}}]})");
    result = sdstudio({"capacity", invalid, "--p99", "0.2"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, invalid + ": components[0] \"app\"")) << result.err;

    // The bare 10 ms service has a p99 of 46 ms: 10 ms is out of reach at any load.
    const std::string file = write("single.json", kSingle);
    result = sdstudio({"capacity", file, "--p99", "10ms"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, file + ": no load meets a p99 of 0.01 s")) << result.err;
    EXPECT_EQ(result.out, "");
}

TEST_F(CapacityCommandTest, ListedInHelp) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_TRUE(contains(result.out, "capacity FILE")) << result.out;
    const ProcessResult own = sdstudio({"help", "capacity"});
    for (const char* option : {"--p99", "--error-rate", "--average", "--no-simulation", "--json"})
        EXPECT_TRUE(contains(own.out, option)) << option << own.out;
}

} // namespace
} // namespace studio::cli::test
