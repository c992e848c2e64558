#include "solver/PathLatency.h"

#include "queueing/Hypoexponential.h"
#include "queueing/MomentFit.h"
#include "queueing/Numerics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace studio::core::solver {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

bool isZero(const PathLatency& x) {
    return !x.infinite && x.shift == 0 && x.mean == 0 && x.variance == 0;
}

bool fitsLimits(std::uint32_t branches, std::uint32_t longest, std::uint32_t phases) {
    return branches <= kMaxBranches && longest <= kMaxPhases && phases <= kMaxTotalPhases;
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
    if (!m_keepShapes) {
        x.exactShape = false;
        return x;
    }
    Node node;
    node.rate = rate;
    x.shape = add(node);
    x.longest = x.phases = 1;
    return x;
}

PathLatency LatencyPool::waitThenService(double serviceRate, double waitProbability,
                                         double waitRate, double mean, double variance,
                                         bool approximateMean) {
    PathLatency x = moments(mean, variance, approximateMean);
    const bool waits = waitProbability > 0;
    if (!m_keepShapes || !(serviceRate > 0) || !(waitProbability >= 0 && waitProbability <= 1) ||
        (waits && !(waitRate > 0))) {
        x.exactShape = false;
        return x;
    }
    Node node;
    node.probability = waitProbability;
    node.rate = serviceRate;
    node.waitRate = waitRate;
    x.exactShape = true;
    x.shape = add(node);
    const bool always = waitProbability >= 1;
    x.branches = waits && !always ? 2 : 1;
    x.longest = waits ? 2 : 1;
    x.phases = static_cast<std::uint16_t>(!always) + (waits ? 2 : 0);
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
    x.exactShape = a.exactShape && b.exactShape;
    if (!x.exactShape)
        return x;
    if (a.shape == kNoShape || b.shape == kNoShape) {
        const PathLatency& some = a.shape == kNoShape ? b : a;
        x.shape = some.shape;
        x.branches = some.branches;
        x.longest = some.longest;
        x.phases = some.phases;
        return x;
    }
    // Every term of a with every term of b.
    const std::uint32_t branches = std::uint32_t{a.branches} * b.branches;
    const std::uint32_t longest = std::uint32_t{a.longest} + b.longest;
    const std::uint32_t phases =
        std::uint32_t{a.branches} * b.phases + std::uint32_t{b.branches} * a.phases;
    if (!fitsLimits(branches, longest, phases)) {
        x.exactShape = false;
        return x;
    }
    Node node;
    node.kind = Kind::Sum;
    node.first = a.shape;
    node.second = b.shape;
    x.shape = add(node);
    x.branches = static_cast<std::uint16_t>(branches);
    x.longest = static_cast<std::uint16_t>(longest);
    x.phases = static_cast<std::uint16_t>(phases);
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

// A shape's mixture terms: weights, constants and the ranges of their phases' rates.
struct LatencyPool::Expansion {
    struct Term {
        double weight = 1;
        double shift = 0; // s
        std::uint32_t begin = 0;
        std::uint32_t count = 0;
    };
    std::vector<Term> terms;
    std::vector<double> rates; // 1/s
};

std::uint32_t LatencyPool::add(const Node& node) {
    m_nodes.push_back(node);
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

void LatencyPool::expand(std::uint32_t shape, Expansion& out) const {
    using Term = Expansion::Term;
    const auto rateCount = [&] { return static_cast<std::uint32_t>(out.rates.size()); };
    if (shape == kNoShape) {
        out.terms.push_back(Term{1, 0, rateCount(), 0});
        return;
    }
    const Node& node = m_nodes[shape];
    switch (node.kind) {
    case Kind::Queue:
        if (node.probability < 1) {
            out.terms.push_back(Term{1 - node.probability, 0, rateCount(), 1});
            out.rates.push_back(node.rate);
        }
        if (node.probability > 0) {
            out.terms.push_back(Term{node.probability, 0, rateCount(), 2});
            out.rates.push_back(node.waitRate);
            out.rates.push_back(node.rate);
        }
        return;
    case Kind::Mixture: {
        const auto part = [&](std::uint32_t which, double weight, double shift) {
            const std::size_t begin = out.terms.size();
            expand(which, out);
            for (std::size_t i = begin; i < out.terms.size(); ++i) {
                out.terms[i].weight *= weight;
                out.terms[i].shift += shift;
            }
        };
        part(node.first, node.probability, node.firstShift);
        part(node.second, 1 - node.probability, node.secondShift);
        return;
    }
    case Kind::Sum: {
        Expansion a, b;
        expand(node.first, a);
        expand(node.second, b);
        for (const Term& x : a.terms) {
            for (const Term& y : b.terms) {
                out.terms.push_back(
                    Term{x.weight * y.weight, x.shift + y.shift, rateCount(), x.count + y.count});
                out.rates.insert(out.rates.end(), a.rates.begin() + x.begin,
                                 a.rates.begin() + x.begin + x.count);
                out.rates.insert(out.rates.end(), b.rates.begin() + y.begin,
                                 b.rates.begin() + y.begin + y.count);
            }
        }
        return;
    }
    }
}

double LatencyPool::percentile(const PathLatency& x, double q) const {
    if (x.infinite)
        return kInf;
    if (!x.exactShape)
        return x.shift + queueing::fittedPercentile(x.mean, x.variance, q);
    if (x.shape == kNoShape)
        return x.shift;
    Expansion expansion;
    expand(x.shape, expansion);
    std::vector<queueing::ShiftedHypoexponential> terms;
    terms.reserve(expansion.terms.size());
    for (const Expansion::Term& t : expansion.terms)
        terms.push_back({t.weight, t.shift,
                         std::span<const double>(expansion.rates.data() + t.begin, t.count)});
    return x.shift + queueing::hypoexponentialMixturePercentile(terms, q);
}

void LatencyMixture::add(double weight, const PathLatency& x) {
    if (!(weight > 0))
        return;
    if (x.infinite) {
        m_infinite = true;
        return;
    }
    const double t = x.total();
    const double before = m_weight;
    const double minShift = m_items == 0 ? x.shift : std::min(m_minShift, x.shift);
    m_weight += weight;
    m_first += weight * t;
    m_second += weight * (x.variance + t * t);
    m_approximate = m_approximate || x.approximateMean;
    m_single = x;
    ++m_items;
    if (m_items == 1) {
        m_exactShape = x.exactShape;
        m_shape = x.shape;
        m_branches = x.branches;
        m_longest = x.longest;
        m_phases = x.phases;
    } else if (m_exactShape && x.exactShape &&
               !(x.shape == m_shape && x.shift == m_minShift)) { // the same again: no change
        const std::uint32_t branches = m_branches + x.branches;
        const std::uint32_t longest = std::max<std::uint32_t>(m_longest, x.longest);
        const std::uint32_t phases = m_phases + x.phases;
        if (m_pool.m_keepShapes && fitsLimits(branches, longest, phases)) {
            LatencyPool::Node node;
            node.kind = LatencyPool::Kind::Mixture;
            node.first = m_shape;
            node.second = x.shape;
            node.probability = before / m_weight;
            node.firstShift = m_minShift - minShift;
            node.secondShift = x.shift - minShift;
            m_shape = m_pool.add(node);
            m_branches = branches;
            m_longest = longest;
            m_phases = phases;
        } else {
            m_exactShape = false;
        }
    } else {
        m_exactShape = false;
    }
    m_minShift = minShift;
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
    x.approximateMean = m_approximate;
    x.exactShape = m_exactShape;
    if (m_exactShape) {
        x.shape = m_shape;
        x.branches = static_cast<std::uint16_t>(m_branches);
        x.longest = static_cast<std::uint16_t>(m_longest);
        x.phases = static_cast<std::uint16_t>(m_phases);
    }
    return x;
}

} // namespace studio::core::solver
