#pragma once

// One queue of a component (an instance, a data store's node, or a shared queue) while a
// replication runs: its busy workers, its FIFO of waiting visits, and the time integrals
// utilisation and queue lengths come from.
#include <cstdint>
#include <vector>

namespace studio::core::sim {

// A FIFO of visit indices in a ring that doubles when full.
class VisitFifo {
public:
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void push(std::uint32_t v) {
        if (m_size == m_ring.size())
            grow();
        m_ring[(m_head + m_size) & (m_ring.size() - 1)] = v;
        ++m_size;
    }
    std::uint32_t pop() {
        const std::uint32_t v = m_ring[m_head];
        m_head = (m_head + 1) & (m_ring.size() - 1);
        --m_size;
        return v;
    }

private:
    void grow() {
        std::vector<std::uint32_t> ring(m_ring.empty() ? 16 : 2 * m_ring.size());
        for (std::size_t i = 0; i < m_size; ++i)
            ring[i] = m_ring[(m_head + i) & (m_ring.size() - 1)];
        m_ring.swap(ring);
        m_head = 0;
    }
    std::vector<std::uint32_t> m_ring;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

struct StationState {
    std::uint32_t node = 0;
    std::uint32_t busy = 0;    // workers taken (serving, or holding for their calls)
    std::uint32_t serving = 0; // visits in their own service
    VisitFifo waiting;
    double last = 0;        // time of the last change, s
    double busyArea = 0;    // integral of busy over time, worker-seconds
    double servingArea = 0; // of serving
    double waitingArea = 0; // of the queue's length

    void touch(double now) {
        if (now == last)
            return; // a service ends, its worker is freed and takes the next at one time
        const double dt = now - last;
        busyArea += busy * dt;
        servingArea += serving * dt;
        waitingArea += static_cast<double>(waiting.size()) * dt;
        last = now;
    }
    void resetAreas(double now) {
        touch(now);
        busyArea = servingArea = waitingArea = 0;
    }
};

} // namespace studio::core::sim
