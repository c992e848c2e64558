#include "sim/TimeSeries.h"

#include <algorithm>

namespace studio::core::sim {

void TimeSeries::reset(std::size_t entries, std::size_t components, double width) {
    m_width = width;
    m_end = 0;
    m_current = 0;
    m_entries = entries;
    m_components = components;
    m_counts.assign(kBuckets * entries, SeriesCounts{});
    m_latency.assign(kBuckets * entries, CoarseHistogram{});
    m_areas.assign(kBuckets * components, SeriesArea{});
}

void TimeSeries::advance() {
    if (++m_current == kBuckets)
        mergePairs();
}

void TimeSeries::coarsenTo(double width) {
    while (m_width < width * (1 - 1e-12))
        mergePairs();
}

std::size_t TimeSeries::memoryBytes() const {
    return m_counts.capacity() * sizeof(SeriesCounts) +
           m_latency.capacity() * sizeof(CoarseHistogram) + m_areas.capacity() * sizeof(SeriesArea);
}

// Bucket i takes buckets 2i and 2i + 1; the upper half starts empty.
void TimeSeries::mergePairs() {
    constexpr std::uint32_t half = kBuckets / 2;
    for (std::uint32_t i = 0; i < half; ++i) {
        for (std::size_t e = 0; e < m_entries; ++e) {
            SeriesCounts& to = m_counts[i * m_entries + e];
            const SeriesCounts a = m_counts[2 * i * m_entries + e];
            const SeriesCounts& b = m_counts[(2 * i + 1) * m_entries + e];
            to.arrived = a.arrived + b.arrived;
            to.completed = a.completed + b.completed;
            to.late = a.late + b.late;
            to.dropped = a.dropped + b.dropped;
            to.rejected = a.rejected + b.rejected;
            to.timedOut = a.timedOut + b.timedOut;
            to.latencySum = a.latencySum + b.latencySum;
            CoarseHistogram merged = m_latency[2 * i * m_entries + e];
            merged.merge(m_latency[(2 * i + 1) * m_entries + e]);
            m_latency[i * m_entries + e] = merged;
        }
        for (std::size_t c = 0; c < m_components; ++c) {
            const SeriesArea a = m_areas[2 * i * m_components + c];
            const SeriesArea& b = m_areas[(2 * i + 1) * m_components + c];
            m_areas[i * m_components + c] = {a.busy + b.busy, a.queue + b.queue};
        }
    }
    std::fill(m_counts.begin() + half * m_entries, m_counts.end(), SeriesCounts{});
    std::fill(m_latency.begin() + half * m_entries, m_latency.end(), CoarseHistogram{});
    std::fill(m_areas.begin() + half * m_components, m_areas.end(), SeriesArea{});
    m_current /= 2;
    m_width *= 2;
}

} // namespace studio::core::sim
