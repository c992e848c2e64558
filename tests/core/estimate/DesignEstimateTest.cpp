// The design's own estimation inputs give the seed's figures.
#include "estimate/DesignEstimate.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::estimate {
namespace {

Estimation urlShortener() {
    // 10B reads a 30-day month from 100M DAU = 3.333 reads a user a day; 100M URLs x 500 B.
    Estimation e;
    e.dau = 100e6;
    e.readsPerUserPerDay = 1e10 / 30 / 100e6;
    e.writesPerUserPerDay = 0.01;
    e.itemCount = 100e6;
    e.itemBytes = 500;
    e.peakFactor = 2;
    return e;
}

TEST(DesignEstimate, UrlShortenerReadsStorageAndCache) {
    const Calculation result = designEstimate(urlShortener());
    EXPECT_NEAR(result.value("read_rps"), 3858.0, 0.1);
    EXPECT_NEAR(result.value("write_rps"), 100e6 * 0.01 / 86400, 1e-9);
    EXPECT_NEAR(result.value("peak_rps"),
                2 * (result.value("read_rps") + result.value("write_rps")), 1e-9);
    EXPECT_DOUBLE_EQ(result.value("storage_bytes"), 50e9);
    EXPECT_DOUBLE_EQ(result.value("cache_bytes"), 10e9);
    EXPECT_EQ(result.formula.size(), 5u);
}

TEST(DesignEstimate, ChatStorageFromDailyWritesAndConnections) {
    // 100B messages a day x 100 B = 10 TB a day; 2B users x 10% online = 200M connections.
    Estimation e;
    e.dau = 2e9;
    e.writesPerUserPerDay = 50;
    e.writeBytes = 100;
    e.retentionDays = 1;
    e.concurrentFraction = 0.1;
    const Calculation result = designEstimate(e);
    EXPECT_DOUBLE_EQ(result.value("storage_bytes"), 10e12);
    EXPECT_DOUBLE_EQ(result.value("concurrent_connections"), 200e6);
    EXPECT_NEAR(result.value("bandwidth_bytes_per_second"), 1e11 * 100 / 86400, 1e-3);
    EXPECT_TRUE(std::isnan(result.value("read_rps")));
    EXPECT_TRUE(std::isnan(result.value("cache_bytes")));
}

TEST(DesignEstimate, NoInputsGiveNoFigures) {
    const Calculation result = designEstimate(Estimation{});
    EXPECT_TRUE(result.outputs.empty());
    EXPECT_TRUE(result.formula.empty());
}

} // namespace
} // namespace studio::core::estimate
