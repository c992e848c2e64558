// The failure timeline as a person uses it: scenarios on the component selected on the canvas,
// bars dragged and resized with the mouse and nudged with the keys (one undo step each), the
// form and the Add menu's questions answered, a removed bar; every edit a valid design and a
// redo -> undo -> redo round trip; a design opened redraws it.
#include "SampleDesign.h"
#include "commands/CommandRoundTrip.h"

#include "simulation/ExampleDesigns.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/commands/EditFailuresCommand.h"
#include "widgets/simulation/FailureEventDialog.h"
#include "widgets/simulation/FailureTimeline.h"

#include "format/DesignFile.h"
#include "format/Validator.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace studio::widgets::test {
namespace {

using core::FailureKind;

// What validateDesign says about the design's failure timeline.
std::vector<std::string> failureProblems(const core::Design& design) {
    std::vector<std::string> texts;
    for (const core::Problem& problem : core::validateDesign(design))
        if (problem.place.starts_with("failures"))
            texts.push_back(problem.text());
    return texts;
}

// Answers the next modal dialog of type `Dialog` once it is shown (the timeline's questions
// run their own event loop).
template <class Dialog> void whenShown(std::function<void(Dialog*)> answer) {
    auto* timer = new QTimer(qApp);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, ticks] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (++*ticks > 500) { // 5 s: it never came, so no later test gets this answer
            ADD_FAILURE() << "no dialog to answer";
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start(10);
}

class FailureTimelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        document.reset(sampleDesign());
        timeline.resize(900, 320);
        timeline.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&timeline));
    }

    const std::vector<core::FailureEvent>& failures() const { return document.design().failures; }
    int undoCount() { return document.undoStack()->count(); }
    QString undoText() { return document.undoStack()->undoText(); }
    // A slow db from 6 s for 6 s (a tenth of the 60 s axis each), selected.
    void scheduleSlowDb() {
        timeline.setSelection({"db"});
        timeline.scenarioAction(FailureScenario::SlowDependency)->trigger();
        ASSERT_EQ(failures().size(), 1u);
        ASSERT_DOUBLE_EQ(failures()[0].start, 6);
        ASSERT_DOUBLE_EQ(failures()[0].duration, 6);
    }
    // Pixels for `seconds` on the axis.
    int pixels(double seconds) const { return qRound(timeline.xOf(seconds) - timeline.xOf(0)); }
    void drag(QPoint from, int dx) {
        QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(&timeline, from + QPoint(dx * step / 4, 0));
        QTest::mouseRelease(&timeline, Qt::LeftButton, {}, from + QPoint(dx, 0));
    }
    // Undo restores `before` exactly, redo the design as it is now.
    void expectRoundTrip(const core::Design& before) {
        const core::Design after = document.design();
        document.undoStack()->undo();
        EXPECT_EQ(document.design(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.design(), after);
    }

    StudioDocument document;
    FailureTimeline timeline{&document};
};

TEST_F(FailureTimelineTest, AScenarioStrikesTheSelectedComponent) {
    for (const FailureScenario scenario : kFailureScenarios)
        EXPECT_FALSE(timeline.scenarioAction(scenario)->isEnabled()) << "nothing selected";
    timeline.setSelection({"app"});
    EXPECT_TRUE(timeline.scenarioAction(FailureScenario::ServerCrash)->isEnabled());
    EXPECT_FALSE(timeline.scenarioAction(FailureScenario::CacheFlush)->isEnabled())
        << "a service caches nothing";
    EXPECT_FALSE(timeline.scenarioAction(FailureScenario::NetworkPartition)->isEnabled())
        << "app sits inside both zones: no zone to be cut off from";

    timeline.scenarioAction(FailureScenario::ServerCrash)->trigger();
    ASSERT_EQ(failures().size(), 1u);
    const core::FailureEvent& crash = failures()[0];
    EXPECT_EQ(crash.kind, FailureKind::Down);
    EXPECT_EQ(crash.target, "app");
    EXPECT_EQ(crash.instances, 0) << "every instance";
    EXPECT_EQ(crash.crashMode, core::CrashMode::Silent);
    EXPECT_DOUBLE_EQ(crash.start, 6) << "a tenth of the 60 s axis";
    EXPECT_DOUBLE_EQ(crash.duration, 6);
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(undoText(), "Schedule failure");
    EXPECT_EQ(timeline.selectedIndex(), 0);
    EXPECT_EQ(timeline.rowLabel(0), "URL service down");
    EXPECT_TRUE(failureProblems(document.design()).empty());
    EXPECT_EQ(document.design().name, "Sample") << "nothing else changes";
}

