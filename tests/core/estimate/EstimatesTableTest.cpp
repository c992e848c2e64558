// Every row of ../shared/validation/estimates.md, through the registry with the inputs as
// people write them. The seed rounds; the calculators give the exact figure and the seed's
// style of rounding (two significant digits).
#include "EstimateTestSupport.h"

#include "estimate/Availability.h"
#include "estimate/Checksums.h"
#include "estimate/LatencyNumbers.h"
#include "estimate/RedisSlot.h"

namespace studio::core::estimate {
namespace {

using test::calc;
using test::output;

TEST(EstimatesTable, ReadTraffic) {
    // 10M DAU x 10 reads/day x 1 KB -> 100 GB/day; 1,157.4 reads/s (seed: ~1.2K reads/sec).
    const Calculation result =
        calc("traffic", {{"dau", "10M"}, {"actions_per_day", "10"}, {"bytes_per_action", "1KB"}});
    EXPECT_DOUBLE_EQ(result.value("bytes_per_day"), 1e11);
    EXPECT_NEAR(result.value("requests_per_second"), 1157.4, 0.01);
    EXPECT_DOUBLE_EQ(result.value("requests_per_second"), 1e8 / 86400);
    EXPECT_EQ(output(result, "requests_per_second").seedForm(), "~1.2K req/s");
    EXPECT_EQ(output(result, "bytes_per_day").peopleForm(), "100 GB/day");
}

TEST(EstimatesTable, Storage) {
    // 5 GB/day x 365 days x 3 replicas -> 5,475 GB (seed: 5.5 TB).
    const Calculation result =
        calc("storage", {{"bytes_per_day", "5GB"}, {"days", "365"}, {"replicas", "3"}});
    EXPECT_DOUBLE_EQ(result.value("bytes"), 5475e9);
    EXPECT_EQ(output(result, "bytes").seedForm(), "~5.5 TB");
    EXPECT_EQ(output(result, "bytes").peopleForm(), "5.48 TB");
}

TEST(EstimatesTable, Bandwidth) {
    // 10K QPS x 5 KB -> 50 MB/s = 400 Mbps.
    const Calculation result =
        calc("bandwidth", {{"requests_per_second", "10K QPS"}, {"bytes_per_request", "5 KB"}});
    EXPECT_DOUBLE_EQ(result.value("bytes_per_second"), 5e7);
    EXPECT_DOUBLE_EQ(result.value("bits_per_second"), 4e8);
    EXPECT_EQ(output(result, "bytes_per_second").seedForm(), "~50 MB/s");
    EXPECT_EQ(output(result, "bits_per_second").seedForm(), "~400 Mbps");
}

TEST(EstimatesTable, UrlShortenerStorage) {
    // 100M URLs x 500 B -> 50 GB.
    const Calculation result = calc("dataset", {{"items", "100M"}, {"bytes_per_item", "500B"}});
    EXPECT_DOUBLE_EQ(result.value("bytes"), 5e10);
    EXPECT_EQ(output(result, "bytes").seedForm(), "~50 GB");
}

TEST(EstimatesTable, UrlShortenerReads) {
    // 10B reads a 30-day month -> 3,858 reads/s. The seed says ~3,800: it truncates 3,858;
    // two significant digits round it to ~3.9K.
    const Calculation result = calc("rate", {{"count", "10B"}, {"period", "30 days"}});
    EXPECT_DOUBLE_EQ(result.value("per_second"), 1e10 / (30 * 86400.0));
    EXPECT_NEAR(result.value("per_second"), 3858.02, 0.01);
    EXPECT_EQ(output(result, "per_second").seedForm(), "~3.9K req/s");
    EXPECT_DOUBLE_EQ(calc("rate", {{"count", "10B"}, {"period", "1 month"}}).value("per_second"),
                     result.value("per_second"));
}

TEST(EstimatesTable, UrlShortenerDatabaseReads) {
    // 3,858 reads/s with 80% cache hits -> 771.6 DB reads/s (the seed rounds to 800).
    const Calculation result =
        calc("hitratio", {{"requests_per_second", "3858"}, {"hit_ratio", "80%"}});
    EXPECT_NEAR(result.value("misses_per_second"), 771.6, 1e-9);
    EXPECT_NEAR(result.value("hits_per_second"), 3086.4, 1e-9);
}

TEST(EstimatesTable, ChatStorage) {
    // 100B messages/day x 100 B -> 10 TB/day: "100B" is a count for items, bytes for the size.
    const Calculation result = calc("dataset", {{"items", "100B"}, {"bytes_per_item", "100B"}});
    EXPECT_DOUBLE_EQ(result.value("bytes"), 1e13);
    EXPECT_EQ(output(result, "bytes").peopleForm(), "10 TB");
    // The same a day, through storage: 10 TB/day kept one day.
    EXPECT_DOUBLE_EQ(
        calc("storage", {{"bytes_per_day", "10 TB/day"}, {"days", "1"}}).value("bytes"), 1e13);
}

TEST(EstimatesTable, ChatConnections) {
    // 2B users x 10% concurrent -> 200M connections.
    const Calculation result =
        calc("connections", {{"users", "2B"}, {"concurrent_fraction", "10%"}});
    EXPECT_DOUBLE_EQ(result.value("connections"), 2e8);
    EXPECT_EQ(output(result, "connections").peopleForm(), "200M connections");
}

TEST(EstimatesTable, LatencyRatios) {
    const LatencyNumber* memory = findLatencyNumber("main_memory");
    const LatencyNumber* ssd = findLatencyNumber("ssd");
    const LatencyNumber* hdd = findLatencyNumber("hdd_seek");
    ASSERT_TRUE(memory && ssd && hdd);
    EXPECT_DOUBLE_EQ(latencyRatio(*ssd, *memory), 160); // memory is 160x faster than SSD
    EXPECT_DOUBLE_EQ(latencyRatio(*hdd, *ssd), 125);    // SSD is 125x faster than HDD
}

TEST(EstimatesTable, RedisClusterSlots) {
    EXPECT_EQ(crc16Xmodem("123456789"), 0x31C3);
    EXPECT_EQ(redisSlot("foo"), 12182);
    EXPECT_EQ(redisSlot("bar"), 5061);
    EXPECT_EQ(redisSlot("hello"), 866);
    EXPECT_EQ(calc("slot", {{"key", "foo"}}).value("slot"), 12182);
    EXPECT_EQ(kRedisSlots, 16384);
}

TEST(EstimatesTable, ConsistentHashing) {
    const Calculation result = calc("ring", {{"size", "1024"},
                                             {"nodes", "A:100,B:400,C:700"},
                                             {"keys", "250,500,800"},
                                             {"add", "D:550"}});
    EXPECT_EQ(output(result, "owner:250").text, "B");
    EXPECT_EQ(output(result, "owner:500").text, "C");
    EXPECT_EQ(output(result, "owner:800").text, "A");
    // Adding D at 550 moves only (400, 550] from C to D.
    EXPECT_EQ(output(result, "owner_after:500").text, "D");
    EXPECT_EQ(output(result, "owner_after:250").text, "B");
    EXPECT_EQ(output(result, "owner_after:800").text, "A");
    EXPECT_EQ(result.value("moved_positions"), 150);
    EXPECT_EQ(result.value("moved_keys"), 1);
    EXPECT_NE(test::formulaOf(result).find("positions (400, 550] (150) move from C to D"),
              std::string::npos)
        << test::formulaOf(result);
}

TEST(EstimatesTable, ModuloSharding) {
    for (int userId : {0, 1, 2, 3, 4, 5, 1001, 123456}) {
        const Calculation result =
            calc("modulo", {{"key", std::to_string(userId)}, {"shards", "4"}});
        EXPECT_EQ(result.value("shard"), userId % 4) << userId;
    }
}

TEST(EstimatesTable, TypeaheadShards) {
    EXPECT_EQ(calc("prefix", {}).value("shards"), 676); // 26^2
    EXPECT_EQ(calc("prefix", {{"alphabet", "26"}, {"length", "2"}}).value("shards"), 676);
}

TEST(EstimatesTable, NewsFeedFanOut) {
    EXPECT_EQ(calc("fanout", {{"followers", "1,000"}}).value("timeline_writes"), 1000);
}

// The standard worked examples.

TEST(EstimatesTable, TokenBucketBurst) {
    // 100 tokens, refill 10/s, a burst of 150 on a full bucket -> 100 accepted, 50 rejected.
    const Calculation result = calc("ratelimit", {{"burst", "150"}});
    EXPECT_EQ(result.value("accepted"), 100);
    EXPECT_EQ(result.value("rejected"), 50);
}

// 20 requests/s evenly spaced for 60 s (at 0, 0.05, ..., 59.95 s: 1200 requests) on a full
// bucket of 100 refilled at 10/s. The table says "about 700 (100 + 10/s x 60 s)"; exactly:
// before request k the bucket holds 100 - k + 0.5 k = 100 - 0.5 k tokens, so requests 0..198
// pass (199); from then on the bucket gains 0.5 a request and every second request passes:
// k = 200, 202, ..., 1198 (500). 699 accepted, 501 rejected: the last request comes at 59.95 s,
// so the bucket has refilled 599.5 tokens, not 600.
TEST(EstimatesTable, TokenBucketSustained) {
    const Calculation result =
        calc("ratelimit",
             {{"rate", "20/s"}, {"duration", "60s"}, {"capacity", "100"}, {"refill", "10/s"}});
    EXPECT_EQ(result.value("requests"), 1200);
    EXPECT_EQ(result.value("accepted"), 699);
    EXPECT_EQ(result.value("rejected"), 501);
    EXPECT_NEAR(result.value("accepted"), 700, 1);
    EXPECT_DOUBLE_EQ(result.value("first_rejection"), 199 / 20.0);
}

TEST(EstimatesTable, FixedWindow) {
    // 100 a minute; 150 requests inside one minute -> 100 accepted, 50 rejected.
    const Calculation burst = calc("ratelimit", {{"algorithm", "fixed_window"}, {"burst", "150"}});
    EXPECT_EQ(burst.value("accepted"), 100);
    EXPECT_EQ(burst.value("rejected"), 50);
    const Calculation spread = calc(
        "ratelimit", {{"algorithm", "fixed_window"}, {"rate", "2.5/s"}, {"duration", "1 min"}});
    EXPECT_EQ(spread.value("requests"), 150);
    EXPECT_EQ(spread.value("accepted"), 100);
    EXPECT_EQ(spread.value("rejected"), 50);
}

TEST(EstimatesTable, CacheSize) {
    // 1,000,000 items x 1 KB, hot 20% -> 200 MB.
    const Calculation result = calc(
        "cache", {{"items", "1,000,000"}, {"bytes_per_item", "1 KB"}, {"hot_fraction", "20%"}});
    EXPECT_DOUBLE_EQ(result.value("bytes"), 2e8);
    EXPECT_EQ(output(result, "bytes").peopleForm(), "200 MB");
    EXPECT_DOUBLE_EQ(calc("cache", {{"items", "1M"}, {"bytes_per_item", "1KB"}}).value("bytes"),
                     2e8); // 20% by default
}

TEST(EstimatesTable, ServersNeeded) {
    // 10K QPS peak, 2K QPS a server, at most 70% busy -> ceil(10,000 / 1,400) = 8.
    const Calculation result = calc("servers", {{"requests_per_second", "10K"},
                                                {"capacity_per_server", "2K QPS"},
                                                {"max_utilization", "70%"}});
    EXPECT_EQ(result.value("servers"), 8);
    EXPECT_DOUBLE_EQ(result.value("usable_per_server"), 1400);
    EXPECT_DOUBLE_EQ(result.value("utilization"), 0.625);
}

TEST(EstimatesTable, ShardsNeeded) {
    // 5,475 GB, 1 TB a shard -> 6 shards.
    const Calculation result = calc("shards", {{"bytes", "5,475 GB"}, {"bytes_per_shard", "1TB"}});
    EXPECT_EQ(result.value("shards"), 6);
    EXPECT_EQ(result.value("shards_by_storage"), 6);
}

TEST(EstimatesTable, AvailabilityParallel) {
    // 3 replicas of 99% -> 1 - 0.01^3 = 99.9999%.
    const Calculation result = calc("availability", {{"parallel", "99%,99%,99%"}});
    EXPECT_NEAR(result.value("availability"), 0.999999, 1e-15);
    EXPECT_NEAR(result.value("availability_percent"), 99.9999, 1e-12);
    EXPECT_NEAR(parallelAvailability({0.99, 0.99, 0.99}), 1 - 1e-6, 1e-15);
}

TEST(EstimatesTable, AvailabilitySeries) {
    // 99.9% x 99.9% -> 99.8001%.
    const Calculation result = calc("availability", {{"series", "99.9%,99.9%"}});
    EXPECT_NEAR(result.value("availability_percent"), 99.8001, 1e-12);
    EXPECT_EQ(output(result, "availability").peopleForm(), "99.8001%");
}

TEST(EstimatesTable, Downtime) {
    // 99.9% allows 8.766 hours a year (365.25 days; 8.76 with 365 days), 43.8 minutes a month;
    // 99.99% allows 52.6 minutes a year.
    const Calculation three = calc("downtime", {{"availability", "99.9%"}});
    EXPECT_NEAR(three.value("downtime_per_year") / 3600, 8.766, 1e-9);
    EXPECT_NEAR(three.value("downtime_per_year_365") / 3600, 8.76, 1e-9);
    EXPECT_NEAR(three.value("downtime_per_month") / 60, 43.83, 0.005);
    EXPECT_EQ(output(three, "downtime_per_year").peopleForm(), "8.77 hours");
    EXPECT_EQ(output(three, "downtime_per_month").peopleForm(), "43.8 min");
    const Calculation four = calc("downtime", {{"availability", "99.99%"}});
    EXPECT_NEAR(four.value("downtime_per_year") / 60, 52.6, 0.005);
    EXPECT_EQ(output(four, "downtime_per_year").peopleForm(), "52.6 min");
    EXPECT_NEAR(calc("downtime", {{"availability", "4 nines"}}).value("downtime_per_year"),
                four.value("downtime_per_year"), 1e-6);
}

} // namespace
} // namespace studio::core::estimate
