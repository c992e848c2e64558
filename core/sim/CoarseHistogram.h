#pragma once

// Latencies of one time-series bucket in 1 KB: log-linear bins, 8 per power of two, from
// about 1 us to 68 minutes, so a percentile is within 6% of the true value (3% typically;
// the bin's midpoint is reported): coarse, but enough for a chart, and small enough for
// one histogram per bucket and request class. Values in seconds; below the range they
// count in the first bin, above it in the last. Recording is a shift and an add.
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>

namespace studio::core::sim {

class CoarseHistogram {
public:
    static constexpr int kSubBucketBits = 3;
    static constexpr int kMinExponent = -20; // 2^-20 s, about 0.95 us
    static constexpr int kMaxExponent = 12;  // 2^12 s, about 68 minutes
    static constexpr std::size_t kBins = (kMaxExponent - kMinExponent) << kSubBucketBits;

    void record(double seconds) {
        ++m_count;
        std::uint64_t key = std::bit_cast<std::uint64_t>(seconds) >> (52 - kSubBucketBits);
        key = key < kMinKey ? kMinKey : key; // also 0 and negatives' keys beyond kMaxKey
        key = key > kMaxKey ? (seconds > 0 ? kMaxKey : kMinKey) : key;
        ++m_bins[key - kMinKey];
    }

    std::uint32_t count() const { return m_count; }
    // The q-quantile (q in [0, 1]): the midpoint of the bin holding the ceil(q n)-th
    // smallest value, s; 0 when empty.
    double quantile(double q) const {
        if (m_count == 0)
            return 0;
        const double wanted = std::ceil(q * static_cast<double>(m_count));
        const std::uint64_t rank = wanted < 1 ? 1 : static_cast<std::uint64_t>(wanted);
        std::uint64_t seen = 0;
        std::size_t i = 0;
        while (i + 1 < kBins && (seen += m_bins[i]) < rank)
            ++i;
        // The bin's key plus half of the next mantissa bit.
        return std::bit_cast<double>(((kMinKey + i) << (52 - kSubBucketBits)) |
                                     (std::uint64_t{1} << (51 - kSubBucketBits)));
    }
    void merge(const CoarseHistogram& other) {
        for (std::size_t i = 0; i < kBins; ++i)
            m_bins[i] += other.m_bins[i];
        m_count += other.m_count;
    }

private:
    static constexpr std::uint64_t kMinKey = static_cast<std::uint64_t>(1023 + kMinExponent)
                                             << kSubBucketBits;
    static constexpr std::uint64_t kMaxKey = kMinKey + kBins - 1;

    std::array<std::uint32_t, kBins> m_bins{};
    std::uint32_t m_count = 0;
};

} // namespace studio::core::sim
