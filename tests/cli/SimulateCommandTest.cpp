// `sdstudio simulate`: the discrete-event simulator from the command line, run as a person
// would.
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
    return runSdstudio(std::move(arguments), kHeadless, 60);
}

class SimulateCommandTest : public FolderTest {
protected:
    SimulateCommandTest()
        : FolderTest("simulate") {}
};

// One M/M/1 station at 50% load: 10 ms service, 50 req/s.
const char* kSingle = R"({"format": "sdstudio-design", "version": 1, "name": "single",
  "components": [
    {"id": "users", "kind": "client", "workload": {"rate": 50, "classes": [{"name": "read"}]}},
    {"id": "app", "kind": "service", "properties": {"workers": 1},
     "service": {"distribution": "exponential", "mean": 0.01}}],
  "links": [{"from": "users", "to": "app", "latency": 0}]})";

TEST_F(SimulateCommandTest, TableShowsSimulatedBesideEstimated) {
    const ProcessResult result = sdstudio(
        {"simulate", write("single.json", kSingle), "--requests", "20000", "--replications", "4"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::string& out = result.out;
    EXPECT_TRUE(contains(out, "Simulation of \"single\" at the peak")) << out;
    EXPECT_TRUE(contains(out, "4 replications of 20000 requests (seed 1)")) << out;
    EXPECT_TRUE(contains(out, "[50.0%]")) << out;   // the solver's utilisation
    EXPECT_TRUE(contains(out, "[20.0 ms]")) << out; // the solver's mean response
    EXPECT_TRUE(contains(out, "users/read")) << out;
    EXPECT_TRUE(contains(out, "\xC2\xB1")) << out; // "±"
}

TEST_F(SimulateCommandTest, JsonFollowsEstimateAndCarriesIntervals) {
    const std::string file = write("single.json", kSingle);
    const ProcessResult result =
        sdstudio({"simulate", file, "--requests", "20000", "--replications", "4", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(json["rates"], "peak");
    EXPECT_EQ(json["replications"], 4);
    const Json& app = json["components"][0];
    EXPECT_EQ(app["id"], "app");
    EXPECT_NEAR(app["arrival_rate"].get<double>(), 50, 2.5);
    EXPECT_NEAR(app["utilisation"]["value"].get<double>(), 0.5, 0.03);
    EXPECT_NEAR(app["utilisation"]["estimate"].get<double>(), 0.5, 1e-12);
    ASSERT_TRUE(app["utilisation"]["interval"].is_array());
    EXPECT_LT(app["utilisation"]["interval"][0].get<double>(),
              app["utilisation"]["interval"][1].get<double>());
    const Json& read = json["requests"][0];
    EXPECT_EQ(read["client"], "users");
    EXPECT_EQ(read["class"], "read");
    for (const char* key : {"mean", "p50", "p95", "p99"})
        EXPECT_TRUE(read[key]["value"].is_number()) << key;
    EXPECT_NEAR(read["mean"]["value"].get<double>(), 0.02, 0.002);
    EXPECT_EQ(read["arrived"].get<std::uint64_t>(),
              read["completed"].get<std::uint64_t>() + read["dropped"].get<std::uint64_t>() +
                  read["rejected"].get<std::uint64_t>() + read["timed_out"].get<std::uint64_t>() +
                  read["in_flight"].get<std::uint64_t>());
    // The same names as estimate --json, so scripts can switch.
    const ProcessResult estimate = sdstudio({"estimate", file, "--json"});
    const Json e = Json::parse(estimate.out);
    for (const char* key : {"mean", "p50", "p95", "p99", "arrival_rate"})
        EXPECT_TRUE(e["requests"][0].contains(key) && read.contains(key)) << key;
    for (const char* key : {"utilisation", "mean_wait", "mean_response", "drop_rate"})
        EXPECT_TRUE(e["components"][0].contains(key) && app.contains(key)) << key;
}

TEST_F(SimulateCommandTest, JsonCarriesTheSeriesOverTime) {
    const std::string file = write("single.json", kSingle);
    const std::vector<std::string> arguments = {
        "simulate", file, "--duration", "256", "--warmup", "16", "--replications", "3", "--json"};
    const ProcessResult result = sdstudio(arguments);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json series = Json::parse(result.out)["series"];
    ASSERT_TRUE(series.is_object());
    // 128 buckets of 2 s from the run's start, the warm-up included.
    ASSERT_EQ(series["bucket_start"].size(), 128u);
    ASSERT_EQ(series["bucket_width"].size(), 128u);
    EXPECT_EQ(series["bucket_start"][1].get<double>(), 2.0);
    EXPECT_EQ(series["bucket_width"][127].get<double>(), 2.0);
    EXPECT_EQ(series["measure_start"].get<double>(), 16.0);
    const Json& read = series["requests"][0];
    EXPECT_EQ(read["client"], "users");
    EXPECT_EQ(read["class"], "read");
    for (const char* key :
         {"arrival_rate", "throughput", "goodput", "error_rate", "mean", "p50", "p95", "p99"}) {
        ASSERT_EQ(read[key]["value"].size(), 128u) << key;
        ASSERT_EQ(read[key]["low"].size(), 128u) << key;
        ASSERT_EQ(read[key]["high"].size(), 128u) << key;
    }
    double goodput = 0;
    for (const Json& v : read["goodput"]["value"])
        goodput += v.get<double>() / 128;
    EXPECT_NEAR(goodput, 50, 2.5);
    EXPECT_LT(read["p50"]["low"][64].get<double>(), read["p50"]["high"][64].get<double>());
    const Json& app = series["components"][0];
    EXPECT_EQ(app["id"], "app");
    EXPECT_NEAR(app["utilisation"]["value"][64].get<double>(), 0.5, 0.15);
    EXPECT_EQ(app["mean_queue"]["value"].size(), 128u);
    EXPECT_FALSE(series["components_capped"].get<bool>());
    // The same seed, the same bytes, whatever the threads.
    std::vector<std::string> threads = arguments;
    threads.insert(threads.end(), {"--threads", "1"});
    EXPECT_EQ(sdstudio(threads).out, result.out);
    // Only the components asked for; an unknown one is refused naming it.
    std::vector<std::string> named = arguments;
    named.insert(named.end(), {"--series-components", "users"});
    EXPECT_TRUE(Json::parse(sdstudio(named).out)["series"]["components"].empty());
    named.back() = "nowhere";
    const ProcessResult unknown = sdstudio(named);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("nowhere"), std::string::npos) << unknown.err;
}

TEST_F(SimulateCommandTest, SameSeedSameBytesWhateverTheThreads) {
    const std::string file = exampleDesign();
    const ProcessResult one = sdstudio({"simulate", file, "--requests", "5000", "--replications",
                                        "4", "--threads", "1", "--seed", "12"});
    const ProcessResult four = sdstudio({"simulate", file, "--requests", "5000", "--replications",
                                         "4", "--threads", "4", "--seed", "12"});
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_EQ(one.out, four.out);
    const ProcessResult other =
        sdstudio({"simulate", file, "--requests", "5000", "--replications", "4", "--seed", "13"});
    EXPECT_NE(one.out, other.out);
}

// The goodput-collapse scenario as a person runs it: the table and --json say how much work
// the server did for clients that had gone, and, with drop_expired, how much it skipped.
TEST_F(SimulateCommandTest, WorkForGoneCallersIsCountedAndDropExpiredSkipsIt) {
    const std::string scenario =
        std::string(STUDIO_SOURCE_DIR) + "/docs/examples/failures/goodput-collapse.json";
    const std::vector<std::string> run = {"--duration",     "100", "--warmup", "0",
                                          "--replications", "2"};
    std::vector<std::string> arguments = {"simulate", scenario};
    arguments.insert(arguments.end(), run.begin(), run.end());
    const ProcessResult table = sdstudio(arguments);
    ASSERT_EQ(table.exitCode, 0) << table.err;
    EXPECT_TRUE(contains(table.out, "served for callers gone")) << table.out;
    EXPECT_FALSE(contains(table.out, "skipped expired")) << table.out;

    std::ifstream in(scenario);
    Json design = Json::parse(in);
    for (Json& component : design["components"])
        if (component["id"] == "app")
            component["properties"]["drop_expired"] = true;
    arguments[1] = write("dropping.json", design.dump());
    arguments.push_back("--json");
    const ProcessResult dropping = sdstudio(arguments);
    ASSERT_EQ(dropping.exitCode, 0) << dropping.err;
    const Json app = Json::parse(dropping.out)["components"][0];
    ASSERT_EQ(app["id"], "app");
    EXPECT_GT(app["expired"].get<int>(), 0);
    EXPECT_GE(app["wasted"].get<int>(), 0);
    EXPECT_EQ(app["bulkhead_refused"], 0);
    EXPECT_EQ(app["breaker_refused"], 0);
}

TEST_F(SimulateCommandTest, UsageErrorsExitTwo) {
    const std::string file = write("single.json", kSingle);
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"simulate", file, "--requests", "0"},
          {"simulate", file, "--requests", "1.5"},
          {"simulate", file, "--duration", "-1"},
          {"simulate", file, "--duration", "10", "--requests", "100"},
          {"simulate", file, "--replications", "zero"},
          {"simulate", file, "--threads", "0"},
          {"simulate", file, "--seed", "-3"}}) {
        const ProcessResult result = sdstudio(bad);
        EXPECT_EQ(result.exitCode, 2) << bad[2] << " " << bad[3];
        EXPECT_TRUE(contains(result.err, "sdstudio simulate: ")) << result.err;
        EXPECT_TRUE(contains(result.err, bad[2])) << result.err; // names the option
        EXPECT_EQ(result.out, "");
    }
}

