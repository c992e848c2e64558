// Picking by a client key: the same key the same backend; spread by weight; losing a
// backend moves most keys under ip_hash and only the lost backend's keys on the ring.
#include "sim/HashPick.h"

#include <gtest/gtest.h>

#include <vector>

namespace studio::core::sim {
namespace {

constexpr std::uint32_t kKeys = 100'000;

std::uint32_t byIp(const std::vector<double>& weights, std::uint32_t key,
                   std::uint32_t down = ~0u) {
    return pickByHash(
        static_cast<std::uint32_t>(weights.size()), key,
        [&](std::uint32_t i) { return weights[i]; }, [&](std::uint32_t i) { return i != down; });
}

std::uint32_t byRing(const HashRing& ring, std::uint32_t key, std::uint32_t down = ~0u) {
    return ring.pick(key, [&](std::uint32_t i) { return i != down; });
}

TEST(HashPickTest, BothSpreadKeysByWeight) {
    const std::vector<double> weights{1, 1, 2, 4};
    const HashRing ring(weights);
    std::vector<double> ip(4, 0), onRing(4, 0);
    for (std::uint32_t key = 0; key < kKeys; ++key) {
        ++ip[byIp(weights, key)];
        ++onRing[byRing(ring, key)];
    }
    for (std::size_t i = 0; i < 4; ++i) {
        const double expected = weights[i] / 8 * kKeys;
        EXPECT_NEAR(ip[i], expected, expected * 0.03) << "ip_hash, backend " << i;
        // 160 points per average backend: arcs within about 10% of their share.
        EXPECT_NEAR(onRing[i], expected, expected * 0.15) << "ring, backend " << i;
    }
}

TEST(HashPickTest, TheSameKeyAlwaysPicksTheSameBackend) {
    const std::vector<double> weights{1, 1, 1};
    const HashRing ring(weights);
    for (std::uint32_t key = 0; key < 1'000; ++key) {
        EXPECT_EQ(byIp(weights, key), byIp(weights, key));
        EXPECT_EQ(byRing(ring, key), byRing(ring, key));
    }
}

TEST(HashPickTest, LosingABackendMovesOnlyItsKeysOnTheRing) {
    const std::vector<double> weights(5, 1.0);
    const HashRing ring(weights);
    std::uint32_t ipMoved = 0, ringMoved = 0, ringOnLost = 0;
    for (std::uint32_t key = 0; key < kKeys; ++key) {
        const std::uint32_t before = byRing(ring, key), after = byRing(ring, key, 2);
        EXPECT_NE(after, 2u);
        if (before == 2)
            ++ringOnLost;
        else
            EXPECT_EQ(after, before) << "a key on a live backend stays on it";
        ringMoved += before != after;
        ipMoved += byIp(weights, key) != byIp(weights, key, 2);
    }
    EXPECT_EQ(ringMoved, ringOnLost);
    EXPECT_NEAR(ringMoved, kKeys / 5.0, kKeys * 0.03);
    // ip_hash re-spreads every key over the weights of the four left: keys of live backends
    // move too, half as many again as the ring moves.
    EXPECT_GT(ipMoved, ringMoved * 1.3);
}

TEST(HashPickTest, NoLiveBackendPicksNone) {
    const std::vector<double> weights{1};
    const HashRing ring(weights);
    EXPECT_EQ(byIp(weights, 7, 0), 1u);
    EXPECT_EQ(byRing(ring, 7, 0), 1u);
    EXPECT_EQ(HashRing().pick(7, [](std::uint32_t) { return true; }), 0u);
}

} // namespace
} // namespace studio::core::sim
