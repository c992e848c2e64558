#include "sim/LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace studio::core::sim {

double LatencyHistogram::quantile(double q) const {
    if (m_count == 0)
        return 0;
    double rank = std::ceil(q * static_cast<double>(m_count));
    rank = rank < 1 ? 1 : rank;
    auto seen = static_cast<double>(m_below);
    if (seen >= rank)
        return 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += static_cast<double>(m_counts[i]);
        if (seen >= rank) {
            // The bucket's midpoint: its key plus half of the next mantissa bit.
            const std::uint64_t bits = ((kMinKey + i) << (52 - kSubBucketBits)) |
                                       (std::uint64_t{1} << (51 - kSubBucketBits));
            return std::bit_cast<double>(bits);
        }
    }
    return std::bit_cast<double>((kMaxKey + 1) << (52 - kSubBucketBits));
}

std::vector<double> LatencyHistogram::quantiles(const std::vector<double>& levels) const {
    std::vector<double> out(levels.size(), 0);
    if (m_count == 0)
        return out;
    const auto rankOf = [&](double q) {
        return std::max(1.0, std::ceil(q * static_cast<double>(m_count)));
    };
    std::size_t next = 0;
    auto seen = static_cast<double>(m_below);
    while (next < levels.size() && seen >= rankOf(levels[next]))
        out[next++] = 0;
    for (std::size_t i = 0; i < m_counts.size() && next < levels.size(); ++i) {
        seen += static_cast<double>(m_counts[i]);
        const std::uint64_t bits =
            ((kMinKey + i) << (52 - kSubBucketBits)) | (std::uint64_t{1} << (51 - kSubBucketBits));
        while (next < levels.size() && seen >= rankOf(levels[next]))
            out[next++] = std::bit_cast<double>(bits);
    }
    for (; next < levels.size(); ++next)
        out[next] = std::bit_cast<double>((kMaxKey + 1) << (52 - kSubBucketBits));
    return out;
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
    if (!other.m_counts.empty() && m_counts.empty())
        m_counts.assign(other.m_counts.size(), 0);
    for (std::size_t i = 0; i < other.m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_below += other.m_below;
    m_count += other.m_count;
    m_sum += other.m_sum;
}

void LatencyHistogram::clear() {
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_below = m_count = 0;
    m_sum = 0;
}

} // namespace studio::core::sim
