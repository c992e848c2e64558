// A design's estimation inputs as calculator inputs: what each calculator is given, written
// as people write it, and that running it gives the design's own figures.
#include "estimate/DesignPrefill.h"
#include "EstimateTestSupport.h"
#include "estimate/DesignEstimate.h"
#include "estimate/Quantity.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::core::estimate {
namespace {

using test::calc;

// Photo sharing: 50M DAU, each viewing 20 photos of 200 KB and posting one of 2 MB a day;
// 1B photos kept ten years in 3 copies; the peak twice the average, 5% online at once.
Estimation photos() {
    Estimation e;
    e.dau = 50e6;
    e.readsPerUserPerDay = 20;
    e.readBytes = 200e3;
    e.writesPerUserPerDay = 1;
    e.writeBytes = 2e6;
    e.itemCount = 1e9;
    e.itemBytes = 2e6;
    e.retentionDays = 3650;
    e.replicas = 3;
    e.peakFactor = 2;
    e.concurrentFraction = 0.05;
    return e;
}

bool runs(const std::string& name, const CalculatorValues& given) {
    return runCalculator(*findCalculator(name), given).ok();
}

TEST(DesignPrefill, TheCalculatorsAreTheRegistrysInItsOrder) {
    std::vector<std::string> registry;
    for (const CalculatorSpec& calculator : calculators())
        if (std::ranges::count(prefillCalculators(), std::string(calculator.name)))
            registry.push_back(calculator.name);
    EXPECT_EQ(registry, prefillCalculators()) << "each a calculator, in the registry's order";
    EXPECT_EQ(prefillCalculators().size(), 8u);
}

TEST(DesignPrefill, TrafficIsWrittenAsPeopleWriteIt) {
    // (20 x 200 KB + 1 x 2 MB) / 21 actions = 285.714 KB an action, to 6 digits.
    const CalculatorValues expected{{"dau", "50M"},
                                    {"actions_per_day", "21"},
                                    {"bytes_per_action", "285.714 KB"},
                                    {"peak_factor", "2"}};
    EXPECT_EQ(designInputs("traffic", photos()), expected);

    const Calculation design = designEstimate(photos());
    const Calculation traffic = calc("traffic", expected);
    EXPECT_NEAR(traffic.value("requests_per_second"),
                design.value("read_rps") + design.value("write_rps"), 1e-6);
    EXPECT_NEAR(traffic.value("peak_requests_per_second"), design.value("peak_rps"), 1e-6);
}

TEST(DesignPrefill, StorageAndCacheGiveTheDesignsBytes) {
    // 50M DAU x 1 write x 2 MB a day, kept 3,650 days, 3 copies.
    EXPECT_NEAR(calc("storage", designInputs("storage", photos())).value("bytes"),
                50e6 * 2e6 * 3650 * 3, 1);
    EXPECT_NEAR(calc("cache", designInputs("cache", photos())).value("bytes"),
                designEstimate(photos()).value("cache_bytes"), 1);
    EXPECT_NEAR(calc("dataset", designInputs("dataset", photos())).value("bytes"), 1e9 * 2e6 * 3,
                1);
}

TEST(DesignPrefill, BandwidthAndServersRunAtThePeak) {
    const double peak = designEstimate(photos()).value("peak_rps");
    const CalculatorValues bandwidth = designInputs("bandwidth", photos());
    ASSERT_EQ(bandwidth.size(), 2u);
    EXPECT_EQ(bandwidth[0].first, "requests_per_second");
    EXPECT_EQ(bandwidth[1],
              (std::pair<std::string, std::string>{"bytes_per_request", "285.714 KB"}));
    EXPECT_NEAR(calc("bandwidth", bandwidth).value("bytes_per_second"), peak * 6e6 / 21,
                1e-5 * peak * 6e6 / 21);

    const CalculatorValues servers = designInputs("servers", photos());
    ASSERT_EQ(servers.size(), 1u) << "a server's capacity is the person's to give";
    EXPECT_EQ(servers[0], bandwidth[0]);
}

TEST(DesignPrefill, ServersAndShardsWaitForThePersonsLimits) {
    CalculatorValues servers = designInputs("servers", photos());
    EXPECT_FALSE(runs("servers", servers));
    servers.emplace_back("capacity_per_server", "1000/s");
    EXPECT_GT(calc("servers", servers).value("servers"), 0);

    CalculatorValues shards = designInputs("shards", photos());
    ASSERT_EQ(shards.size(), 2u);
    EXPECT_EQ(shards[0].first, "bytes");
    EXPECT_EQ(shards[1].first, "writes_per_second");
    EXPECT_FALSE(runs("shards", shards));
    shards.emplace_back("bytes_per_shard", "1 TB");
    shards.emplace_back("writes_per_shard", "100/s");
    const Calculation result = calc("shards", shards);
    // 1B photos x 2 MB x 3 copies = 6 PB; 50M writes / 86,400 s x 2 = 1,157 writes/s.
    EXPECT_EQ(result.value("shards_by_storage"), 6000);
    EXPECT_EQ(result.value("shards_by_writes"), 12);
}

TEST(DesignPrefill, ConnectionsTakeTheShareOnlineAsAPercentage) {
    const CalculatorValues expected{{"users", "50M"}, {"concurrent_fraction", "5%"}};
    EXPECT_EQ(designInputs("connections", photos()), expected);
    EXPECT_NEAR(calc("connections", expected).value("connections"), 2.5e6, 1e-6);
}

TEST(DesignPrefill, WhatTheDesignDoesNotGiveIsLeftOut) {
    for (const std::string& name : prefillCalculators())
        EXPECT_TRUE(designInputs(name, Estimation{}).empty()) << name;
    EXPECT_TRUE(designInputs("latency", photos()).empty()) << "not a prefill calculator";

    Estimation noWrites = photos();
    noWrites.writesPerUserPerDay = 0;
    EXPECT_TRUE(designInputs("storage", noWrites).empty());
    Estimation noPeak = photos();
    noPeak.peakFactor = 0;
    const CalculatorValues traffic = designInputs("traffic", noPeak);
    EXPECT_EQ(traffic.size(), 3u) << "a zero peak factor is left to the calculator's default";
}

// Where a template leaves an input out (retention, the share online), the person gives it;
// what is given reads as its key's dimension, and traffic gives the design's own rate.
TEST(DesignPrefill, EveryTemplatesValuesReadAsTheirKeys) {
    for (const Template& reference : builtinTemplates()) {
        const Estimation& e = reference.design.estimation;
        for (const std::string& name : prefillCalculators()) {
            const CalculatorSpec& calculator = *findCalculator(name);
            for (const auto& [key, written] : designInputs(name, e)) {
                const auto spec = std::ranges::find_if(
                    calculator.inputs, [&](const InputSpec& input) { return input.key == key; });
                ASSERT_NE(spec, calculator.inputs.end()) << name << " has no key " << key;
                const auto read = parseQuantity(written, spec->dimension).quantity;
                ASSERT_TRUE(read.has_value()) << reference.id << " " << key << " " << written;
                EXPECT_GT(convertQuantity(*read, spec->dimension).value_or(0), 0)
                    << reference.id << " " << key << " " << written;
            }
        }
        const Calculation design = designEstimate(e);
        const auto rate = [&](const char* key) { return design.find(key) ? design.value(key) : 0; };
        const double average = rate("read_rps") + rate("write_rps");
        EXPECT_NEAR(calc("traffic", designInputs("traffic", e)).value("requests_per_second"),
                    average, 1e-5 * average)
            << reference.id;
    }
}

} // namespace
} // namespace studio::core::estimate