TEST_F(FailureTimelineTest, EveryScenarioMakesAValidEventThatRoundTrips) {
    struct Case {
        FailureScenario scenario;
        std::string selected;
        FailureKind kind;
        std::string target;
        QString label;
    };
    const Case cases[] = {
        {FailureScenario::ServerCrash, "app", FailureKind::Down, "app", "URL service down"},
        {FailureScenario::OneInstanceDown, "app", FailureKind::Down, "app",
         "URL service: 1 of 3 instances down"},
        {FailureScenario::SlowDependency, "db", FailureKind::Slow, "db", "Links DB slowed ×10"},
        {FailureScenario::NetworkPartition, "users", FailureKind::Partitioned, "users",
         "Users cut off from us-east-1"},
        {FailureScenario::CacheFlush, "cache", FailureKind::Flushed, "cache",
         "Redis flushed, refills in 6 s"},
        {FailureScenario::ZoneOutage, "app", FailureKind::ZoneDown, "az-a", "us-east-1a zone down"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(scenarioName(c.scenario).toStdString());
        document.reset(sampleDesign());
        timeline.setSelection({c.selected});
        const core::Design before = document.design();
        ASSERT_TRUE(timeline.scenarioAction(c.scenario)->isEnabled());
        timeline.scenarioAction(c.scenario)->trigger();
        ASSERT_EQ(failures().size(), 1u);
        EXPECT_EQ(failures()[0].kind, c.kind);
        EXPECT_EQ(failures()[0].target, c.target);
        EXPECT_EQ(timeline.rowLabel(0), c.label);
        EXPECT_EQ(undoCount(), 1);
        EXPECT_EQ(failureProblems(document.design()), std::vector<std::string>{});
        expectRoundTrip(before);
    }
}

TEST_F(FailureTimelineTest, DraggingABarMovesItBySnappedSecondsInOneUndoStep) {
    scheduleSlowDb();
    ASSERT_DOUBLE_EQ(timeline.snapStep(), 0.5);
    const int steps = undoCount();
    const QPoint from = timeline.barRect(0).center();
    const int dx = pixels(5.2); // snapped to 5 s

    QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(&timeline, from + QPoint(dx * step / 4, 0));
    EXPECT_EQ(undoCount(), steps) << "nothing is pushed while the bar is dragged";
    EXPECT_DOUBLE_EQ(failures()[0].start, 6);
    EXPECT_NEAR(timeline.barRect(0).left(), timeline.xOf(11), 1) << "the bar previews the drag";
    QTest::mouseRelease(&timeline, Qt::LeftButton, {}, from + QPoint(dx, 0));

    EXPECT_DOUBLE_EQ(failures()[0].start, 11);
    EXPECT_DOUBLE_EQ(failures()[0].duration, 6);
    EXPECT_EQ(undoCount(), steps + 1);
    EXPECT_EQ(undoText(), "Move failure");
    EXPECT_NEAR(timeline.barRect(0).left(), timeline.xOf(11), 1);

    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(failures()[0].start, 6);
    EXPECT_NEAR(timeline.barRect(0).left(), timeline.xOf(6), 1) << "drawn from the document";

    // Far to the left: it stops at 0, still a valid event.
    drag(timeline.barRect(0).center(), -pixels(30));
    EXPECT_DOUBLE_EQ(failures()[0].start, 0);
    EXPECT_TRUE(failureProblems(document.design()).empty());
}

TEST_F(FailureTimelineTest, ADragThatChangesNothingPushesNothing) {
    scheduleSlowDb();
    const int steps = undoCount();
    const QPoint from = timeline.barRect(0).center();
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, from);
    // Out and back again.
    QTest::mousePress(&timeline, Qt::LeftButton, {}, from);
    QTest::mouseMove(&timeline, from + QPoint(pixels(4), 0));
    QTest::mouseMove(&timeline, from);
    QTest::mouseRelease(&timeline, Qt::LeftButton, {}, from);
    // Less than half a step.
    drag(from, pixels(0.2));
    EXPECT_EQ(undoCount(), steps);
    EXPECT_DOUBLE_EQ(failures()[0].start, 6);
}

