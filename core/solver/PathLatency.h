#pragma once

// The latency of a request along its paths, built up station by station: a deterministic
// part (network latency, deterministic service) plus a random part known by its mean and
// variance, and, while it is exactly a small mixture of shifted sums of independent
// exponentials (M/M/1 and M/M/c stations in a chain, a cache's hits and misses, a choice of
// links), by that shape, so its percentiles are exact. Times in s. Internal to core/solver.
#include <cstdint>
#include <vector>

namespace studio::core::solver {

// Limits of an exact shape, beyond which the latency falls back to a two-moment fit (a sum
// of two mixtures is their cross product: the branches multiply).
inline constexpr std::uint32_t kMaxBranches = 64;      // mixture terms
inline constexpr std::uint32_t kMaxPhases = 64;        // exponential phases in one term
inline constexpr std::uint32_t kMaxTotalPhases = 1024; // phases over all terms
inline constexpr std::uint32_t kNoShape = UINT32_MAX;

struct PathLatency {
    double shift = 0;               // deterministic part, s
    double mean = 0;                // of the random part, s
    double variance = 0;            // of the random part, s^2
    std::uint32_t shape = kNoShape; // the random part's exact shape in the pool; none: it is 0
    std::uint16_t branches = 1;     // of that shape: mixture terms
    std::uint16_t longest = 0;      // phases in its longest term
    std::uint16_t phases = 0;       // phases over all its terms
    bool exactShape = true;         // the random part is exactly that shape
    bool approximateMean = false;   // an approximation went into the mean
    bool infinite = false;          // passes a saturated station: no finite latency

    double total() const; // mean, s; +inf when infinite
    double totalVariance() const { return variance; }
    bool exactPercentiles() const { return !infinite && exactShape && !approximateMean; }
};

// Builds latencies and owns their shapes: a graph of small nodes, each made in O(1) and
// shared by every latency built on it, expanded into its mixture terms only when a
// percentile is asked for. clear() keeps the memory for the next solve.
class LatencyPool {
public:
    void clear() { m_nodes.clear(); }
    // Off: latencies are built by their moments alone (a search that reads only loads).
    void keepShapes(bool keep) { m_keepShapes = keep; }

    PathLatency constant(double seconds) const;
    PathLatency exponential(double rate); // rate in 1/s
    // An M/M/c sojourn: with probability `waitProbability` an Exp(waitRate) wait, then an
    // Exp(serviceRate) service (rates in 1/s). Its mean and variance are the station's
    // own figures, as computed there (s, s^2).
    PathLatency waitThenService(double serviceRate, double waitProbability, double waitRate,
                                double mean, double variance, bool approximateMean);
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
    friend class LatencyMixture;

    enum class Kind : std::uint8_t {
        Queue,   // with `probability` an Exp(waitRate) wait, then an Exp(rate) service
        Sum,     // first + second, independent
        Mixture, // with `probability` first + firstShift, else second + secondShift
    };
    struct Node {
        Kind kind = Kind::Queue;
        std::uint32_t first = kNoShape; // Sum, Mixture: the parts (kNoShape: 0)
        std::uint32_t second = kNoShape;
        double probability = 0; // Queue: of waiting; Mixture: of the first part
        double rate = 0;        // Queue: service, 1/s
        double waitRate = 0;    // Queue: 1/s
        double firstShift = 0;  // Mixture: each part's constant beyond the mixture's shift, s
        double secondShift = 0;
    };
    struct Expansion; // a shape's mixture terms

    std::uint32_t add(const Node& node);
    void expand(std::uint32_t shape, Expansion& out) const;

    std::vector<Node> m_nodes;
    bool m_keepShapes = true;
};

// A probability mixture of latencies (a cache's hit or miss, a choice of links, the
// state of a request's calls): exact in its mean, and exact in its shape while every part
// is and the branches stay within the limits; else a moment fit.
class LatencyMixture {
public:
    explicit LatencyMixture(LatencyPool& pool)
        : m_pool(pool) {}

    void add(double weight, const PathLatency& x);
    PathLatency result() const;

private:
    LatencyPool& m_pool;
    double m_weight = 0;
    double m_first = 0;  // weighted E[T]
    double m_second = 0; // weighted E[T^2]
    double m_minShift = 0;
    bool m_infinite = false;
    bool m_approximate = false;
    int m_items = 0;
    PathLatency m_single;
    // The shape so far: the items' mixture, shifted by m_minShift.
    bool m_exactShape = true;
    std::uint32_t m_shape = kNoShape;
    std::uint32_t m_branches = 0;
    std::uint32_t m_longest = 0;
    std::uint32_t m_phases = 0;
};

} // namespace studio::core::solver
