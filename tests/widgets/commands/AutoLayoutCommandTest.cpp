// Auto-layout as one undo step: redo -> undo -> redo, the whole design or a selection, and
// Arrange > Auto-Layout in the main window.
#include "CommandRoundTrip.h"
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/commands/AutoLayoutCommand.h"
#include "widgets/window/EditActions.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace studio;
using namespace studio::widgets;

namespace {

bool overlap(const core::Rect& a, const core::Rect& b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
           b.y < a.y + a.height;
}

class AutoLayoutCommandTest : public test::CommandFixture {
protected:
    // Twice over: undo gives back the design before and redo the one after, each time.
    core::Design roundTrip(QUndoCommand* command) {
        return CommandFixture::roundTrip(command, {}, /*cycles=*/2);
    }
};

} // namespace

TEST_F(AutoLayoutCommandTest, TheWholeDesignIsOneUndoStep) {
    const core::Design before = document.design();
    const core::Design after = roundTrip(new AutoLayoutCommand(document.model()));
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Auto-Layout"));
    for (std::size_t i = 0; i < after.components.size(); ++i) {
        EXPECT_EQ(after.components[i].zone, before.components[i].zone);
        for (std::size_t j = i + 1; j < after.components.size(); ++j)
            EXPECT_FALSE(overlap(after.components[i].rect, after.components[j].rect))
                << after.components[i].id << " and " << after.components[j].id;
    }
    EXPECT_LT(after.findComponent("users")->rect.x, after.findComponent("lb")->rect.x);
}

TEST_F(AutoLayoutCommandTest, ASelectionMovesOnlyItsComponents) {
    const core::Design before = document.design();
    const core::Design after =
        roundTrip(new AutoLayoutCommand(document.model(), {"queue", "counter", "note"}));
    for (const auto& c : before.components)
        if (c.id != "queue" && c.id != "counter" && c.id != "note")
            EXPECT_EQ(*after.findComponent(c.id), c) << c.id;
    EXPECT_EQ(after.zones, before.zones);
}

TEST_F(AutoLayoutCommandTest, AnAlreadyLaidOutDesignGivesNoStep) {
    document.push(new AutoLayoutCommand(document.model()));
    const int depth = document.undoStack()->count();
    auto* again = new AutoLayoutCommand(document.model());
    EXPECT_TRUE(again->isEmpty()) << "deterministic: laying out twice changes nothing";
    delete again;
    EXPECT_EQ(document.undoStack()->count(), depth);
}

TEST(AutoLayoutAction, ArrangeMenuLaysOutTheDesignAndFitsTheView) {
    MainWindow window;
    StudioDocument* document = window.document();
    ASSERT_NE(document, nullptr);
    document->reset(test::sampleDesign());
    QAction* action = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* item : menu->menu()->actions())
                if (item->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L))
                    action = item;
    ASSERT_NE(action, nullptr) << "Arrange > Auto-Layout with Ctrl+Shift+L";
    QSignalSpy laidOut(window.editActions(), &EditActions::designLaidOut);
    const core::Design before = document->design();
    action->trigger();
    EXPECT_NE(document->design(), before);
    EXPECT_EQ(laidOut.count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(document->design(), before);
}
