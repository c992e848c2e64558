#include "widgets/practice/PracticeClockBar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace studio::widgets {

namespace {

using namespace core::practice;

constexpr double kExtension = 5 * 60; // s

QString clockText(double seconds) {
    const int s = static_cast<int>(std::round(std::abs(seconds)));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PracticeClockBar::PracticeClockBar(QWidget* parent)
    : QWidget(parent)
    , m_phase(new QLabel(this))
    , m_time(new QLabel(this))
    , m_total(new QProgressBar(this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_nextButton(new QPushButton(tr("Next Phase"), this))
    , m_extendButton(new QPushButton(tr("+5 min"), this)) {
    m_elapsed.start();
    now = [this] { return static_cast<double>(m_elapsed.elapsed()) / 1000; };
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_time->setFont(big);
    m_phase->setObjectName(QStringLiteral("practicePhase"));
    m_total->setTextVisible(true);
    m_total->setMaximumWidth(220);
    m_extendButton->setToolTip(tr("Five more minutes for this phase"));
    m_nextButton->setToolTip(tr("On to the next phase of the framework"));

    // Two rows, so that the dock stays narrow enough to leave the canvas room at 1280 x 800:
    // the phase and its clock, then the session's progress and the buttons.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* clock = new QHBoxLayout;
    clock->addWidget(m_phase);
    clock->addWidget(m_time);
    clock->addStretch(1);
    layout->addLayout(clock);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_total, 1);
    controls->addWidget(m_pauseButton);
    controls->addWidget(m_extendButton);
    controls->addWidget(m_nextButton);
    layout->addLayout(controls);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &PracticeClockBar::tick);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_clock && m_clock->running())
            pause();
        else
            resume();
    });
    connect(m_nextButton, &QPushButton::clicked, this, &PracticeClockBar::nextPhase);
    connect(m_extendButton, &QPushButton::clicked, this, &PracticeClockBar::extend);
    setSession(nullptr);
}

void PracticeClockBar::setSession(PracticeSession* session) {
    m_session = session;
    m_clock = session ? std::make_unique<PracticeClock>(*session) : nullptr;
    m_warned = false;
    m_timeUp = false;
    if (m_clock) {
        m_clock->start(now());
        m_timer.start();
    } else {
        m_timer.stop();
    }
    for (QWidget* w : {static_cast<QWidget*>(m_pauseButton), static_cast<QWidget*>(m_nextButton),
                       static_cast<QWidget*>(m_extendButton)})
        w->setEnabled(m_clock != nullptr);
    tick();
}

void PracticeClockBar::pause() {
    if (!m_clock)
        return;
    m_clock->pause(now());
    tick();
}

void PracticeClockBar::resume() {
    if (!m_clock)
        return;
    m_clock->start(now());
    tick();
}

void PracticeClockBar::nextPhase() {
    if (!m_clock || m_clock->finished())
        return;
    const bool wasRunning = m_clock->running();
    m_clock->next(now());
    m_warned = false;
    if (m_clock->finished()) {
        tick();
        emit finished();
        return;
    }
    if (!wasRunning)
        m_clock->start(now());
    tick();
    emit phaseChanged(m_clock->phase());
}

void PracticeClockBar::extend() {
    if (!m_clock)
        return;
    m_clock->extend(kExtension);
    m_warned = false;
    tick();
}

void PracticeClockBar::tick() {
    if (!m_clock) {
        m_phase->setText(tr("No practice session"));
        m_time->clear();
        m_total->setValue(0);
        return;
    }
    const double t = now();
    const Phase phase = m_clock->phase();
    m_phase->setText(m_clock->finished()
                         ? tr("Time is over")
                         : tr("Phase %1 of 4: %2")
                               .arg(static_cast<int>(phase) + 1)
                               .arg(QCoreApplication::translate("Practice", phaseTitle(phase))));
    const double left = m_clock->left(t);
    const bool over = left < 0 && !m_clock->finished();
    m_time->setText(over ? tr("over by %1").arg(clockText(left))
                         : tr("%1 left").arg(clockText(left)));
    m_time->setStyleSheet(over ? QStringLiteral("color: #b36b00;") : QString());
    m_pauseButton->setText(m_clock->running() ? tr("Pause") : tr("Resume"));
    m_total->setRange(0, std::max(1, static_cast<int>(m_clock->totalPlanned())));
    m_total->setValue(std::min(m_total->maximum(), static_cast<int>(m_clock->totalSpent(t))));
    m_total->setFormat(
        tr("%1 of %2").arg(clockText(m_clock->totalSpent(t)), clockText(m_clock->totalPlanned())));
    if (over && !m_warned) {
        m_warned = true;
        emit overrun(phase);
    }
    if (!m_timeUp && !m_clock->finished() && m_clock->timeUp(t)) {
        m_timeUp = true;
        emit timeUp();
    }
}

} // namespace studio::widgets
