#pragma once

// The practice session's clock as a bar over its pages: the phase, the time left of it
// (amber and "over by" once it runs over: a gentle signal, the person moves on), the whole
// session's time, Pause/Resume, Next Phase and +5 min. Ticks once a second on a monotonic
// clock; core's PracticeClock does the arithmetic and keeps the totals in the session.
#include "practice/PracticeClock.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace studio::widgets {

class PracticeClockBar : public QWidget {
    Q_OBJECT

public:
    explicit PracticeClockBar(QWidget* parent = nullptr);

    // Runs `session`'s clock from now (not owned; null stops showing one).
    void setSession(core::practice::PracticeSession* session);
    core::practice::PracticeClock* clock() const { return m_clock.get(); }
    // Seconds on the bar's monotonic clock; tests replace it to move time.
    std::function<double()> now;

    void pause();
    void resume();
    void nextPhase();
    void extend();

    QLabel* phaseLabel() const { return m_phase; }
    QLabel* timeLabel() const { return m_time; }
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* nextButton() const { return m_nextButton; }

public slots:
    void tick();

signals:
    void phaseChanged(core::practice::Phase phase);
    void overrun(core::practice::Phase phase); // once per phase, when its time runs out
    void finished();                           // after the wrap up: the person moved on
    void timeUp();                             // the whole session's time ran out

private:
    core::practice::PracticeSession* m_session = nullptr;
    std::unique_ptr<core::practice::PracticeClock> m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    bool m_warned = false; // the current phase's overrun was signalled
    bool m_timeUp = false;
    QLabel* m_phase;
    QLabel* m_time;
    QProgressBar* m_total;
    QPushButton* m_pauseButton;
    QPushButton* m_nextButton;
    QPushButton* m_extendButton;
};

} // namespace studio::widgets