TEST_F(FailureTimelineTest, DraggingAnEdgeChangesItsStartOrEnd) {
    scheduleSlowDb();
    const QRect bar = timeline.barRect(0);
    drag(QPoint(bar.right() - 1, bar.center().y()), pixels(3));
    EXPECT_DOUBLE_EQ(failures()[0].start, 6) << "the start stays";
    EXPECT_DOUBLE_EQ(failures()[0].duration, 9);
    EXPECT_EQ(undoCount(), 2);
    EXPECT_EQ(undoText(), "Resize failure");

    drag(QPoint(timeline.barRect(0).left() + 1, bar.center().y()), -pixels(2));
    EXPECT_DOUBLE_EQ(failures()[0].start, 4);
    EXPECT_DOUBLE_EQ(failures()[0].duration, 11) << "the end stays";
    EXPECT_EQ(undoCount(), 3);

    // The end past the start never: at least a step remains.
    drag(QPoint(timeline.barRect(0).right() - 1, bar.center().y()), -pixels(40));
    EXPECT_DOUBLE_EQ(failures()[0].duration, 0.5);
    EXPECT_TRUE(failureProblems(document.design()).empty());
}

TEST_F(FailureTimelineTest, ArrowKeysNudgeTheSelectedBarAndDeleteRemovesIt) {
    scheduleSlowDb();
    timeline.setFocus();
    QTest::keyClick(&timeline, Qt::Key_Right);
    EXPECT_DOUBLE_EQ(failures()[0].start, 6.5);
    EXPECT_EQ(undoCount(), 2);
    QTest::keyClick(&timeline, Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_DOUBLE_EQ(failures()[0].start, 6.5);
    EXPECT_DOUBLE_EQ(failures()[0].duration, 6.5);
    EXPECT_EQ(undoText(), "Resize failure");
    QTest::keyClick(&timeline, Qt::Key_Left);
    EXPECT_DOUBLE_EQ(failures()[0].start, 6);
    EXPECT_EQ(undoCount(), 4);

    QTest::keyClick(&timeline, Qt::Key_Delete);
    EXPECT_TRUE(failures().empty());
    EXPECT_EQ(undoText(), "Remove failure");
    EXPECT_TRUE(timeline.barRect(0).isEmpty());
}

TEST_F(FailureTimelineTest, RemoveTakesTheSelectedEventOnly) {
    timeline.setSelection({"app"});
    timeline.scenarioAction(FailureScenario::ServerCrash)->trigger();
    timeline.setSelection({"cache"});
    timeline.scenarioAction(FailureScenario::CacheFlush)->trigger();
    ASSERT_EQ(failures().size(), 2u);
    const core::Design before = document.design();
    EXPECT_TRUE(timeline.removeAction()->isEnabled()) << "the new one is selected";

    QTest::mouseClick(&timeline, Qt::LeftButton, {}, timeline.barRect(0).center());
    ASSERT_EQ(timeline.selectedIndex(), 0);
    timeline.removeAction()->trigger();
    ASSERT_EQ(failures().size(), 1u);
    EXPECT_EQ(failures()[0].kind, FailureKind::Flushed);
    expectRoundTrip(before);

    // A click beside the bars selects nothing, and Remove has nothing to do.
    QTest::mouseClick(&timeline, Qt::LeftButton, {}, QPoint(timeline.width() / 2, 2));
    EXPECT_EQ(timeline.selectedIndex(), -1);
    EXPECT_FALSE(timeline.removeAction()->isEnabled());
}

TEST_F(FailureTimelineTest, DoubleClickEditsTheNumbersInOneStep) {
    scheduleSlowDb();
    const core::Design before = document.design();
    whenShown<FailureEventDialog>([](FailureEventDialog* dialog) {
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("failureStart"))->setValue(20);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("failureFactor"))->setValue(4);
        dialog->accept();
    });
    QTest::mouseDClick(&timeline, Qt::LeftButton, {}, timeline.barRect(0).center());
    EXPECT_DOUBLE_EQ(failures()[0].start, 20);
    EXPECT_DOUBLE_EQ(failures()[0].duration, 6) << "kept exactly";
    EXPECT_DOUBLE_EQ(failures()[0].factor, 4);
    EXPECT_EQ(undoCount(), 2);
    EXPECT_EQ(undoText(), "Edit failure");
    EXPECT_EQ(timeline.rowLabel(0), "Links DB slowed ×4");
    expectRoundTrip(before);

    // Cancelled, or OK with nothing changed: no step.
    whenShown<FailureEventDialog>([](FailureEventDialog* dialog) { dialog->accept(); });
    timeline.editFailure(0);
    whenShown<FailureEventDialog>([](FailureEventDialog* dialog) { dialog->reject(); });
    timeline.editFailure(0);
    EXPECT_EQ(undoCount(), 2);
}

