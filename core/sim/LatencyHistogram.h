#pragma once

// Latencies in fixed memory (HdrHistogram's idea): log-linear buckets, 256 per power of
// two, from about 1 ns to 36 hours, so a percentile is within 0.2% of the true value (the
// bucket's midpoint is reported). Values in seconds. Recording is a shift and an add. The
// buckets (96 KB) are taken at the first value recorded in them: a histogram nothing reached
// (a handoff no message took) costs nothing, which matters at 200,000 components.
#include <bit>
#include <cstdint>
#include <vector>

namespace studio::core::sim {

class LatencyHistogram {
public:
    static constexpr int kSubBucketBits = 8;
    static constexpr int kMinExponent = -30; // 2^-30 s, about 0.93 ns
    static constexpr int kMaxExponent = 17;  // 2^17 s, about 36 hours

    void record(double seconds) {
        ++m_count;
        m_sum += seconds;
        if (!(seconds >= kMin)) {
            ++m_below;
            return;
        }
        std::uint64_t key = std::bit_cast<std::uint64_t>(seconds) >> (52 - kSubBucketBits);
        key = key < kMinKey ? kMinKey : key;
        key = key > kMaxKey ? kMaxKey : key;
        if (m_counts.empty()) [[unlikely]]
            m_counts.assign(kMaxKey - kMinKey + 1, 0);
        ++m_counts[key - kMinKey];
    }

    std::uint64_t count() const { return m_count; }
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0; }
    // The q-quantile (q in [0, 1]): the midpoint of the bucket holding the ceil(q n)-th
    // smallest value; 0 when empty.
    double quantile(double q) const;
    // quantile(q) for each of `levels` (ascending), in one pass.
    std::vector<double> quantiles(const std::vector<double>& levels) const;
    void merge(const LatencyHistogram& other);
    // The buckets' memory: none until a value reached one.
    std::size_t memoryBytes() const { return m_counts.capacity() * sizeof(std::uint64_t); }
    void clear();

private:
    static constexpr double kMin = 0x1.0p-30;
    static constexpr std::uint64_t kMinKey = static_cast<std::uint64_t>(1023 + kMinExponent)
                                             << kSubBucketBits;
    static constexpr std::uint64_t kMaxKey =
        (static_cast<std::uint64_t>(1023 + kMaxExponent) << kSubBucketBits) - 1;

    std::vector<std::uint64_t> m_counts; // empty until a value reaches a bucket
    std::uint64_t m_below = 0;           // values under the smallest bucket (reported as 0)
    std::uint64_t m_count = 0;
    double m_sum = 0;
};

} // namespace studio::core::sim
