// The simulator's building blocks: random streams, samplers, the event list, the latency
// histogram and Student-t intervals.
#include "sim/EventQueue.h"
#include "sim/Interval.h"
#include "sim/LatencyHistogram.h"
#include "sim/RandomStream.h"
#include "sim/Sampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace studio::core::sim {
namespace {

TEST(RandomStreamTest, SameKeySameDrawsOtherKeyOtherDraws) {
    RandomStream a(42, 0, "db"), b(42, 0, "db"), c(42, 0, "cache"), d(42, 1, "db"), e(43, 0, "db");
    for (int i = 0; i < 100; ++i) {
        const std::uint64_t x = a.next();
        EXPECT_EQ(x, b.next());
        EXPECT_NE(x, c.next());
        EXPECT_NE(x, d.next());
        EXPECT_NE(x, e.next());
    }
}

TEST(RandomStreamTest, KnownFirstValueSoRunsRepeatEverywhere) {
    // xoshiro256** seeded by SplitMix64 from 0: pinned so a change of generator shows.
    RandomStream r(0);
    const std::uint64_t first = r.next();
    RandomStream again(0);
    EXPECT_EQ(first, again.next());
    EXPECT_EQ(first, 0x99EC5F36CB75F2B4ull);
}

TEST(RandomStreamTest, UniformsAreInRangeWithTheRightMean) {
    RandomStream r(7);
    double sum = 0;
    const int n = 1'000'000;
    for (int i = 0; i < n; ++i) {
        const double u = r.uniformPositive();
        ASSERT_GT(u, 0.0);
        ASSERT_LE(u, 1.0);
        sum += u;
    }
    EXPECT_NEAR(sum / n, 0.5, 0.002);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70'000; ++i)
        ++counts[r.below(7)];
    for (int c : counts)
        EXPECT_NEAR(c, 10'000, 400);
}

// The ziggurat against the exponential's CDF: Kolmogorov-Smirnov over a million draws (the
// 99.9% critical value is 1.95 / sqrt(n)), the moments, and the tail past the last layer
// (x > r = 7.697), which only the rejection path reaches.
TEST(RandomStreamTest, ZigguratExponentialsFollowTheExponential) {
    RandomStream r(17);
    const int n = 1'000'000;
    std::vector<double> draws(n);
    double sum = 0, squares = 0;
    int pastTail = 0, pastTen = 0;
    for (double& x : draws) {
        x = r.exponential();
        ASSERT_GE(x, 0.0);
        sum += x;
        squares += x * x;
        pastTail += x > 7.697117470131487;
        pastTen += x > 10;
    }
    EXPECT_NEAR(sum / n, 1.0, 0.004);
    EXPECT_NEAR(squares / n, 2.0, 0.02); // E[X^2] = 2
    // Binomial counts: e^-7.697 n = 454 (sd 21), e^-10 n = 45 (sd 7).
    EXPECT_NEAR(pastTail, 454, 90);
    EXPECT_NEAR(pastTen, 45, 30);
    std::sort(draws.begin(), draws.end());
    double ks = 0;
    for (int i = 0; i < n; ++i) {
        const double cdf = 1 - std::exp(-draws[i]);
        ks = std::max({ks, cdf - static_cast<double>(i) / n, static_cast<double>(i + 1) / n - cdf});
    }
    EXPECT_LT(ks, 1.95 / std::sqrt(static_cast<double>(n)));
}

struct Moments {
    double mean, cv;
};

Moments sampleMoments(const Sampler& s, int n = 400'000) {
    RandomStream r(11);
    double sum = 0, squares = 0;
    for (int i = 0; i < n; ++i) {
        const double x = s.draw(r);
        sum += x;
        squares += x * x;
    }
    const double mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, squares / n - mean * mean)) / mean};
}

TEST(SamplerTest, EachDistributionHasItsMeanAndCv) {
    const struct {
        Distribution d;
        double cv;
    } cases[] = {{Distribution::Exponential, 1},      {Distribution::Deterministic, 0},
                 {Distribution::Lognormal, 0.5},      {Distribution::Lognormal, 2},
                 {Distribution::Hyperexponential, 1}, {Distribution::Hyperexponential, 3}};
    for (const auto& c : cases) {
        const Moments m = sampleMoments(Sampler(ServiceTime{c.d, 0.01, c.cv}));
        EXPECT_NEAR(m.mean, 0.01, 0.01 * (0.01 + 0.01 * c.cv)) << static_cast<int>(c.d) << c.cv;
        EXPECT_NEAR(m.cv, c.cv, 0.03 + 0.04 * c.cv) << static_cast<int>(c.d) << " cv " << c.cv;
    }
}

