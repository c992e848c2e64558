#pragma once

// Plays a curveball against a copy of the design on a worker thread (a short simulation
// takes a second or two): the studio stays responsive, and the outcome arrives as a signal.
#include "practice/Curveballs.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

namespace studio::widgets {

class CurveballRunner : public QObject {
    Q_OBJECT

public:
    explicit CurveballRunner(QObject* parent = nullptr);
    ~CurveballRunner() override; // waits for a play in progress

    // Starts playing `ball` on `design` (copied); false while one is playing.
    bool play(const core::Design& design, const core::practice::Curveball& ball);
    bool playing() const { return m_thread.joinable(); }

signals:
    void played(const core::practice::Curveball& ball,
                const core::practice::CurveballOutcome& outcome);

private:
    void poll();

    std::thread m_thread;
    std::atomic<bool> m_done{false};
    core::practice::Curveball m_ball;
    std::optional<core::practice::CurveballOutcome> m_outcome; // written by the worker
    QTimer m_poll;
};

} // namespace studio::widgets
