#include "widgets/practice/CurveballRunner.h"

namespace studio::widgets {

CurveballRunner::CurveballRunner(QObject* parent)
    : QObject(parent) {
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &CurveballRunner::poll);
}

CurveballRunner::~CurveballRunner() {
    if (m_thread.joinable())
        m_thread.join();
}

bool CurveballRunner::play(const core::Design& design, const core::practice::Curveball& ball) {
    if (playing())
        return false;
    m_ball = ball;
    m_outcome.reset();
    m_done = false;
    m_thread = std::thread([this, design, ball] {
        m_outcome = core::practice::playCurveball(design, ball);
        m_done = true;
    });
    m_poll.start();
    return true;
}

void CurveballRunner::poll() {
    if (!m_done)
        return;
    m_poll.stop();
    m_thread.join();
    emit played(m_ball, *m_outcome);
}

} // namespace studio::widgets
