// The calculator registry: lookup, keys, and every kind of bad input, each placed at its key.
#include "EstimateTestSupport.h"

#include "estimate/CalculationReport.h"

#include <set>

namespace studio::core::estimate {
namespace {

using test::calc;
using test::problemsOf;

// The texts of the problems, one a line.
std::string texts(const Problems& problems) {
    std::string text;
    for (const Problem& problem : problems)
        text += problem.text() + "\n";
    return text;
}

TEST(Registry, HasEveryCalculatorOnce) {
    std::set<std::string> names;
    for (const CalculatorSpec& calculator : calculators()) {
        EXPECT_TRUE(names.insert(calculator.name).second) << calculator.name;
        EXPECT_TRUE(calculator.run) << calculator.name;
        EXPECT_STRNE(calculator.description, "") << calculator.name;
    }
    for (const char* name :
         {"traffic", "rate",   "storage",     "dataset", "bandwidth", "hitratio",     "servers",
          "cache",   "shards", "connections", "prefix",  "fanout",    "availability", "downtime",
          "latency", "little", "slot",        "ring",    "modulo",    "ratelimit"})
        EXPECT_TRUE(names.count(name)) << name;
    EXPECT_EQ(findCalculator("nope"), nullptr);
    EXPECT_EQ(calculatorNames().rfind("traffic, rate, storage", 0), 0u);
}

// Every default reads as a value of its own key, and every calculator with only its required
// keys missing names exactly those.
TEST(Registry, DefaultsReadAndRequiredKeysAreNamed) {
    for (const CalculatorSpec& calculator : calculators()) {
        std::set<std::string> required;
        for (const InputSpec& spec : calculator.inputs)
            if (spec.required)
                required.insert(spec.key);
        const auto result = readInputs(calculator.name, calculator.inputs, {});
        std::set<std::string> named;
        for (const Problem& problem : result.problems())
            named.insert(problem.place);
        EXPECT_EQ(named, required) << calculator.name;
        if (!result.ok())
            continue;
        for (const InputSpec& spec : calculator.inputs)
            EXPECT_EQ(result.value().has(spec.key), spec.defaultValue != nullptr)
                << calculator.name << " " << spec.key;
    }
}

// Each input within its range, but their product past what a double holds.
TEST(Registry, OverflowIsAProblemNamingTheInputs) {
    const Problems problems =
        problemsOf("traffic", {{"dau", "1e300"}, {"actions_per_day", "1e300"}});
    ASSERT_EQ(problems.size(), 1u) << texts(problems);
    EXPECT_EQ(problems[0].place, "dau, actions_per_day");
    EXPECT_NE(problems[0].text().find("overflows (it is not a finite number) with dau=1e300 "
                                      "actions_per_day=1e300"),
              std::string::npos)
        << problems[0].text();
    // 100% availability has infinitely many nines: an answer, not an overflow.
    EXPECT_TRUE(problemsOf("availability", {{"series", "100%"}}).empty());
}

TEST(Registry, MissingRequiredKey) {
    const Problems problems = problemsOf("traffic", {{"actions_per_day", "10"}});
    ASSERT_EQ(problems.size(), 1u) << texts(problems);
    EXPECT_EQ(problems[0].text(), "dau: required: daily active users, a count (e.g. 10M)");
}

TEST(Registry, UnknownKey) {
    const Problems problems = problemsOf("storage", {{"bytes_per_day", "5GB"}, {"dayz", "365"}});
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].text(), "dayz: unknown key for calculator storage (expected: "
                                  "bytes_per_day, days, replicas)");
    // The key it probably meant is then missing too.
    EXPECT_EQ(problems.size(), 2u) << texts(problems);
    EXPECT_EQ(problems[1].place, "days");
}

TEST(Registry, WrongDimension) {
    const Problems problems = problemsOf("storage", {{"bytes_per_day", "5GB"}, {"days", "5GB"}});
    ASSERT_EQ(problems.size(), 1u) << texts(problems);
    EXPECT_EQ(problems[0].text(), "days: expected a duration in days (e.g. 365), got 5GB, which "
                                  "is a size");
    EXPECT_EQ(
        problemsOf("bandwidth", {{"requests_per_second", "150 ms"}, {"bytes_per_request", "1KB"}})
            .at(0)
            .text(),
        "requests_per_second: expected a rate (e.g. 10K/s or 10K QPS), got 150 ms, which "
        "is a duration");
    EXPECT_EQ(problemsOf("traffic", {{"dau", "5GB"}, {"actions_per_day", "1"}}).at(0).text(),
              "dau: expected a count (e.g. 10M), got 5GB, which is a size");
}

