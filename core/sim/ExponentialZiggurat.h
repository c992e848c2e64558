#pragma once

// Standard exponential draws by Marsaglia and Tsang's ziggurat ("The Ziggurat Method for
// Generating Random Variables", 2000), 256 layers: about 99% of draws cost one random word, a
// compare and a multiply, where inversion (-log u) costs a logarithm each. Exact: the wedges
// and the tail are sampled by rejection. Layer index and abscissa come from separate bits of
// one 64-bit word (the original shares them, a known weakness).
#include <array>
#include <cstdint>

namespace studio::core::sim {

class RandomStream;

class ExponentialZiggurat {
public:
    // The tables, computed at the first draw (inline: a draw is the simulator's most
    // frequent step).
    static const ExponentialZiggurat& tables() {
        static const ExponentialZiggurat instance;
        return instance;
    }

    // A standard exponential (mean 1) from `word` (one draw of `random`); rarely draws more.
    double draw(std::uint64_t word, RandomStream& random) const {
        const std::uint32_t layer = word & 0xFF;
        const std::uint64_t j = word >> 11; // 53 bits
        if (j < m_k[layer])
            return static_cast<double>(j) * m_w[layer];
        return slow(layer, j, random);
    }

private:
    ExponentialZiggurat();
    double slow(std::uint32_t layer, std::uint64_t j, RandomStream& random) const;

    std::array<std::uint64_t, 256> m_k{}; // accept at once below this (53-bit scale)
    std::array<double, 256> m_w{};        // abscissa per unit of j
    std::array<double, 256> m_f{};        // the density at each layer's edge
};

} // namespace studio::core::sim
