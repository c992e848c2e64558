#include "WindowTestSupport.h"
#include "library/LibraryFixture.h"

#include "widgets/help/MenuShortcuts.h"
#include "widgets/help/UserGuideDialog.h"
#include "widgets/help/UserGuideSections.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QRegularExpression>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <memory>

namespace studio::widgets {
namespace {

const QStringList kAnchors = {"design",   "connect", "inspector", "estimate",
                              "simulate", "library", "practice",  "export"};

TEST(UserGuideTest, HasAllItsSections) {
    const QList<GuideSection> sections = userGuideSections();
    QStringList anchors;
    for (const GuideSection& section : sections)
        anchors << section.anchor;
    EXPECT_EQ(anchors, kAnchors);

    UserGuideDialog guide;
    const QString html = guide.browser()->toHtml();
    const QString text = guide.browser()->toPlainText();
    for (const GuideSection& section : sections) {
        EXPECT_FALSE(section.title.isEmpty()) << section.anchor.toStdString();
        EXPECT_GT(section.html.size(), 200) << section.anchor.toStdString();
        EXPECT_TRUE(html.contains("href=\"#" + section.anchor + "\""))
            << section.anchor.toStdString() << ": no link in the contents";
        EXPECT_TRUE(html.contains("name=\"" + section.anchor + "\""))
            << section.anchor.toStdString() << ": no anchor";
        EXPECT_GE(text.count(section.title), 2) << "in the contents and as a heading";
    }
}

// Every "Menu › Command" the guide names in bold is a command of a real window's menus.
class UserGuideMenusTest : public test::LibraryFixture {};

TEST_F(UserGuideMenusTest, NamesOnlyCommandsTheMenusHave) {
    MainWindow window(library.get());
    const QRegularExpression path(QStringLiteral("<b>([^<›]+) › ([^<]+)</b>"));
    int checked = 0;
    for (const GuideSection& section : userGuideSections()) {
        for (const auto& match : path.globalMatch(section.html)) {
            const QString menuTitle = match.captured(1).trimmed();
            const QString command = match.captured(2).trimmed();
            const QMenu* menu = nullptr;
            for (const QAction* entry : window.menuBar()->actions())
                if (withoutMnemonics(entry->text()) == menuTitle)
                    menu = entry->menu();
            ASSERT_NE(menu, nullptr) << menuTitle.toStdString();
            bool found = false;
            for (const QAction* action : menu->actions())
                found = found || withoutMnemonics(action->text()) == command;
            EXPECT_TRUE(found) << menuTitle.toStdString() << " › " << command.toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 12);
}

TEST(UserGuideTest, TheHelpMenuOpensOneGuide) {
    MainWindow window;
    QAction* open = nullptr;
    for (QAction* action : test::menuTitled(window, "&Help")->actions())
        if (action->text() == "&User Guide")
            open = action;
    ASSERT_NE(open, nullptr);
    open->trigger();
    open->trigger();
    const auto guides = window.findChildren<UserGuideDialog*>();
    ASSERT_EQ(guides.size(), 1);
    EXPECT_TRUE(guides.front()->isVisible());
}

} // namespace
} // namespace studio::widgets
