#pragma once

// One replication's measures over time, in a fixed number of buckets (kBuckets) of equal
// width starting at time 0 (the warm-up included: a chart shows it): when the run passes
// the last bucket, neighbours merge pairwise (counts, time integrals and histograms add)
// and the width doubles, so the memory is fixed whatever the run's length. Per bucket:
// each request class's counts, in-time latencies (a CoarseHistogram, 1 KB) and latency
// sum; each followed component's busy and queue time integrals. Internal to core/sim:
// Replication records into the current bucket, SeriesSummary combines replications.
#include "sim/CoarseHistogram.h"

#include <cstdint>
#include <vector>

namespace studio::core::sim {

// One request class in one bucket, counted when each happens (an arrival when sent, an
// outcome when its answer or failure comes back; a late answer is a timeout and `late`).
struct SeriesCounts {
    std::uint64_t arrived = 0, completed = 0, late = 0, dropped = 0, rejected = 0, timedOut = 0;
    double latencySum = 0; // s, over `completed`
};

// One followed component in one bucket: integrals over the bucket's time, all its stations.
struct SeriesArea {
    double busy = 0;  // workers taken, worker-seconds
    double queue = 0; // requests waiting, request-seconds
};

class TimeSeries {
public:
    static constexpr std::uint32_t kBuckets = 128; // even: merging halves them

    // Empty buckets of `width` s (> 0) for `entries` request classes and `components`
    // followed components.
    void reset(std::size_t entries, std::size_t components, double width);

    // ---- recording, into the current bucket
    double width() const { return m_width; }                      // s
    double boundary() const { return (m_current + 1) * m_width; } // current's end, s
    SeriesCounts& counts(std::uint32_t entry) { return m_counts[m_current * m_entries + entry]; }
    CoarseHistogram& latency(std::uint32_t entry) {
        return m_latency[m_current * m_entries + entry];
    }
    SeriesArea& area(std::uint32_t component) {
        return m_areas[m_current * m_components + component];
    }
    // The current bucket's rows, one per entry: valid until advance.
    SeriesCounts* currentCounts() { return &m_counts[m_current * m_entries]; }
    CoarseHistogram* currentLatency() { return &m_latency[m_current * m_entries]; }
    // On to the next bucket, merging pairwise first when the current one was the last.
    void advance();
    void setEnd(double end) { m_end = end; } // s, when the run stopped

    // ---- reading
    double end() const { return m_end; }
    std::size_t entries() const { return m_entries; }
    std::size_t components() const { return m_components; }
    std::uint32_t used() const { return m_current + 1; } // buckets holding data
    const SeriesCounts& counts(std::uint32_t bucket, std::uint32_t entry) const {
        return m_counts[bucket * m_entries + entry];
    }
    const CoarseHistogram& latency(std::uint32_t bucket, std::uint32_t entry) const {
        return m_latency[bucket * m_entries + entry];
    }
    const SeriesArea& area(std::uint32_t bucket, std::uint32_t component) const {
        return m_areas[bucket * m_components + component];
    }
    // Merges pairwise until the width is `width` (the width times a power of two).
    void coarsenTo(double width);
    std::size_t memoryBytes() const; // what the buckets take, fixed after reset

private:
    void mergePairs();

    double m_width = 1;
    double m_end = 0;
    std::uint32_t m_current = 0;
    std::size_t m_entries = 0;
    std::size_t m_components = 0;
    std::vector<SeriesCounts> m_counts;     // bucket * entries + entry
    std::vector<CoarseHistogram> m_latency; // the same
    std::vector<SeriesArea> m_areas;        // bucket * components + component
};

} // namespace studio::core::sim
