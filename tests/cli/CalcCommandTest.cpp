// `sdstudio calc`: the issue's examples in text and JSON, --list, and bad input.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace studio::cli::test {
namespace {

using Json = nlohmann::json;

ProcessResult calc(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "calc");
    return runSdstudio(std::move(arguments));
}

// An example of the issue: its command line, an output and its value.
struct Example {
    std::vector<std::string> arguments;
    std::string output;
    double value;
    std::string textLine; // how the text output starts that output's line
};

const std::vector<Example>& examples() {
    static const std::vector<Example> all = {
        {{"traffic", "dau=10M", "actions_per_day=10", "bytes_per_action=1KB"},
         "requests_per_second",
         1e8 / 86400,
         "requests_per_second = 1157.4"},
        {{"traffic", "dau=10M", "actions_per_day=10", "bytes_per_action=1KB"},
         "bytes_per_day",
         1e11,
         "bytes_per_day = 100000000000 B (100 GB/day"},
        {{"storage", "bytes_per_day=5GB", "days=365", "replicas=3"},
         "bytes",
         5.475e12,
         "bytes = 5475000000000 B (5.48 TB; ~5.5 TB)"},
        {{"bandwidth", "requests_per_second=10K", "bytes_per_request=5KB"},
         "bytes_per_second",
         5e7,
         "bytes_per_second = 50000000 B/s (50 MB/s"},
        {{"bandwidth", "requests_per_second=10K", "bytes_per_request=5KB"},
         "bits_per_second",
         4e8,
         "bits_per_second = 400000000 bit/s (400 Mbps"},
        {{"slot", "key=foo"}, "slot", 12182, "slot = 12182 (12182)"},
        {{"availability", "series=99.9%,99.9%"},
         "availability_percent",
         99.8001,
         "availability_percent = 99.8001 %"},
    };
    return all;
}

TEST(CalcCommand, IssueExamplesAsText) {
    for (const Example& example : examples()) {
        const ProcessResult result = calc(example.arguments);
        EXPECT_EQ(result.exitCode, 0) << example.arguments.front() << ": " << result.err;
        EXPECT_EQ(result.err, "");
        bool found = false;
        for (const std::string& line : lines(result.out))
            found = found || line.rfind(example.textLine, 0) == 0;
        EXPECT_TRUE(found) << "expected a line starting " << example.textLine << " in:\n"
                           << result.out;
        EXPECT_TRUE(contains(result.out, "\nformula: ")) << result.out;
        EXPECT_TRUE(contains(result.out, "\nunits: SI (1 KB = 1000 B)\n")) << result.out;
    }
}

TEST(CalcCommand, IssueExamplesAsJson) {
    for (const Example& example : examples()) {
        std::vector<std::string> arguments = example.arguments;
        arguments.push_back("--json");
        const ProcessResult result = calc(arguments);
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const Json json = Json::parse(result.out);
        EXPECT_EQ(json["calculator"], example.arguments.front());
        ASSERT_TRUE(json["outputs"].contains(example.output)) << result.out;
        EXPECT_NEAR(json["outputs"][example.output].get<double>(), example.value,
                    std::abs(example.value) * 1e-12)
            << example.output;
        EXPECT_TRUE(json["formula"].is_string());
        EXPECT_FALSE(json["formula"].get<std::string>().empty());
        EXPECT_EQ(json["units"], "SI (1 KB = 1000 B)");
        EXPECT_TRUE(json["inputs"].is_object());
    }
}