TEST(Registry, NonPositiveDivisor) {
    const Problems zero =
        problemsOf("servers", {{"requests_per_second", "10K"}, {"capacity_per_server", "0"}});
    ASSERT_EQ(zero.size(), 1u) << texts(zero);
    EXPECT_EQ(zero[0].text(), "capacity_per_server: expected more than 0 (it divides), got 0");
    EXPECT_EQ(problemsOf("shards", {{"bytes", "1TB"}, {"bytes_per_shard", "-1TB"}}).at(0).text(),
              "bytes_per_shard: expected more than 0 (it divides), got -1TB");
    EXPECT_EQ(problemsOf("rate", {{"count", "10"}, {"period", "0s"}}).at(0).place, "period");
    EXPECT_EQ(problemsOf("little", {{"L", "10"}, {"W", "0"}}).at(0).text(),
              "W: expected more than 0 (it divides), got 0");
    EXPECT_EQ(problemsOf("little", {{"L", "10"}, {"lambda", "0"}}).at(0).place, "lambda");
}

TEST(Registry, ReplicasAtLeastOne) {
    const Problems problems =
        problemsOf("storage", {{"bytes_per_day", "5GB"}, {"days", "365"}, {"replicas", "0"}});
    ASSERT_EQ(problems.size(), 1u) << texts(problems);
    EXPECT_EQ(problems[0].text(), "replicas: expected at least 1, got 0");
    EXPECT_EQ(problemsOf("storage", {{"bytes_per_day", "5GB"}, {"days", "1"}, {"replicas", "1.5"}})
                  .at(0)
                  .text(),
              "replicas: expected a whole number, got 1.5");
}

TEST(Registry, UnparsableValues) {
    const Problems problems = problemsOf("traffic", {{"dau", "abc"}, {"actions_per_day", "10"}});
    ASSERT_EQ(problems.size(), 1u) << texts(problems);
    EXPECT_EQ(problems[0].text(), "dau: expected a count (e.g. 10M), got abc");
    EXPECT_EQ(problemsOf("storage", {{"bytes_per_day", "5 XB"}, {"days", "1"}}).at(0).text(),
              "bytes_per_day: expected a size (e.g. 5 GB), got 5 XB (unknown unit 'XB')");
    EXPECT_EQ(problemsOf("traffic", {{"dau", ""}, {"actions_per_day", "10"}}).at(0).text(),
              "dau: expected a count (e.g. 10M), got nothing");
    EXPECT_EQ(problemsOf("availability", {{"series", "99.9%,,99%"}}).at(0).place, "series");
}

TEST(Registry, FractionsOutOfRange) {
    EXPECT_EQ(problemsOf("downtime", {{"availability", "99.9"}}).at(0).text(),
              "availability: expected a fraction from 0 to 1 (0% to 100%), got 99.9; did you "
              "mean 99.9%?");
    EXPECT_EQ(problemsOf("downtime", {{"availability", "120%"}}).at(0).text(),
              "availability: expected a fraction from 0 to 1 (0% to 100%), got 120%");
    EXPECT_EQ(problemsOf("servers", {{"requests_per_second", "1"},
                                     {"capacity_per_server", "1"},
                                     {"max_utilization", "0%"}})
                  .at(0)
                  .text(),
              "max_utilization: expected more than 0% and at most 100%, got 0%");
}

TEST(Registry, EveryProblemAtOnce) {
    const Problems problems = problemsOf(
        "storage",
        {{"bytes_per_day", "lots"}, {"days", "5GB"}, {"replicas", "0"}, {"colour", "blue"}});
    EXPECT_EQ(problems.size(), 4u) << texts(problems);
}

TEST(Registry, KeyGivenTwice) {
    EXPECT_EQ(problemsOf("fanout", {{"followers", "1"}, {"followers", "2"}}).at(0).text(),
              "followers: given more than once");
}

