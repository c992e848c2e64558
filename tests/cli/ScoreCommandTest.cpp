// `sdstudio score`: a design scored as a practice answer to a template, from the command line,
// run as a person would.
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

class ScoreCommandTest : public FolderTest {
protected:
    ScoreCommandTest()
        : FolderTest("score") {}

    // The URL shortener template as a design file.
    std::string shortener() {
        const std::string file = path("shortener.json");
        const ProcessResult made = sdstudio({"new", "--template", "url-shortener", "-o", file});
        EXPECT_EQ(made.exitCode, 0) << made.err;
        return file;
    }
};

const char* kEmpty = R"({"format": "sdstudio-design", "version": 1, "name": "blank",
  "components": [], "links": []})";

TEST_F(ScoreCommandTest, TextListsTheRubricTheEstimatesTheTargetsAndTheTotal) {
    const ProcessResult result = sdstudio({"score", shortener(), "--template", "url-shortener"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    const std::string& out = result.out;
    EXPECT_TRUE(contains(out, "Score of \"URL shortener\" against the template url-shortener"))
        << out;
    EXPECT_TRUE(contains(out, "Rubric (8 of 8 points):")) << out;
    EXPECT_TRUE(contains(out, "\xE2\x9C\x93 A cache (Redis) on the redirect path")) << out; // ✓
    EXPECT_FALSE(contains(out, "\xE2\x9C\x97")) << out;                                     // ✗
    EXPECT_TRUE(contains(out, "read_rps: 3.86K req/s against the template's 3.86K req/s")) << out;
    EXPECT_TRUE(contains(out, "Estimates (the design's against the reference's):")) << out;
    EXPECT_TRUE(contains(out, "storage_bytes")) << out;
    EXPECT_TRUE(contains(out, "Targets at the reference's peak load (7793 req/s")) << out;
    EXPECT_TRUE(contains(out, "p99 latency <= 100 ms: ")) << out;
    EXPECT_TRUE(contains(out, "availability >= 99.90%: ")) << out;
    EXPECT_TRUE(contains(out, "Score: 11/11 (100%)\n")) << out;
    EXPECT_FALSE(contains(out, "Simulated")) << out;
}

TEST_F(ScoreCommandTest, AnEmptyDesignMissesEverythingAndSaysWhy) {
    const std::string file = write("empty.json", kEmpty);
    const ProcessResult result = sdstudio({"score", file, "--template", "url-shortener"});
    ASSERT_EQ(result.exitCode, 0) << result.err; // scored, however low
    EXPECT_TRUE(contains(result.out, "\xE2\x9C\x97 A database stores short_id")) << result.out;
    EXPECT_TRUE(contains(result.out, "not judged: the design cannot be solved")) << result.out;
    EXPECT_TRUE(contains(result.out, "Score: 0/11 (0%)")) << result.out;
}

TEST_F(ScoreCommandTest, JsonCarriesEveryPartAndTheSimulation) {
    const ProcessResult result =
        sdstudio({"score", shortener(), "--template", "url-shortener", "--json", "--simulate"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(json["design"], "URL shortener");
    EXPECT_EQ(json["template"], "url-shortener");
    EXPECT_EQ(json["rubric"]["earned"], 8);
    EXPECT_EQ(json["rubric"]["possible"], 8);
    ASSERT_EQ(json["rubric"]["items"].size(), 8u);
    EXPECT_EQ(json["rubric"]["items"][0]["met"], true);
    EXPECT_TRUE(json["rubric"]["items"][0]["detail"].is_string());
    ASSERT_FALSE(json["estimates"].empty());
    for (const Json& e : json["estimates"]) {
        EXPECT_DOUBLE_EQ(e["ratio"].get<double>(), 1) << e;
        EXPECT_EQ(e["within"], true) << e;
    }
    const Json& targets = json["targets"];
    EXPECT_EQ(targets["solved"], true);
    EXPECT_DOUBLE_EQ(targets["load_factor"].get<double>(), 1);
    ASSERT_EQ(targets["items"].size(), 3u);
    EXPECT_EQ(targets["items"][0]["requirement"], "p99_latency");
    EXPECT_DOUBLE_EQ(targets["items"][0]["target"].get<double>(), 0.1);
    EXPECT_LT(targets["items"][0]["actual"]["value"].get<double>(), 0.1);
    EXPECT_EQ(targets["items"][0]["met"], true);
    const Json& simulation = json["simulation"];
    ASSERT_TRUE(simulation.is_object()) << simulation;
    EXPECT_EQ(simulation["ran"], true);
    ASSERT_EQ(simulation["items"].size(), 1u);
    EXPECT_EQ(simulation["items"][0]["met"], true) << simulation;
    EXPECT_EQ(json["hints_used"], 0);
    EXPECT_EQ(json["earned"], 11);
    EXPECT_EQ(json["possible"], 11);
    EXPECT_DOUBLE_EQ(json["fraction"].get<double>(), 1);
}

TEST_F(ScoreCommandTest, AnUnknownTemplateExitsOneNamingTheKnownOnes) {
    const ProcessResult result = sdstudio({"score", shortener(), "--template", "url-shortner"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "unknown template 'url-shortner'; did you mean "
                                     "'url-shortener'?"))
        << result.err;
    EXPECT_TRUE(contains(result.err, "video-streaming")) << result.err;
    EXPECT_EQ(result.out, "");
}

TEST_F(ScoreCommandTest, AMissingTemplateIsAUsageError) {
    const ProcessResult result = sdstudio({"score", shortener()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "sdstudio score: missing --template ID")) << result.err;
    EXPECT_EQ(result.out, "");
}

TEST_F(ScoreCommandTest, AnInvalidFileExitsOneNamingTheFile) {
    const std::string file = write("bad.json", R"({"format": "sdstudio-design", "version": 1,
      "components": [{"id": "app", "kind": "servise"}], "links": []})");
    const ProcessResult result = sdstudio({"score", file, "--template", "url-shortener"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, file + ": components[0] \"app\"")) << result.err;
    EXPECT_EQ(result.out, "");
}

TEST_F(ScoreCommandTest, ListedInHelp) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_TRUE(contains(result.out, "score FILE")) << result.out;
    const ProcessResult own = sdstudio({"help", "score"});
    for (const char* option : {"--template", "--simulate", "--json"})
        EXPECT_TRUE(contains(own.out, option)) << option << own.out;
}

} // namespace
} // namespace studio::cli::test
