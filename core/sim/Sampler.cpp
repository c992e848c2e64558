#include "sim/Sampler.h"

#include <algorithm>

namespace studio::core::sim {

Sampler::Sampler(const ServiceTime& time) {
    m_mean = std::max(0.0, time.mean);
    const double cv = std::max(0.0, time.cv);
    switch (time.distribution) {
    case Distribution::Exponential:
        m_kind = Kind::Exponential;
        break;
    case Distribution::Deterministic:
        m_kind = Kind::Deterministic;
        break;
    case Distribution::Lognormal:
        if (cv == 0 || m_mean == 0) {
            m_kind = Kind::Deterministic;
            break;
        }
        m_kind = Kind::Lognormal;
        m_sigma = std::sqrt(std::log1p(cv * cv));
        m_mu = std::log(m_mean) - m_sigma * m_sigma / 2;
        break;
    case Distribution::Hyperexponential: {
        // cv below 1 cannot be hyperexponential (the validator asks for >= 1): exponential.
        const double scv = std::max(1.0, cv * cv);
        m_kind = Kind::Hyperexponential;
        m_p = 0.5 * (1 + std::sqrt((scv - 1) / (scv + 1)));
        m_mean1 = m_mean / (2 * m_p);
        m_mean2 = m_p < 1 ? m_mean / (2 * (1 - m_p)) : m_mean;
        break;
    }
    }
    if (m_mean == 0)
        m_kind = Kind::Deterministic;
}

Sampler Sampler::exponential(double mean) {
    return Sampler(ServiceTime{Distribution::Exponential, mean, 1});
}

Sampler Sampler::deterministic(double value) {
    return Sampler(ServiceTime{Distribution::Deterministic, value, 0});
}

} // namespace studio::core::sim
