#pragma once

// A simulation's observer for a run on a worker thread: the progress and a cancel request
// pass through atomics the GUI thread reads and sets.
#include "sim/SimulationOptions.h"

#include <atomic>

namespace studio::widgets {

class AtomicObserver : public core::sim::SimulationObserver {
public:
    AtomicObserver(std::atomic<double>& fraction, const std::atomic<bool>& cancel)
        : m_fraction(fraction)
        , m_cancel(cancel) {}
    void progress(double fraction) override { m_fraction.store(fraction); }
    bool cancelled() override { return m_cancel.load(); }

private:
    std::atomic<double>& m_fraction;
    const std::atomic<bool>& m_cancel;
};

} // namespace studio::widgets
