#pragma once

// The latency of a request along its paths, built up station by station: a deterministic
// part (network latency, deterministic service) plus a random part known by its mean and
// variance, and, while it is exactly a sum of independent exponentials (a chain of M/M/1
// stations), by those exponentials' rates, so its percentiles are exact. Times in s.
// Internal to core/solver.
#include <cstdint>
#include <span>
#include <vector>

namespace studio::core::solver {

inline constexpr std::uint32_t kMaxPhases = 64;

struct PathLatency {
    double shift = 0;             // deterministic part, s
    double mean = 0;              // of the random part, s
    double variance = 0;          // of the random part, s^2
    std::uint32_t phaseBegin = 0; // the random part's exponential phases, in the pool
    std::uint32_t phaseCount = 0;
    bool exactShape = true;       // the random part is exactly those phases
    bool approximateMean = false; // an approximation went into the mean
    bool infinite = false;        // passes a saturated station: no finite latency

    double total() const; // mean, s; +inf when infinite
    double totalVariance() const { return variance; }
    bool exactPercentiles() const { return !infinite && exactShape && !approximateMean; }
};

// Builds latencies and owns their phases. clear() keeps the memory for the next solve.
class LatencyPool {
public:
    void clear() { m_phases.clear(); }

    PathLatency constant(double seconds) const;
    PathLatency exponential(double rate);
    // Known by its moments only; `approximateMean` when the mean is an approximation.
    PathLatency moments(double mean, double variance, bool approximateMean) const;
    PathLatency infinite() const;

    PathLatency sum(const PathLatency& a, const PathLatency& b);
    // The slower of two independent latencies (parallel calls): Clark's normal
    // approximation of the maximum's moments, so approximate unless one is 0.
    PathLatency maximum(const PathLatency& a, const PathLatency& b) const;
    PathLatency maximumOfCopies(const PathLatency& x, std::int64_t copies) const;

    // The q-quantile (q in (0, 1)): exact for exact shapes, else a two-moment fit.
    double percentile(const PathLatency& x, double q) const;

private:
    std::vector<double> m_phases;
};

// A probability mixture of latencies (a cache's hit or miss, a choice of links, the
// state of a request's calls): exact in its mean, a moment fit in its shape.
class LatencyMixture {
public:
    void add(double weight, const PathLatency& x);
    PathLatency result() const;

private:
    double m_weight = 0;
    double m_first = 0;  // weighted E[T]
    double m_second = 0; // weighted E[T^2]
    double m_minShift = 0;
    bool m_infinite = false;
    bool m_approximate = false;
    int m_items = 0;
    PathLatency m_single;
};

} // namespace studio::core::solver
