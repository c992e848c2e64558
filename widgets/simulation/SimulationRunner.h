#pragma once

// Runs a simulation of the open design on a worker thread: the studio never freezes, and
// the run keeps its own copy of the design. Reports progress with the time left a few times
// a second, and the run when it ends (finished, failed or cancelled). One run at a time.
#include "widgets/simulation/SimulationRun.h"

#include "catalog/Catalog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace studio::widgets {

class SimulationRunner : public QObject {
    Q_OBJECT

public:
    explicit SimulationRunner(QObject* parent = nullptr);
    ~SimulationRunner() override; // cancels a run in progress and waits for it

    // Starts a run of `design` (copied); false when one is running already.
    bool start(const core::Design& design, const RunSettings& settings,
               const core::Catalog& catalog = core::Catalog::standard());
    void cancel();
    bool running() const { return m_thread.joinable(); }
    // The last run that ended, or none.
    std::shared_ptr<const SimulationRun> lastRun() const { return m_last; }

signals:
    // fraction 0..1 of the run done; secondsLeft < 0 while unknown.
    void progressed(double fraction, double secondsLeft);
    void finished(std::shared_ptr<const SimulationRun> run);

private:
    void poll();
    void ended();

    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<double> m_fraction{0};
    std::atomic<bool> m_done{false};
    std::shared_ptr<SimulationRun> m_current; // written by the worker until m_done
    std::shared_ptr<const SimulationRun> m_last;
    QTimer m_poll;
    QElapsedTimer m_clock;
};

} // namespace studio::widgets
