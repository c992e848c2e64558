// Edit > Connect: a checkable action with its own shortcut, on the Tools bar, that switches the
// canvas's connect mode both ways.
#include "WindowTestSupport.h"

#include "widgets/canvas/DesignScene.h"
#include "widgets/window/EditActions.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QToolBar>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

TEST(ConnectActionTest, EditMenuAndToolbarSwitchConnectMode) {
    MainWindow window;
    QAction* connect = window.editActions()->connectAction();
    ASSERT_NE(connect, nullptr);
    EXPECT_TRUE(connect->isCheckable());
    EXPECT_EQ(connect->shortcut(), QKeySequence(Qt::Key_C));
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action == connect)
            continue;
        for (const QKeySequence& key : action->shortcuts())
            EXPECT_NE(key, connect->shortcut()) << action->text().toStdString();
    }
    EXPECT_TRUE(test::menuTitled(window, "&Edit")->actions().contains(connect));
    auto* tools = window.findChild<QToolBar*>(QStringLiteral("toolsToolBar"));
    ASSERT_NE(tools, nullptr);
    EXPECT_TRUE(tools->actions().contains(connect));

    connect->trigger();
    EXPECT_TRUE(window.scene()->connectMode());
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(window.scene(), &escape);
    EXPECT_FALSE(window.scene()->connectMode());
    EXPECT_FALSE(connect->isChecked());
}

} // namespace
} // namespace studio::widgets
