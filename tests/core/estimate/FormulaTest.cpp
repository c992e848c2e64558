// Each calculator's formula, with the numbers put in, as the person reads it.
#include "EstimateTestSupport.h"

#include "estimate/Availability.h"
#include "estimate/CapacityCalculators.h"
#include "estimate/LatencyNumbers.h"
#include "estimate/LittlesLaw.h"
#include "estimate/TrafficCalculators.h"

#include <cmath>

namespace studio::core::estimate {
namespace {

using test::calc;
using test::formulaOf;

TEST(Formula, Traffic) {
    const Calculation result = calc("traffic", {{"dau", "10M"},
                                                {"actions_per_day", "10"},
                                                {"bytes_per_action", "1KB"},
                                                {"peak_factor", "3"}});
    EXPECT_EQ(formulaOf(result), "10M DAU x 10 actions/day / 86,400 s = 1.157K req/s\n"
                                 "peak: 1.157K req/s x peak factor 3 = 3.472K req/s\n"
                                 "10M DAU x 10 actions/day x 1 KB = 100 GB/day\n");
    EXPECT_DOUBLE_EQ(result.value("peak_requests_per_second"), 3 * 1e8 / 86400);
    EXPECT_DOUBLE_EQ(result.value("requests_per_day"), 1e8);
    // The template is kept apart from its numbers, for translation.
    EXPECT_EQ(result.formula[0].text, "%1 DAU x %2 actions/day / 86,400 s = %3");
    EXPECT_EQ(std::string(result.formula[0].context), "Estimate");
    EXPECT_EQ(result.formula[0].args, (std::vector<std::string>{"10M", "10", "1.157K req/s"}));
}

TEST(Formula, TrafficWithoutBytesHasNoBytesPerDay) {
    const Calculation result = traffic(1e6, 2, 0, 1);
    EXPECT_EQ(result.find("bytes_per_day"), nullptr);
    EXPECT_EQ(result.formula.size(), 2u);
}

TEST(Formula, ActionsPerDayTakeARate) {
    const Calculation result =
        calc("traffic", {{"dau", "1M"}, {"actions_per_day", "300 per month"}});
    EXPECT_DOUBLE_EQ(result.value("requests_per_day"), 1e7);
}

TEST(Formula, Rate) {
    EXPECT_EQ(formulaOf(calc("rate", {{"count", "10B"}, {"period", "30 days"}})),
              "10B / 30 days (2592000 s) = 3.858K req/s\n");
}

TEST(Formula, Storage) {
    EXPECT_EQ(
        formulaOf(calc("storage", {{"bytes_per_day", "5GB"}, {"days", "365"}, {"replicas", "3"}})),
        "5 GB/day x 365 days x 3 replicas = 5.475 TB\n");
    EXPECT_DOUBLE_EQ(storage(5e9, 365, 3).value("bytes_per_replica"), 1825e9);
}

TEST(Formula, Dataset) {
    EXPECT_EQ(formulaOf(dataset(1e8, 500, 1)), "100M items x 500 B = 50 GB\n");
    EXPECT_EQ(formulaOf(dataset(1e8, 500, 3)), "100M items x 500 B x 3 replicas = 150 GB\n");
}

TEST(Formula, Bandwidth) {
    EXPECT_EQ(formulaOf(bandwidth(1e4, 5e3)), "10K req/s x 5 KB = 50 MB/s = 400 Mbps\n");
}

TEST(Formula, HitRatio) {
    EXPECT_EQ(formulaOf(cacheHits(3858, 0.8)), "3.858K req/s x (1 - 80% hits) = 771.6 req/s "
                                               "reach the origin\n");
}

TEST(Formula, Servers) {
    EXPECT_EQ(formulaOf(serversNeeded(1e4, 2e3, 0.7)),
              "10K req/s / (2K req/s x 70%) = 7.143 -> 8 servers\n"
              "at the peak each server is 62.5% busy\n");
    // An exact fit needs no extra server, whatever floating point makes of 2000 x 0.7.
    EXPECT_EQ(serversNeeded(14000, 2000, 0.7).value("servers"), 10);
    EXPECT_EQ(serversNeeded(0, 2000, 0.7).value("servers"), 1);
}

TEST(Formula, Cache) {
    EXPECT_EQ(formulaOf(cacheSize(1e6, 1e3, 0.2)), "20% x 1M items x 1 KB = 200 MB\n");
}

TEST(Formula, ShardsByStorageAndWrites) {
    const Calculation result = shardsNeeded({5475e9, 1e12, 25e3, 10e3});
    EXPECT_EQ(formulaOf(result),
              "by storage: 5.475 TB / 1 TB a shard = 5.475 -> 6 shards\n"
              "by writes: 25K writes/s / 10K writes/s a shard = 2.5 -> 3 shards\n");
    EXPECT_EQ(result.value("shards"), 6);
    EXPECT_EQ(shardsNeeded({1e12, 1e12, 50e3, 10e3}).value("shards"), 5);
    EXPECT_EQ(calc("shards", {{"writes_per_second", "50K"}, {"writes_per_shard", "10K/s"}})
                  .value("shards"),
              5);
}

TEST(Formula, Connections) {
    EXPECT_EQ(formulaOf(concurrentConnections(2e9, 0.1, 0)), "2B users x 10% = 200M connections\n");
    const Calculation withServers = concurrentConnections(2e9, 0.1, 1e6);
    EXPECT_EQ(withServers.value("servers"), 200);
    EXPECT_EQ(withServers.formulaLines().at(1), "200M connections / 1M a server -> 200 servers");
}

TEST(Formula, PrefixAndFanOut) {
    EXPECT_EQ(formulaOf(prefixShards(26, 2)), "26^2 = 676 shards\n");
    EXPECT_EQ(formulaOf(fanOut(1000, 1)), "1 posts x 1K followers = 1K writes\n");
}

TEST(Formula, Availability) {
    EXPECT_EQ(calc("availability", {{"series", "99.9%,99.9%"}}).formulaLines().at(0),
              "in series: 99.9% x 99.9% = 99.8001%");
    EXPECT_EQ(calc("availability", {{"parallel", "99%,99%,99%"}}).formulaLines().at(0),
              "in parallel: 1 - (1 - 99%)^3 = 99.9999%");
    const Calculation both = availability({0.999}, {0.99, 0.9});
    EXPECT_EQ(both.formulaLines().at(1), "in parallel: 1 - (1 - 99%) x (1 - 90%) = 99.9%");
    EXPECT_EQ(both.formulaLines().at(2), "together: 99.9% x 99.9% = 99.8001%");
    EXPECT_NEAR(both.value("availability"), 0.998001, 1e-15);
    EXPECT_NEAR(both.value("nines"), -std::log10(1 - 0.998001), 1e-9);
}

TEST(Formula, Downtime) {
    EXPECT_EQ(formulaOf(downtime(0.999)),
              "(1 - 99.9%) x 365.25 days = 8.766 hours of downtime a year (8.76 hours in 365 "
              "days)\n"
              "(1 - 99.9%) x 30.4375 days = 43.83 min a month; 1.44 min a day\n");
    EXPECT_EQ(downtime(0.999).notes.at(0).format(),
              "a year is 365.25 days (leap years included), a month a twelfth of it: 30.4375 "
              "days");
}

TEST(Formula, Latency) {
    const Calculation result = calc("latency", {{"path", "dc,2*ssd,memory,5ms"}});
    EXPECT_DOUBLE_EQ(result.value("latency"), 0.5e-3 + 2 * 16e-6 + 100e-9 + 5e-3);
    EXPECT_EQ(formulaOf(result),
              "500 \xCE\xBCs (round trip within a datacenter) + 2 x 16 \xCE\xBCs (SSD random read) "
              "+ 100 ns (main memory reference) + 5 ms = 5.532 ms\n");
    EXPECT_DOUBLE_EQ(calc("latency", {{"path", "continent"}}).value("latency"), 0.15);
    EXPECT_EQ(latencyNumbers().size(), 7u);
    EXPECT_DOUBLE_EQ(findLatencyNumber("l1")->seconds, 1e-9);
    EXPECT_DOUBLE_EQ(findLatencyNumber("l2_cache")->seconds, 4e-9);
    EXPECT_DOUBLE_EQ(findLatencyNumber("hdd")->seconds, 2e-3);
}

TEST(Formula, LittlesLaw) {
    const auto l = littlesLaw(std::nullopt, 100, 0.2);
    ASSERT_TRUE(l.ok());
    EXPECT_DOUBLE_EQ(l.value().value("L"), 20);
    EXPECT_EQ(formulaOf(l.value()), "L = lambda x W = 100 req/s x 200 ms = 20\n");
    const Calculation lambda = calc("little", {{"L", "20"}, {"W", "200ms"}});
    EXPECT_DOUBLE_EQ(lambda.value("lambda"), 100);
    EXPECT_EQ(formulaOf(lambda), "lambda = L / W = 20 / 200 ms = 100 req/s\n");
    const Calculation w = calc("little", {{"L", "20"}, {"lambda", "100/s"}});
    EXPECT_DOUBLE_EQ(w.value("W"), 0.2);
    EXPECT_EQ(formulaOf(w), "W = L / lambda = 20 / 100 req/s = 200 ms\n");
}

TEST(Formula, SlotRingModuloAndRateLimit) {
    EXPECT_EQ(formulaOf(calc("slot", {{"key", "foo"}})),
              "CRC16/XMODEM(\"foo\") = 0xAF96 = 44950; 44950 mod 16384 = 12182\n");
    EXPECT_EQ(formulaOf(calc("modulo", {{"key", "10"}, {"shards", "4"}, {"new_shards", "5"}})),
              "10 mod 4 = shard 2\n10 mod 5 = shard 0\n"
              "from 4 to 5 shards: 1 - min(4, 5) / lcm(4, 5) = 1 - 4 / 20 = 80% of all keys "
              "move\n");
    EXPECT_EQ(formulaOf(calc("ratelimit", {{"burst", "150"}})),
              "token bucket: 100 tokens, refilled at 10 tokens/s, 1 token a request, full at the "
              "start\n"
              "a burst of 150 requests at 0 s\n"
              "150 requests -> 100 accepted, 50 rejected (HTTP 429)\n");
}

} // namespace
} // namespace studio::core::estimate