TEST(SamplerTest, ExponentialHasItsMedian) {
    const Sampler s = Sampler::exponential(2.0);
    RandomStream r(3);
    int below = 0;
    for (int i = 0; i < 200'000; ++i)
        below += s.draw(r) < 2.0 * std::log(2.0);
    EXPECT_NEAR(below / 200'000.0, 0.5, 0.005);
}

TEST(EventQueueTest, OrdersByTimeThenInsertion) {
    EventQueue q;
    RandomStream r(5);
    struct Pushed {
        double time;
        std::uint32_t data;
    };
    std::vector<Pushed> pushed;
    for (std::uint32_t i = 0; i < 5000; ++i) {
        const double t = static_cast<double>(r.below(300)); // many equal times
        q.push(t, 0, i);
        pushed.push_back({t, i});
    }
    std::stable_sort(pushed.begin(), pushed.end(),
                     [](const Pushed& a, const Pushed& b) { return a.time < b.time; });
    for (const Pushed& p : pushed) {
        ASSERT_FALSE(q.empty());
        const Event e = q.pop();
        ASSERT_EQ(e.time, p.time);
        ASSERT_EQ(e.data, p.data);
    }
    EXPECT_TRUE(q.empty());
}

TEST(EventQueueTest, InterleavedPushAndPopStayOrdered) {
    EventQueue q;
    RandomStream r(9);
    double now = 0;
    for (int i = 0; i < 100; ++i)
        q.push(r.uniform(), 0, 0);
    for (int i = 0; i < 100'000; ++i) {
        const Event e = q.pop();
        ASSERT_GE(e.time, now);
        now = e.time;
        q.push(now + r.uniform(), 0, 0);
    }
    EXPECT_EQ(q.size(), 100u);
}

TEST(LatencyHistogramTest, QuantilesWithinHalfAPercent) {
    LatencyHistogram h;
    std::vector<double> values;
    RandomStream r(13);
    for (int i = 0; i < 100'000; ++i) {
        const double v = 1e-6 * std::exp(12 * r.uniform()); // 1 us .. 160 ms
        values.push_back(v);
        h.record(v);
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.001, 0.1, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0}) {
        const auto rank = static_cast<std::size_t>(std::ceil(q * values.size()));
        const double exact = values[std::max<std::size_t>(rank, 1) - 1];
        EXPECT_NEAR(h.quantile(q), exact, 0.005 * exact) << q;
    }
    EXPECT_EQ(h.count(), 100'000u);
}

TEST(LatencyHistogramTest, ZeroAndMergeAndExtremes) {
    LatencyHistogram a, b;
    a.record(0);
    a.record(1.0);
    b.record(2.0);
    b.record(1e9); // beyond the range: counted in the last bucket
    a.merge(b);
    EXPECT_EQ(a.count(), 4u);
    EXPECT_EQ(a.quantile(0.25), 0.0);
    EXPECT_NEAR(a.quantile(0.5), 1.0, 0.005);
    EXPECT_NEAR(a.quantile(0.75), 2.0, 0.01);
    EXPECT_GT(a.quantile(1.0), 1e5);
    EXPECT_NEAR(a.mean(), (3.0 + 1e9) / 4, 1);
    a.clear();
    EXPECT_EQ(a.quantile(0.5), 0.0);
}

TEST(LatencyHistogramTest, TakesItsBucketsOnlyWhenAValueReachesOne) {
    LatencyHistogram unused, zeros, used;
    EXPECT_EQ(unused.memoryBytes(), 0u);
    zeros.record(0); // below the first bucket: counted, no bucket needed
    EXPECT_EQ(zeros.memoryBytes(), 0u);
    EXPECT_EQ(zeros.quantile(0.99), 0.0);
    used.record(0.25);
    EXPECT_GT(used.memoryBytes(), 0u);
    // Merging either way round gives the same figures as recording into one.
    LatencyHistogram into = unused;
    into.merge(used);
    into.merge(zeros);
    EXPECT_EQ(into.count(), 2u);
    EXPECT_EQ(into.quantile(0.4), 0.0);
    EXPECT_NEAR(into.quantile(1.0), 0.25, 0.25 * 0.005);
    used.merge(unused);
    EXPECT_EQ(used.count(), 1u);
    EXPECT_NEAR(used.quantile(0.5), 0.25, 0.25 * 0.005);
}

TEST(LatencyHistogramTest, ManyQuantilesInOnePassAreTheOnesAskedOneByOne) {
    LatencyHistogram h;
    RandomStream r(17);
    h.record(0);
    for (int i = 0; i < 10'000; ++i)
        h.record(1e-4 * std::exp(6 * r.uniform()));
    h.record(1e9);
    const std::vector<double> levels = {0, 1e-5, 0.1, 0.5, 0.5, 0.99, 0.9999, 1};
    const std::vector<double> all = h.quantiles(levels);
    ASSERT_EQ(all.size(), levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i)
        EXPECT_EQ(all[i], h.quantile(levels[i])) << levels[i];
    EXPECT_EQ(LatencyHistogram().quantiles(levels), std::vector<double>(levels.size(), 0));
}

TEST(IntervalTest, StudentQuantilesMatchTables) {
    EXPECT_NEAR(studentQuantile(0.95, 1), 12.7062, 1e-3);
    EXPECT_NEAR(studentQuantile(0.95, 2), 4.3027, 1e-4);
    EXPECT_NEAR(studentQuantile(0.95, 4), 2.7764, 1e-4);
    EXPECT_NEAR(studentQuantile(0.95, 9), 2.2622, 1e-4);
    EXPECT_NEAR(studentQuantile(0.95, 30), 2.0423, 1e-4);
    EXPECT_NEAR(studentQuantile(0.999, 4), 8.6103, 1e-3);
    EXPECT_NEAR(studentQuantile(0.999, 9), 4.7809, 1e-3);
    EXPECT_NEAR(studentQuantile(0.95, 1000), 1.9623, 1e-3);
}

TEST(IntervalTest, MeanAndHalfWidth) {
    const double values[] = {1, 2, 3, 4, 5};
    const Interval i = intervalOf(values);
    EXPECT_DOUBLE_EQ(i.mean, 3);
    // s = sqrt(2.5), t(0.975, 4) = 2.776445
    EXPECT_NEAR(i.halfWidth, 2.776445 * std::sqrt(2.5) / std::sqrt(5.0), 1e-5);
    EXPECT_TRUE(i.contains(4.9));
    EXPECT_FALSE(i.contains(5.0));
    const double one[] = {7};
    EXPECT_EQ(intervalOf(one).halfWidth, 0);
    EXPECT_EQ(intervalOf(one).replications, 1);
}

} // namespace
} // namespace studio::core::sim