TEST(CalcCommand, JsonCarriesInputsInBaseUnits) {
    const ProcessResult result =
        calc({"--json", "storage", "bytes_per_day=5GB", "days=1 year", "replicas=3"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json json = Json::parse(result.out);
    EXPECT_EQ(json["inputs"]["bytes_per_day"], 5e9);
    EXPECT_EQ(json["inputs"]["days"], 365);
    EXPECT_EQ(json["inputs"]["replicas"], 3);
    EXPECT_EQ(json["output_units"]["bytes"], "B");
    EXPECT_EQ(json["formula"], "5 GB/day x 365 days x 3 replicas = 5.475 TB");
}

TEST(CalcCommand, TrafficTextInFull) {
    const ProcessResult result =
        calc({"traffic", "dau=10M", "actions_per_day=10", "bytes_per_action=1KB"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, "requests_per_day = 100000000 (100M req/day; ~100M req/day)\n"
                          "requests_per_second = 1157.407407 1/s (1.16K req/s; ~1.2K req/s)\n"
                          "peak_requests_per_second = 1157.407407 1/s (1.16K req/s; ~1.2K req/s)\n"
                          "bytes_per_day = 100000000000 B (100 GB/day; ~100 GB/day)\n"
                          "formula: 10M DAU x 10 actions/day / 86,400 s = 1.157K req/s\n"
                          "formula: peak: 1.157K req/s x peak factor 1 = 1.157K req/s\n"
                          "formula: 10M DAU x 10 actions/day x 1 KB = 100 GB/day\n"
                          "note: a day is 86,400 s\n"
                          "units: SI (1 KB = 1000 B)\n");
}

TEST(CalcCommand, ListNamesTheCalculatorsAndTheirKeys) {
    const ProcessResult result = calc({"--list"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    for (const char* name :
         {"traffic: ", "storage: ", "bandwidth: ", "servers: ", "cache: ", "shards: ",
          "connections: ", "availability: ", "downtime: ", "latency: ", "little: ", "slot: ",
          "ring: ", "modulo: ", "ratelimit: "})
        EXPECT_TRUE(contains(result.out, std::string("\n") + name) ||
                    result.out.rfind(name, 0) == 0)
            << name;
    EXPECT_TRUE(contains(result.out, "bytes_per_day")) << result.out;
    EXPECT_TRUE(contains(result.out, "units: SI (1 KB = 1000 B)")) << result.out;

    const ProcessResult one = calc({"storage", "--list"});
    EXPECT_EQ(one.exitCode, 0) << one.err;
    EXPECT_EQ(one.out.rfind("storage: ", 0), 0u) << one.out;
    EXPECT_FALSE(contains(one.out, "traffic"));

    const ProcessResult json = calc({"--list", "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const Json list = Json::parse(json.out);
    ASSERT_TRUE(list.is_array());
    EXPECT_GE(list.size(), 15u);
    EXPECT_EQ(list[0]["name"], "traffic");
    EXPECT_EQ(list[0]["inputs"][0]["key"], "dau");
}

// Bad input: exit 1, nothing on standard output, one line a problem naming the key.
void expectBadInput(const std::vector<std::string>& arguments, const std::string& firstLine) {
    const ProcessResult result = calc(arguments);
    EXPECT_EQ(result.exitCode, 1) << arguments.front() << ": " << result.err;
    EXPECT_EQ(result.out, "");
    const auto errors = lines(result.err);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front(), firstLine);
}

TEST(CalcCommand, BadInputExitsOneNamingTheKey) {
    expectBadInput({"traffic", "actions_per_day=10"},
                   "dau: required: daily active users, a count (e.g. 10M)");
    expectBadInput({"storage", "bytes_per_day=5GB", "dayz=365"},
                   "dayz: unknown key for calculator storage (expected: bytes_per_day, days, "
                   "replicas)");
    expectBadInput({"storage", "bytes_per_day=5GB", "days=5GB"},
                   "days: expected a duration in days (e.g. 365), got 5GB, which is a size");
    expectBadInput({"storage", "bytes_per_day=5GB", "days=365", "replicas=0"},
                   "replicas: expected at least 1, got 0");
    expectBadInput({"servers", "requests_per_second=10K", "capacity_per_server=0"},
                   "capacity_per_server: expected more than 0 (it divides), got 0");
    expectBadInput({"traffic", "dau=abc", "actions_per_day=10"},
                   "dau: expected a count (e.g. 10M), got abc");
    expectBadInput({"downtime", "availability=99.9"},
                   "availability: expected a fraction from 0 to 1 (0% to 100%), got 99.9; did "
                   "you mean 99.9%?");
}

TEST(CalcCommand, EveryProblemOnItsOwnLine) {
    const ProcessResult result =
        calc({"storage", "bytes_per_day=lots", "days=5GB", "replicas=0", "colour=blue"});
    EXPECT_EQ(result.exitCode, 1);
    const auto errors = lines(result.err);
    ASSERT_EQ(errors.size(), 4u) << result.err;
    EXPECT_EQ(errors[0].rfind("bytes_per_day: ", 0), 0u);
    EXPECT_EQ(errors[1].rfind("days: ", 0), 0u);
    EXPECT_EQ(errors[2].rfind("replicas: ", 0), 0u);
    EXPECT_EQ(errors[3].rfind("colour: ", 0), 0u);
}

TEST(CalcCommand, BadCommandLinesExitTwo) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{}, "sdstudio calc: missing NAME"},
        {{"frobnicate", "x=1"},
         "sdstudio calc: unknown calculator 'frobnicate' (expected: "
         "traffic, "},
        {{"traffic", "dau"}, "sdstudio calc: expected KEY=VALUE, got 'dau'"},
        {{"traffic", "=5"}, "sdstudio calc: expected KEY=VALUE, got '=5'"},
        {{"--frob"}, "sdstudio calc: Unknown option 'frob'."},
        {{"--list", "frobnicate"}, "sdstudio calc: unknown calculator 'frobnicate'"},
    };
    for (const auto& [arguments, error] : cases) {
        const ProcessResult result = calc(arguments);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_EQ(result.out, "");
        const auto errors = lines(result.err);
        ASSERT_EQ(errors.size(), 2u) << result.err;
        EXPECT_EQ(errors[0].rfind(error, 0), 0u) << errors[0];
        EXPECT_TRUE(contains(errors[1], "--help")) << errors[1];
    }
}

// `text` with every run of spaces and newlines as one space: help wraps where it likes.
std::string flowed(const std::string& text) {
    std::string result;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n';
        if (!space || (!result.empty() && result.back() != ' '))
            result += space ? ' ' : c;
    }
    return result;
}

TEST(CalcCommand, HelpDescribesTheArgumentsAndExitStatus) {
    ProcessResult result = runProcess({SDSTUDIO_EXECUTABLE, "help", "calc"}, kHeadless);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    result.out = flowed(result.out);
    EXPECT_TRUE(contains(result.out, "Usage: sdstudio calc [options] [NAME] [KEY=VALUE...]"))
        << result.out;
    EXPECT_TRUE(contains(result.out, "--json")) << result.out;
    EXPECT_TRUE(contains(result.out, "--list")) << result.out;
    EXPECT_TRUE(contains(result.out, "1 KB = 1000 B")) << result.out;
    EXPECT_TRUE(contains(result.out, "An unknown NAME exits 2")) << result.out;
    EXPECT_TRUE(contains(result.out, "A bad value exits 1")) << result.out;
    const ProcessResult overview = runProcess({SDSTUDIO_EXECUTABLE, "--help"}, kHeadless);
    EXPECT_TRUE(contains(overview.out, "calc [NAME] [KEY=VALUE...]")) << overview.out;
}

TEST(CalcCommand, ToolsOnTheCommandLine) {
    const ProcessResult ring =
        calc({"ring", "nodes=A:100,B:400,C:700", "keys=250,500,800", "add=D:550", "--json"});
    ASSERT_EQ(ring.exitCode, 0) << ring.err;
    const Json json = Json::parse(ring.out);
    EXPECT_EQ(json["outputs"]["owner:250"], "B");
    EXPECT_EQ(json["outputs"]["owner:500"], "C");
    EXPECT_EQ(json["outputs"]["owner:800"], "A");
    EXPECT_EQ(json["outputs"]["owner_after:500"], "D");
    EXPECT_EQ(json["outputs"]["moved_positions"], 150);

    const ProcessResult limiter = calc({"ratelimit", "rate=20/s", "duration=60s", "--json"});
    ASSERT_EQ(limiter.exitCode, 0) << limiter.err;
    const Json outcome = Json::parse(limiter.out)["outputs"];
    EXPECT_EQ(outcome["accepted"], 699);
    EXPECT_EQ(outcome["rejected"], 501);
}

// The shell passes bytes; Qt decodes them as text (FF FE became two U+FFFD, slot 14830).
TEST(CalcCommand, SlotHashesTheKeysBytes) {
    const ProcessResult json = calc({"slot", "key=\xff\xfe", "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_EQ(Json::parse(json.out)["outputs"]["slot"], 3374) << json.out;
    const ProcessResult text = calc({"slot", "key=\xff\xfe"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "CRC16/XMODEM(\"\\xFF\\xFE\")")) << text.out;
}

TEST(CalcCommand, OverflowIsAnErrorNamingTheInputs) {
    const ProcessResult result = calc({"traffic", "dau=1e300", "actions_per_day=1e300"});
    EXPECT_EQ(result.exitCode, 1) << result.out;
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(contains(result.err, "dau, actions_per_day: "));
    EXPECT_TRUE(contains(result.err, "overflows")) << result.err;
    EXPECT_FALSE(contains(result.err, "inf")) << result.err;
}

} // namespace
} // namespace studio::cli::test