TEST_F(SimulateCommandTest, DesignsThatCannotRunExitOneNamingThePlace) {
    const std::string loop = write("loop.json", kLoopingDesign);
    ProcessResult result = sdstudio({"simulate", loop});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, loop + ": links[2]: requests of class \"read\" loop"))
        << result.err;

    // Ten times what the station can serve: its queue grows until the run stops.
    const std::string flood = write("flood.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [
        {"id": "users", "kind": "client", "workload": {"rate": 1000000000,
                                                       "classes": [{"name": "read"}]}},
        {"id": "app", "kind": "service", "properties": {"workers": 1},
         "service": {"distribution": "exponential", "mean": 0.01}}],
      "links": [{"from": "users", "to": "app"}]})");
    result = sdstudio({"simulate", flood, "--duration", "0.01"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, flood + ": components[1] \"app\": more than")) << result.err;

    result = sdstudio({"simulate", flood, "--duration", "1000000000000"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "shorten the run")) << result.err;

    const std::string invalid = write("bad.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [{"id": "app", "kind": "service", "properties": {"instances": -1}}]})");
    result = sdstudio({"simulate", invalid});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, invalid + ": components[0] \"app\"")) << result.err;
}

TEST_F(SimulateCommandTest, ListedInHelp) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_TRUE(contains(result.out, "simulate FILE")) << result.out;
    const ProcessResult own = sdstudio({"help", "simulate"});
    for (const char* option : {"--duration", "--requests", "--warmup", "--replications",
                               "--threads", "--seed", "--average", "--json"})
        EXPECT_TRUE(contains(own.out, option)) << option << own.out;
}

} // namespace
} // namespace studio::cli::test
