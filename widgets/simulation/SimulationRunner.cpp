#include "widgets/simulation/SimulationRunner.h"

#include "widgets/simulation/AtomicObserver.h"

#include "format/Validator.h"
#include "sim/Simulation.h"
#include "solver/Solver.h"

namespace studio::widgets {

namespace {

constexpr int kPollMs = 100;

} // namespace

SimulationRunner::SimulationRunner(QObject* parent)
    : QObject(parent) {
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SimulationRunner::poll);
}

SimulationRunner::~SimulationRunner() {
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool SimulationRunner::start(const core::Design& design, const RunSettings& settings,
                             const core::Catalog& catalog) {
    if (running())
        return false;
    auto run = std::make_shared<SimulationRun>();
    run->design = design;
    run->settings = settings;
    m_current = run;
    m_cancel = false;
    m_fraction = 0;
    m_done = false;
    m_clock.start();
    m_thread = std::thread([this, run, &catalog] {
        run->problems = core::validateDesign(run->design, catalog);
        if (run->problems.empty()) {
            core::sim::SimulationOptions options;
            options.duration = run->settings.duration;
            options.replications = run->settings.replications;
            options.seed = run->settings.seed;
            options.randomFailures = run->settings.randomFailures;
            AtomicObserver observer(m_fraction, m_cancel);
            auto result = core::sim::simulateDesign(run->design, options, &observer, catalog);
            if (result) {
                run->cancelled = result.value().cancelled;
                run->result = std::move(result).value();
                auto estimate = core::solver::solveDesign(run->design, {}, catalog);
                if (estimate)
                    run->estimate = std::move(estimate).value();
            } else {
                run->problems = result.problems();
            }
        }
        m_done = true;
    });
    m_poll.start();
    emit progressed(0, -1);
    return true;
}

void SimulationRunner::cancel() {
    m_cancel = true;
}

void SimulationRunner::poll() {
    if (m_done) {
        ended();
        return;
    }
    const double fraction = m_fraction.load();
    const double elapsed = static_cast<double>(m_clock.elapsed()) / 1000;
    const double left = fraction > 0.02 ? elapsed * (1 - fraction) / fraction : -1;
    emit progressed(fraction, left);
}

void SimulationRunner::ended() {
    m_poll.stop();
    m_thread.join();
    m_current->wallSeconds = static_cast<double>(m_clock.elapsed()) / 1000;
    m_last = std::move(m_current);
    m_current.reset();
    emit progressed(1, 0);
    emit finished(m_last);
}

} // namespace studio::widgets
