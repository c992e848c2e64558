#pragma once

// The pending events of one replication: a 4-ary min-heap of plain structs ordered by time,
// then insertion sequence, so equal times keep the order they were scheduled in and a seed
// fully determines the run. Memory grows with the events pending, never with the events
// processed (the vector keeps its capacity). bench/core/SimulationBench.cpp measures it.
#include <cstdint>
#include <vector>

namespace studio::core::sim {

struct Event {
    double time = 0;        // simulated seconds
    std::uint64_t seq = 0;  // insertion order, the tie-break
    std::uint32_t kind = 0; // what happens (the engine's own numbering)
    std::uint32_t data = 0; // whom it happens to (a request record, a component...)
};

class EventQueue {
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event& top() const { return m_heap.front(); }
    void clear() {
        m_heap.clear();
        m_seq = 0;
    }
    void reserve(std::size_t n) { m_heap.reserve(n); }

    void push(double time, std::uint32_t kind, std::uint32_t data) {
        Event e{time, m_seq++, kind, data};
        std::size_t hole = m_heap.size();
        m_heap.push_back(e);
        while (hole > 0) {
            const std::size_t parent = (hole - 1) / 4;
            if (!before(e, m_heap[parent]))
                break;
            m_heap[hole] = m_heap[parent];
            hole = parent;
        }
        m_heap[hole] = e;
    }

    // Removes and returns the earliest event. The queue must not be empty.
    Event pop() {
        const Event result = m_heap.front();
        const Event last = m_heap.back();
        m_heap.pop_back();
        const std::size_t n = m_heap.size();
        if (n == 0)
            return result;
        std::size_t hole = 0;
        for (;;) {
            const std::size_t first = 4 * hole + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            const std::size_t end = first + 4 < n ? first + 4 : n;
            for (std::size_t c = first + 1; c < end; ++c)
                if (before(m_heap[c], m_heap[best]))
                    best = c;
            if (!before(m_heap[best], last))
                break;
            m_heap[hole] = m_heap[best];
            hole = best;
        }
        m_heap[hole] = last;
        return result;
    }

private:
    static bool before(const Event& a, const Event& b) {
        return a.time < b.time || (a.time == b.time && a.seq < b.seq);
    }
    std::vector<Event> m_heap;
    std::uint64_t m_seq = 0;
};

} // namespace studio::core::sim