TEST(Registry, PairsAndChoices) {
    EXPECT_EQ(problemsOf("shards", {{"bytes", "1TB"}}).at(0).text(),
              "bytes_per_shard: required with bytes");
    EXPECT_EQ(problemsOf("shards", {}).at(0).place, "bytes, writes_per_second");
    EXPECT_EQ(problemsOf("availability", {}).at(0).place, "series, parallel");
    EXPECT_EQ(problemsOf("little", {{"L", "1"}}).at(0).text(),
              "L, lambda, W: give exactly two of L, lambda and W, got 1");
    EXPECT_EQ(problemsOf("ratelimit", {}).at(0).place, "burst, rate, times");
    EXPECT_EQ(problemsOf("ratelimit", {{"rate", "5/s"}}).at(0).text(),
              "duration: required with rate");
    EXPECT_EQ(problemsOf("ratelimit", {{"algorithm", "leaky"}, {"burst", "1"}}).at(0).place,
              "algorithm");
    EXPECT_EQ(problemsOf("ratelimit", {{"burst", "many"}}).at(0).text(),
              "burst: expected COUNT or COUNT@TIME (e.g. 150@2s), got many");
    EXPECT_EQ(problemsOf("ratelimit", {{"burst", "1e9"}}).at(0).place, "burst, rate, times");
    EXPECT_EQ(problemsOf("latency", {{"path", "dc,floppy"}}).at(0).text(),
              "path: expected a step of the latency table (l1, l2, memory, ssd, hdd, dc, "
              "continent) or a duration (e.g. 5ms), got floppy");
    EXPECT_EQ(problemsOf("slot", {{"key", "foo"}, {"masters", "20000"}}).at(0).place, "masters");
}

TEST(Registry, RecordsTheInputsItRanOn) {
    const Calculation result = calc("storage", {{"bytes_per_day", "5GB"}, {"days", "1 year"}});
    ASSERT_EQ(result.inputs.size(), 3u);
    EXPECT_EQ(result.inputs[0].key, "bytes_per_day");
    EXPECT_EQ(result.inputs[0].numbers, std::vector<double>{5e9});
    EXPECT_EQ(result.inputs[1].numbers, std::vector<double>{365});
    EXPECT_EQ(result.inputs[2].key, "replicas");
    EXPECT_FALSE(result.inputs[2].given);
    EXPECT_EQ(result.calculator, "storage");
}

TEST(Report, TextHasValuesFormulaAndUnits) {
    const auto lines = calculationText(
        calc("traffic", {{"dau", "10M"}, {"actions_per_day", "10"}, {"bytes_per_action", "1KB"}}));
    EXPECT_EQ(lines.at(0), "requests_per_day = 100000000 (100M req/day; ~100M req/day)");
    EXPECT_EQ(lines.at(1), "requests_per_second = 1157.407407 1/s (1.16K req/s; ~1.2K req/s)");
    EXPECT_EQ(lines.at(3), "bytes_per_day = 100000000000 B (100 GB/day; ~100 GB/day)");
    EXPECT_EQ(lines.at(4), "formula: 10M DAU x 10 actions/day / 86,400 s = 1.157K req/s");
    EXPECT_EQ(lines.back(), "units: SI (1 KB = 1000 B)");
    const auto ring = calculationText(calc("ring", {{"nodes", "A:1"}, {"keys", "0"}}));
    EXPECT_EQ(ring.at(1), "owner:0 = A");
}

TEST(Report, Json) {
    const nlohmann::json json = calculationJson(calc("availability", {{"series", "99.9%,99.9%"}}));
    EXPECT_EQ(json["calculator"], "availability");
    EXPECT_EQ(json["inputs"]["series"], nlohmann::json({0.999, 0.999}));
    EXPECT_NEAR(json["outputs"]["availability_percent"].get<double>(), 99.8001, 1e-9);
    EXPECT_EQ(json["output_units"]["downtime_per_year"], "s");
    EXPECT_EQ(json["output_units"]["availability_percent"], "%");
    EXPECT_EQ(json["units"], "SI (1 KB = 1000 B)");
    EXPECT_EQ(json["formula"].get<std::string>().rfind("in series: 99.9% x 99.9% = 99.8001%\n", 0),
              0u);
    // Whole numbers are JSON integers.
    const nlohmann::json slot = calculationJson(calc("slot", {{"key", "foo"}}));
    EXPECT_TRUE(slot["outputs"]["slot"].is_number_integer());
    EXPECT_EQ(slot["outputs"]["slot"], 12182);
    // 100% has infinitely many nines: null, as JSON has no infinity.
    EXPECT_TRUE(
        calculationJson(calc("availability", {{"series", "100%"}}))["outputs"]["nines"].is_null());
}

TEST(Report, ListNamesEveryCalculatorAndKey) {
    const auto lines = calculatorListText();
    std::string all;
    for (const auto& line : lines)
        all += line + "\n";
    for (const CalculatorSpec& calculator : calculators()) {
        EXPECT_NE(all.find(std::string(calculator.name) + ": "), std::string::npos);
        for (const InputSpec& spec : calculator.inputs)
            EXPECT_NE(all.find(spec.key), std::string::npos) << spec.key;
    }
    EXPECT_NE(all.find("    days           a duration in days (e.g. 365), required: days the "
                       "data is kept"),
              std::string::npos)
        << all;
    EXPECT_EQ(calculatorListJson().size(), calculators().size());
}

} // namespace
} // namespace studio::core::estimate
