#include "sim/ExponentialZiggurat.h"

#include "sim/RandomStream.h"

#include <cmath>

namespace studio::core::sim {

namespace {

constexpr double kTailStart = 7.697117470131487; // r: where the tail strip begins
constexpr double kLayerArea = 3.949659822581572e-3;
constexpr double kScale = 0x1.0p53;

} // namespace

ExponentialZiggurat::ExponentialZiggurat() {
    double x = kTailStart;
    double previous = x;
    const double q = kLayerArea / std::exp(-x);
    m_k[0] = static_cast<std::uint64_t>(x / q * kScale);
    m_k[1] = 0;
    m_w[0] = q / kScale;
    m_w[255] = x / kScale;
    m_f[0] = 1;
    m_f[255] = std::exp(-x);
    for (int i = 254; i >= 1; --i) {
        x = -std::log(kLayerArea / x + std::exp(-x));
        m_k[i + 1] = static_cast<std::uint64_t>(x / previous * kScale);
        previous = x;
        m_f[i] = std::exp(-x);
        m_w[i] = x / kScale;
    }
}

double ExponentialZiggurat::slow(std::uint32_t layer, std::uint64_t j, RandomStream& random) const {
    for (;;) {
        if (layer == 0) // the tail beyond r is r plus a fresh exponential
            return kTailStart - std::log(random.uniformPositive());
        const double x = static_cast<double>(j) * m_w[layer];
        if (m_f[layer] + random.uniform() * (m_f[layer - 1] - m_f[layer]) < std::exp(-x))
            return x; // under the curve in the wedge
        const std::uint64_t word = random.next();
        layer = word & 0xFF;
        j = word >> 11;
        if (j < m_k[layer])
            return static_cast<double>(j) * m_w[layer];
    }
}

} // namespace studio::core::sim