TEST_F(FailureTimelineTest, AddAsksForWhatTheSelectionDoesNotSay) {
    timeline.setSelection({});
    // Slowed x k with nothing selected: which component, then the factor.
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        EXPECT_TRUE(dialog->comboBoxItems().contains("Links DB (db)"));
        EXPECT_FALSE(dialog->comboBoxItems().contains("Users (users)")) << "serves nothing";
        dialog->setTextValue("Links DB (db)");
        whenShown<QInputDialog>([](QInputDialog* factor) {
            EXPECT_DOUBLE_EQ(factor->doubleValue(), kDefaultSlowFactor);
            factor->setDoubleValue(4);
            factor->accept();
        });
        dialog->accept();
    });
    QAction* slowed = timeline.addMenu()->actions().at(2);
    ASSERT_TRUE(slowed->text().startsWith("Slowed"));
    slowed->trigger();
    ASSERT_EQ(failures().size(), 1u);
    EXPECT_EQ(failures()[0].kind, FailureKind::Slow);
    EXPECT_EQ(failures()[0].target, "db");
    EXPECT_DOUBLE_EQ(failures()[0].factor, 4);

    // Zone down with app selected: its zone is offered first.
    timeline.setSelection({"app"});
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        EXPECT_EQ(dialog->textValue(), "us-east-1a (az-a)");
        dialog->accept();
    });
    QAction* zoneDown = timeline.addMenu()->actions().at(5);
    ASSERT_TRUE(zoneDown->text().startsWith("Zone down"));
    zoneDown->trigger();
    ASSERT_EQ(failures().size(), 2u);
    EXPECT_EQ(failures()[1].kind, FailureKind::ZoneDown);
    EXPECT_EQ(failures()[1].target, "az-a");

    // Down, refusing on the selection asks nothing.
    timeline.addMenu()->actions().at(1)->trigger();
    ASSERT_EQ(failures().size(), 3u);
    EXPECT_EQ(failures()[2].target, "app");
    EXPECT_EQ(failures()[2].crashMode, core::CrashMode::Refuse);
    EXPECT_EQ(undoCount(), 3);
    EXPECT_EQ(failureProblems(document.design()), std::vector<std::string>{});
}

TEST_F(FailureTimelineTest, ADesignOpenedRedrawsFromItsTimeline) {
    const auto colorAt = [&](const QPoint& pos) {
        const QImage image = timeline.grab().toImage();
        return image.pixelColor(pos * image.devicePixelRatio());
    };
    document.reset(example("one-server-down"));
    ASSERT_EQ(timeline.rowLabel(0), "Shortener service: 1 of 2 instances down, refusing");
    EXPECT_EQ(timeline.rowLabel(1), "URL database slowed ×4");
    const QRect bar = timeline.barRect(0);
    EXPECT_NEAR(bar.left(), timeline.xOf(5), 1);
    EXPECT_NEAR(bar.right(), timeline.xOf(15), 1);
    EXPECT_GT(timeline.barRect(1).top(), bar.bottom()) << "a row each";
    const QColor inside = colorAt(bar.center());
    EXPECT_GT(inside.red(), 150);
    EXPECT_LT(inside.green(), 100) << "a down event is drawn red";

    document.reset(example("dns-failover"));
    EXPECT_EQ(timeline.rowLabel(0), "us-east-1 zone down");
    EXPECT_TRUE(timeline.rowLabel(1).isEmpty());
    EXPECT_GT(timeline.axisEnd(), 90) << "the axis reaches the event's end (30 s + 60 s)";
    EXPECT_EQ(timeline.selectedIndex(), -1);

    document.reset(sampleDesign());
    EXPECT_TRUE(timeline.barRect(0).isEmpty());
    EXPECT_GT(colorAt(bar.center()).green(), 150) << "no bar drawn there any more";
}

