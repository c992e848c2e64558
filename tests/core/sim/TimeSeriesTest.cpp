// The time series' buckets: a fixed number that merge pairwise as the run grows, so the
// totals and the memory stay as they are; and the coarse per-bucket latency histogram.
#include "sim/TimeSeries.h"
#include "sim/CoarseHistogram.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::sim::test {
namespace {

TEST(TimeSeriesTest, MergesPairwiseKeepingTotalsAndMemory) {
    TimeSeries s;
    s.reset(2, 1, 0.5);
    const std::size_t memory = s.memoryBytes();
    std::uint64_t arrived = 0;
    double busy = 0;
    // 500 s in steps of 0.5 s, as a replication advances: at each bucket's end. Step i
    // brings i % 7 arrivals.
    for (std::uint32_t i = 0; i < 1000; ++i) {
        while (0.5 * i >= s.boundary())
            s.advance();
        s.counts(1).arrived += i % 7;
        s.latency(1).record(0.001 * (1 + i % 3));
        s.area(0).busy += 0.25;
        arrived += i % 7;
        busy += 0.25;
    }
    s.setEnd(500);
    // Merged at 64 s, 128 s and 256 s: 125 buckets of 4 s used.
    EXPECT_EQ(s.width(), 4.0);
    EXPECT_EQ(s.used(), 125u);
    EXPECT_EQ(s.memoryBytes(), memory);
    std::uint64_t seenArrived = 0, answered = 0;
    double seenBusy = 0;
    for (std::uint32_t b = 0; b < TimeSeries::kBuckets; ++b) {
        seenArrived += s.counts(b, 1).arrived;
        answered += s.latency(b, 1).count();
        seenBusy += s.area(b, 0).busy;
        EXPECT_EQ(s.counts(b, 0).arrived, 0u);
    }
    EXPECT_EQ(seenArrived, arrived);
    EXPECT_EQ(answered, 1000u);
    EXPECT_DOUBLE_EQ(seenBusy, busy);
    // Bucket 1 (4..8 s) holds steps 8..15.
    std::uint64_t expected = 0;
    for (std::uint32_t i = 8; i < 16; ++i)
        expected += i % 7;
    EXPECT_EQ(s.counts(1, 1).arrived, expected);
    EXPECT_DOUBLE_EQ(s.area(1, 0).busy, 2.0);
}

TEST(TimeSeriesTest, CoarsensToAWiderWidth) {
    TimeSeries s;
    s.reset(1, 0, 1);
    for (std::uint32_t i = 0; i < 10; ++i) {
        s.counts(0).arrived = 1;
        s.advance();
    }
    s.coarsenTo(4);
    EXPECT_EQ(s.width(), 4.0);
    EXPECT_EQ(s.used(), 3u); // the current bucket, 10, is now in 2
    EXPECT_EQ(s.counts(0, 0).arrived, 4u);
    EXPECT_EQ(s.counts(1, 0).arrived, 4u);
    EXPECT_EQ(s.counts(2, 0).arrived, 2u);
}

TEST(CoarseHistogramTest, PercentilesWithinSixPercent) {
    CoarseHistogram h;
    // 1..10000 ms, uniform: the q-quantile is 10 q s.
    for (int i = 1; i <= 10000; ++i)
        h.record(i * 0.001);
    for (const double q : {0.5, 0.95, 0.99}) {
        const double exact = 10 * q;
        EXPECT_NEAR(h.quantile(q), exact, 0.06 * exact) << q;
    }
    EXPECT_EQ(h.count(), 10000u);
    CoarseHistogram out;
    out.record(0);
    out.record(-1);
    out.record(1e9);
    EXPECT_LT(out.quantile(0.5), 2e-6); // zero and below: the first bin
    EXPECT_GT(out.quantile(1), 3000.0); // beyond the range: the last bin
    EXPECT_EQ(CoarseHistogram{}.quantile(0.5), 0);
}

} // namespace
} // namespace studio::core::sim::test
