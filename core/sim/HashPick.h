#pragma once

// Picking a balancer's backend by a request's client key (ip_hash, consistent_hash): the
// same key goes to the same backend while the backends stay up. ip_hash maps the key onto
// the live backends' weights, so losing one moves most keys; consistent_hash puts every
// backend at many points of a ring (in proportion to its weight) and takes the first point
// after the key, so losing one moves only its own keys (Karger et al.; nginx's "hash ...
// consistent", Envoy's ring hash).
#include <cstdint>
#include <utility>
#include <vector>

namespace studio::core::sim {

// A well-mixed 64-bit hash of a key (splitmix64's finaliser). Inline: every request draws
// its client key by it.
inline std::uint64_t hashKey(std::uint64_t key) {
    key += 0x9e3779b97f4a7c15ULL;
    key = (key ^ (key >> 30)) * 0xbf58476d1ce4e5b9ULL;
    key = (key ^ (key >> 27)) * 0x94d049bb133111ebULL;
    return key ^ (key >> 31);
}

// ip_hash: among `count` backends, the one whose share of the live backends' total weight
// holds the key's hash; weight(i) and live(i) for backend i (0-based). `count` when none
// is live.
template <typename Weight, typename Live>
std::uint32_t pickByHash(std::uint32_t count, std::uint64_t key, Weight weight, Live live) {
    double total = 0;
    for (std::uint32_t i = 0; i < count; ++i)
        total += live(i) ? weight(i) : 0;
    if (!(total > 0))
        return count;
    // The hash's top 53 bits as a fraction of the live total.
    double u = static_cast<double>(hashKey(key) >> 11) * 0x1.0p-53 * total;
    std::uint32_t last = count;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!live(i))
            continue;
        last = i;
        u -= weight(i);
        if (u < 0)
            return i;
    }
    return last;
}

class HashRing {
public:
    // Points on the ring: 160 for a backend of average weight, and 1,024 at least (Envoy's
    // smallest ring), so that arcs follow the weights to a few percent.
    static constexpr double kPointsPerShare = 160;
    static constexpr double kMinPoints = 1024;

    HashRing() = default;
    // Backend i (0-based) at points in proportion to weights[i] (at least one each).
    explicit HashRing(const std::vector<double>& weights);

    // The backend of the first point at or after the key's hash (round the ring) whose
    // backend is live; `backends` when none is.
    template <typename Live> std::uint32_t pick(std::uint64_t key, Live live) const {
        if (m_points.empty())
            return m_backends;
        const std::uint64_t at = hashKey(key);
        std::size_t i = firstAtOrAfter(at);
        for (std::size_t seen = 0; seen < m_points.size(); ++seen, ++i) {
            const auto& point = m_points[i % m_points.size()];
            if (live(point.second))
                return point.second;
        }
        return m_backends;
    }
    std::uint32_t backends() const { return m_backends; }

private:
    std::size_t firstAtOrAfter(std::uint64_t at) const;

    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_points; // sorted by position
    std::uint32_t m_backends = 0;
};

} // namespace studio::core::sim
