#include "practice/PracticeClock.h"

#include <numeric>

namespace studio::core::practice {

namespace {

std::size_t index(Phase phase) {
    return static_cast<std::size_t>(phase);
}

} // namespace

PracticeClock::PracticeClock(PracticeSession& session)
    : m_session(session) {}

void PracticeClock::settle(double now) {
    if (m_running) {
        m_session.spent[index(m_session.phase)] += now - m_since;
        m_since = now;
    }
}

void PracticeClock::start(double now) {
    if (m_running || m_finished)
        return;
    m_running = true;
    m_since = now;
}

void PracticeClock::pause(double now) {
    settle(now);
    m_running = false;
}

void PracticeClock::next(double now) {
    settle(now);
    if (m_session.phase == Phase::WrapUp) {
        m_finished = true;
        m_running = false;
        return;
    }
    m_session.phase = static_cast<Phase>(index(m_session.phase) + 1);
}

void PracticeClock::extend(double seconds) {
    m_session.planned[index(m_session.phase)] += seconds;
}

double PracticeClock::spent(Phase phase, double now) const {
    const double running = m_running && phase == m_session.phase ? now - m_since : 0;
    return m_session.spent[index(phase)] + running;
}

double PracticeClock::left(double now) const {
    return m_session.planned[index(m_session.phase)] - spent(m_session.phase, now);
}

double PracticeClock::totalSpent(double now) const {
    double total = 0;
    for (std::size_t i = 0; i < kPhaseCount; ++i)
        total += spent(static_cast<Phase>(i), now);
    return total;
}

double PracticeClock::totalPlanned() const {
    return std::accumulate(m_session.planned.begin(), m_session.planned.end(), 0.0);
}

} // namespace studio::core::practice
