#pragma once

// The simulator's random numbers, owned by the project so a seed gives the same run on
// every standard library: xoshiro256** seeded by SplitMix64. One stream per component,
// keyed by the run's seed, the replication and the component's id (common random numbers:
// adding a component leaves the others' draws alone).
#include "sim/ExponentialZiggurat.h"

#include <cstdint>
#include <string_view>

namespace studio::core::sim {

// SplitMix64's step: advances `state` and returns a well-mixed 64-bit value.
inline std::uint64_t splitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// FNV-1a of a component id: the stream key that does not depend on list positions.
std::uint64_t hashId(std::string_view id);

class RandomStream {
public:
    RandomStream() { seed(0); }
    explicit RandomStream(std::uint64_t seedValue) { seed(seedValue); }
    // The stream of component `id` in replication `replication` of run `runSeed`.
    RandomStream(std::uint64_t runSeed, std::uint64_t replication, std::string_view id);

    void seed(std::uint64_t seedValue);

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in (0, 1]: never 0, so -log(u) is finite.
    double uniformPositive() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }
    // Standard exponential (mean 1), by the ziggurat: the simulator's most frequent draw.
    double exponential() { return ExponentialZiggurat::tables().draw(next(), *this); }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n), n >= 1 (Lemire's multiply; the bias is below 2^-32 for the
    // counts a design has).
    std::uint32_t below(std::uint32_t n) {
        return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace studio::core::sim
