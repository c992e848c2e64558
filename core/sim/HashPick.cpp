#include "sim/HashPick.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace studio::core::sim {

HashRing::HashRing(const std::vector<double>& weights)
    : m_backends(static_cast<std::uint32_t>(weights.size())) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (!(total > 0))
        return;
    const double ringPoints =
        std::max(kMinPoints, kPointsPerShare * static_cast<double>(m_backends));
    for (std::uint32_t b = 0; b < m_backends; ++b) {
        const auto points =
            static_cast<std::uint32_t>(std::max(1.0, std::round(weights[b] / total * ringPoints)));
        for (std::uint32_t j = 0; j < points; ++j)
            m_points.push_back({hashKey((std::uint64_t{b} << 32) | j), b});
    }
    std::sort(m_points.begin(), m_points.end());
}

std::size_t HashRing::firstAtOrAfter(std::uint64_t at) const {
    const auto it = std::lower_bound(m_points.begin(), m_points.end(),
                                     std::pair<std::uint64_t, std::uint32_t>{at, 0});
    return it == m_points.end() ? 0 : static_cast<std::size_t>(it - m_points.begin());
}

} // namespace studio::core::sim
