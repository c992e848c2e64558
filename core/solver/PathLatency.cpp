#include "solver/PathLatency.h"

#include "queueing/Hypoexponential.h"
#include "queueing/MomentFit.h"
#include "queueing/Numerics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::solver {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isZero(const PathLatency& x) {
    return !x.infinite && x.shift == 0 && x.mean == 0 && x.variance == 0;
}
} // namespace

double PathLatency::total() const {
    return infinite ? kInf : shift + mean;
}

PathLatency LatencyPool::constant(double seconds) const {
    PathLatency x;
    x.shift = seconds;
    return x;
}

PathLatency LatencyPool::exponential(double rate) {
    PathLatency x;
    x.mean = 1 / rate;
    x.variance = x.mean * x.mean;
    x.phaseBegin = static_cast<std::uint32_t>(m_phases.size());
    x.phaseCount = 1;
    m_phases.push_back(rate);
    return x;
}

PathLatency LatencyPool::moments(double mean, double variance, bool approximateMean) const {
    PathLatency x;
    x.mean = mean;
    x.variance = std::max(0.0, variance);
    x.exactShape = variance == 0 && mean == 0;
    x.approximateMean = approximateMean;
    return x;
}

PathLatency LatencyPool::infinite() const {
    PathLatency x;
    x.infinite = true;
    x.exactShape = false;
    return x;
}

PathLatency LatencyPool::sum(const PathLatency& a, const PathLatency& b) {
    if (a.infinite || b.infinite)
        return infinite();
    PathLatency x;
    x.shift = a.shift + b.shift;
    x.mean = a.mean + b.mean;
    x.variance = a.variance + b.variance;
    x.approximateMean = a.approximateMean || b.approximateMean;
    x.exactShape = a.exactShape && b.exactShape && a.phaseCount + b.phaseCount <= kMaxPhases;
    if (!x.exactShape)
        return x;
    if (a.phaseCount == 0 || b.phaseCount == 0) {
        const PathLatency& some = a.phaseCount == 0 ? b : a;
        x.phaseBegin = some.phaseBegin;
        x.phaseCount = some.phaseCount;
        return x;
    }
    x.phaseBegin = static_cast<std::uint32_t>(m_phases.size());
    x.phaseCount = a.phaseCount + b.phaseCount;
    m_phases.reserve(m_phases.size() + x.phaseCount);
    for (std::uint32_t i = 0; i < a.phaseCount; ++i)
        m_phases.push_back(m_phases[a.phaseBegin + i]);
    for (std::uint32_t i = 0; i < b.phaseCount; ++i)
        m_phases.push_back(m_phases[b.phaseBegin + i]);
    return x;
}

PathLatency LatencyPool::maximum(const PathLatency& a, const PathLatency& b) const {
    if (a.infinite || b.infinite)
        return infinite();
    if (isZero(a))
        return b;
    if (isZero(b))
        return a;
    // Clark (1961): the maximum of two independent normals with these moments.
    const double m1 = a.total();
    const double m2 = b.total();
    const double spread = std::sqrt(a.variance + b.variance);
    double first, second;
    if (spread == 0) {
        first = std::max(m1, m2);
        second = first * first;
    } else {
        const double alpha = (m1 - m2) / spread;
        const double p = queueing::normalCdf(alpha);
        const double q = queueing::normalCdf(-alpha);
        const double d = queueing::normalDensity(alpha);
        first = m1 * p + m2 * q + spread * d;
        second = (m1 * m1 + a.variance) * p + (m2 * m2 + b.variance) * q + (m1 + m2) * spread * d;
    }
    PathLatency x;
    x.shift = std::max(a.shift, b.shift);
    x.mean = std::max(0.0, first - x.shift);
    x.variance = std::max(0.0, second - first * first);
    x.exactShape = false;
    x.approximateMean = true;
    return x;
}

PathLatency LatencyPool::maximumOfCopies(const PathLatency& x, std::int64_t copies) const {
    PathLatency result = x;
    for (std::int64_t i = 1; i < copies; ++i)
        result = maximum(result, x);
    return result;
}

double LatencyPool::percentile(const PathLatency& x, double q) const {
    if (x.infinite)
        return kInf;
    if (x.exactShape)
        return x.shift +
               queueing::hypoexponentialPercentile(
                   std::span<const double>(m_phases.data() + x.phaseBegin, x.phaseCount), q);
    return x.shift + queueing::fittedPercentile(x.mean, x.variance, q);
}

void LatencyMixture::add(double weight, const PathLatency& x) {
    if (!(weight > 0))
        return;
    if (x.infinite) {
        m_infinite = true;
        return;
    }
    const double t = x.total();
    m_minShift = m_items == 0 ? x.shift : std::min(m_minShift, x.shift);
    m_weight += weight;
    m_first += weight * t;
    m_second += weight * (x.variance + t * t);
    m_approximate = m_approximate || x.approximateMean;
    m_single = x;
    ++m_items;
}

PathLatency LatencyMixture::result() const {
    PathLatency x;
    if (m_infinite) {
        x.infinite = true;
        x.exactShape = false;
        return x;
    }
    if (m_items == 0)
        return x;
    if (m_items == 1)
        return m_single;
    const double first = m_first / m_weight;
    const double second = m_second / m_weight;
    x.shift = m_minShift;
    x.mean = std::max(0.0, first - m_minShift);
    x.variance = std::max(0.0, second - first * first);
    x.exactShape = false;
    x.approximateMean = m_approximate;
    return x;
}

} // namespace studio::core::solver
