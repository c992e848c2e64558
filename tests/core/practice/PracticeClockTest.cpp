// The practice clock: the seed's phases planned for the session's length, time spent per
// phase, pause, skip on, extend, overrun and the end of the session's time.
#include "practice/PracticeClock.h"

#include <gtest/gtest.h>

namespace studio::core::practice {
namespace {

TEST(PracticeClock, TheSeedsMinutesScaleToTheSessionsLength) {
    const auto planned = plannedSeconds(45);
    EXPECT_DOUBLE_EQ(planned[0], 5 * 60);
    EXPECT_DOUBLE_EQ(planned[1], 15 * 60);
    EXPECT_DOUBLE_EQ(planned[2], 20 * 60);
    EXPECT_DOUBLE_EQ(planned[3], 5 * 60);
    const auto half = plannedSeconds(22.5);
    EXPECT_DOUBLE_EQ(half[2], 10 * 60);
}

TEST(PracticeClock, TimeCountsInTheCurrentPhaseOnlyWhileRunning) {
    PracticeSession session = newSession("url-shortener", "URL shortener", "Design bitly", 45);
    PracticeClock clock(session);
    EXPECT_FALSE(clock.running());
    clock.start(100);
    EXPECT_DOUBLE_EQ(clock.spent(Phase::Clarify, 160), 60);
    EXPECT_DOUBLE_EQ(clock.left(160), 240);
    clock.pause(220); // 120 s in
    EXPECT_DOUBLE_EQ(clock.spent(Phase::Clarify, 10'000), 120) << "paused: the clock stands";
    clock.start(1000);
    clock.next(1030); // 150 s of clarifying
    EXPECT_EQ(clock.phase(), Phase::HighLevel);
    EXPECT_DOUBLE_EQ(session.spent[0], 150);
    EXPECT_DOUBLE_EQ(clock.spent(Phase::HighLevel, 1090), 60);
    EXPECT_DOUBLE_EQ(clock.totalSpent(1090), 210);
    EXPECT_DOUBLE_EQ(clock.totalPlanned(), 45 * 60);
}

TEST(PracticeClock, APhaseRunsOverUntilExtendedAndTheWrapUpEndsTheSession) {
    PracticeSession session = newSession("", "My prompt", "Design a pastebin", 9); // 1/5/4/1 min
    PracticeClock clock(session);
    clock.start(0);
    EXPECT_FALSE(clock.overrun(59));
    EXPECT_TRUE(clock.overrun(61)) << "clarify is planned for 60 s";
    EXPECT_EQ(clock.phase(), Phase::Clarify) << "time never moves the person on";
    clock.extend(120);
    EXPECT_FALSE(clock.overrun(61));
    EXPECT_DOUBLE_EQ(clock.totalPlanned(), 9 * 60 + 120);
    clock.next(100);
    clock.next(200);
    clock.next(300);
    EXPECT_EQ(clock.phase(), Phase::WrapUp);
    EXPECT_FALSE(clock.timeUp(300));
    EXPECT_TRUE(clock.timeUp(9 * 60 + 120));
    clock.next(400);
    EXPECT_TRUE(clock.finished());
    EXPECT_FALSE(clock.running());
    EXPECT_DOUBLE_EQ(clock.totalSpent(5000), 400);
    clock.start(5000);
    EXPECT_FALSE(clock.running()) << "a finished session's clock does not start again";
}

} // namespace
} // namespace studio::core::practice
