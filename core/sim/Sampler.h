#pragma once

// Draws of a service time (or any positive duration) by mean and coefficient of variation,
// computed by the project's code from uniform draws (not std:: distributions, whose output
// differs between standard libraries). Times in seconds.
#include "model/ServiceTime.h"
#include "sim/RandomStream.h"

#include <cmath>

namespace studio::core::sim {

class Sampler {
public:
    Sampler() = default;
    explicit Sampler(const ServiceTime& time);
    static Sampler exponential(double mean);
    static Sampler deterministic(double value);

    double mean() const { return m_mean; }

    double draw(RandomStream& random) const {
        switch (m_kind) {
        case Kind::Exponential:
            return m_mean * random.exponential();
        case Kind::Deterministic:
            return m_mean;
        case Kind::Lognormal:
            return std::exp(m_mu + m_sigma * standardNormal(random));
        case Kind::Hyperexponential:
            break;
        }
        // Balanced means: branch i taken with probability p_i has mean m / (2 p_i).
        const double branchMean = random.uniform() < m_p ? m_mean1 : m_mean2;
        return branchMean * random.exponential();
    }

    // Box-Muller (one value of the pair): exact, and two uniforms per draw.
    static double standardNormal(RandomStream& random) {
        const double u1 = random.uniformPositive();
        const double u2 = random.uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    enum class Kind { Exponential, Deterministic, Lognormal, Hyperexponential };
    Kind m_kind = Kind::Deterministic;
    double m_mean = 0;
    double m_mu = 0, m_sigma = 0;             // lognormal: of the underlying normal
    double m_p = 1, m_mean1 = 0, m_mean2 = 0; // hyperexponential
};

} // namespace studio::core::sim