TEST_F(FailureTimelineTest, EveryCommandRoundTrips) {
    core::FailureEvent crash;
    crash.kind = FailureKind::Down;
    crash.target = "app";
    crash.start = 10;
    crash.duration = 5;
    const auto push = [&](std::vector<core::FailureEvent> after, EditFailuresCommand::Action a) {
        return roundTrip(document, new EditFailuresCommand(document.model(), std::move(after), a),
                         [](const core::Design& d) {
                             EXPECT_EQ(d.name, "Sample");
                             EXPECT_EQ(d.components, sampleDesign().components);
                         });
    };
    using Action = EditFailuresCommand::Action;
    push({crash}, Action::Schedule);
    EXPECT_EQ(undoText(), "Schedule failure");
    core::FailureEvent later = crash;
    later.start = 12;
    push({later}, Action::Move);
    EXPECT_EQ(undoText(), "Move failure");
    later.duration = 8;
    push({later}, Action::Resize);
    EXPECT_EQ(undoText(), "Resize failure");
    later.crashMode = core::CrashMode::Refuse;
    push({later}, Action::Edit);
    EXPECT_EQ(undoText(), "Edit failure");
    push({}, Action::Remove);
    EXPECT_EQ(undoText(), "Remove failure");

    const int steps = undoCount();
    document.push(new EditFailuresCommand(document.model(), {}, Action::Edit));
    EXPECT_EQ(undoCount(), steps) << "a command that changes nothing is dropped";
}

TEST_F(FailureTimelineTest, DeletingItsTargetTakesTheEventAndUndoBringsItBack) {
    scheduleSlowDb();
    document.push(new DeleteCommand(document.model(), {"db"}));
    EXPECT_TRUE(failures().empty()) << "the design stays valid";
    EXPECT_TRUE(failureProblems(document.design()).empty());
    document.undoStack()->undo();
    ASSERT_EQ(failures().size(), 1u);
    EXPECT_EQ(failures()[0].target, "db");
    EXPECT_TRUE(timeline.rowLabel(0).endsWith(QStringLiteral("slowed ×10")));
    document.undoStack()->redo();
    EXPECT_TRUE(failures().empty());
}

TEST_F(FailureTimelineTest, TheAxisFollowsTheRunsDuration) {
    EXPECT_DOUBLE_EQ(timeline.axisEnd(), FailureTimeline::kDefaultDuration);
    timeline.setDuration(600);
    EXPECT_DOUBLE_EQ(timeline.axisEnd(), 600);
    EXPECT_DOUBLE_EQ(timeline.snapStep(), 1) << "whole seconds on a long axis";
    timeline.setSelection({"app"});
    timeline.scenarioAction(FailureScenario::SlowDependency)->trigger();
    ASSERT_EQ(failures().size(), 1u);
    EXPECT_DOUBLE_EQ(failures()[0].start, 60) << "a tenth of the axis";
    EXPECT_DOUBLE_EQ(failures()[0].duration, 60);
    drag(timeline.barRect(0).center(), pixels(100.3));
    EXPECT_DOUBLE_EQ(failures()[0].start, 160);

    timeline.setDuration(100);
    EXPECT_DOUBLE_EQ(timeline.axisEnd(), 220 * 1.05) << "room after an event past the run";
    timeline.setDuration(1e5);
    EXPECT_DOUBLE_EQ(timeline.snapStep(), 100);
}

} // namespace
} // namespace studio::widgets::test
