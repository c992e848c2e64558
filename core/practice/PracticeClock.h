#pragma once

// The practice session's clock: the phases in order, each with its planned time, the time
// spent in each, pause and resume, skipping on (the person moves to the next phase; time
// never moves them), extending the current phase, and whether it or the whole session has
// run over. The caller says what time it is (seconds on any monotonic clock), so the clock
// is exact and testable; it keeps its totals in the session (planned, spent, phase).
#include "practice/PracticeSession.h"

namespace studio::core::practice {

class PracticeClock {
public:
    // Runs `session`'s clock (not owned; it must outlive the clock), paused.
    explicit PracticeClock(PracticeSession& session);

    void start(double now); // also resumes
    void pause(double now);
    bool running() const { return m_running; }

    // On to the next phase; after the wrap up, the session's time is over (finished()).
    void next(double now);
    // `seconds` more for the current phase (and so for the whole session).
    void extend(double seconds);

    Phase phase() const { return m_session.phase; }
    bool finished() const { return m_finished; }
    // Seconds spent in `phase` so far, the running stretch included.
    double spent(Phase phase, double now) const;
    // Seconds left of the current phase's plan (negative when it ran over).
    double left(double now) const;
    bool overrun(double now) const { return left(now) < 0; }
    double totalSpent(double now) const;
    double totalPlanned() const;
    // The whole session's time is up: the studio submits it.
    bool timeUp(double now) const { return totalSpent(now) >= totalPlanned(); }

private:
    void settle(double now); // adds the running stretch to the current phase

    PracticeSession& m_session;
    bool m_running = false;
    bool m_finished = false;
    double m_since = 0; // when the running stretch began
};

} // namespace studio::core::practice
