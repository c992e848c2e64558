#include "WindowTestSupport.h"

#include "widgets/help/MenuShortcuts.h"
#include "widgets/help/ShortcutsDialog.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QKeySequence>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class ShortcutsDialogTest : public ::testing::Test {
protected:
    // The row `command` under the heading `section`, or nullptr.
    static QTreeWidgetItem* row(const ShortcutsDialog& sheet, const QString& section,
                                const QString& command) {
        const QTreeWidget* tree = sheet.tree();
        for (int s = 0; s < tree->topLevelItemCount(); ++s) {
            QTreeWidgetItem* heading = tree->topLevelItem(s);
            if (heading->text(0) != section)
                continue;
            for (int i = 0; i < heading->childCount(); ++i)
                if (heading->child(i)->text(0) == command)
                    return heading->child(i);
        }
        return nullptr;
    }

    static int shownRows(const ShortcutsDialog& sheet) {
        int shown = 0;
        const QTreeWidget* tree = sheet.tree();
        for (int s = 0; s < tree->topLevelItemCount(); ++s)
            for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i)
                shown += tree->topLevelItem(s)->child(i)->isHidden() ? 0 : 1;
        return shown;
    }

    static QString native(const QKeySequence& key) {
        return key.toString(QKeySequence::NativeText);
    }

    ShortcutsDialog* sheetOf() const {
        return window.findChild<ShortcutsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    }

    MainWindow window;
};

TEST_F(ShortcutsDialogTest, ListsTheWindowsSaveWithItsShortcut) {
    ShortcutsDialog sheet(window.menuBar());
    const QTreeWidgetItem* save = row(sheet, "File", "Save");
    ASSERT_NE(save, nullptr);
    EXPECT_EQ(save->text(1), native(QKeySequence(QKeySequence::Save)));
    EXPECT_TRUE(save->text(1).contains(native(QKeySequence(Qt::CTRL | Qt::Key_S))));
    // Every shortcut of a command, in the platform's notation.
    const QTreeWidgetItem* fit = row(sheet, "View", "Fit to Window");
    ASSERT_NE(fit, nullptr);
    EXPECT_EQ(fit->text(1), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)) + ", " +
                                native(QKeySequence(Qt::SHIFT | Qt::Key_1)));
    // A command without a shortcut is not a row.
    EXPECT_EQ(row(sheet, "File", "Add to Library"), nullptr);
}

TEST_F(ShortcutsDialogTest, IsMadeFromTheMenusWhenItOpens) {
    ShortcutsDialog* sheet = ShortcutsDialog::showFor(&window);
    EXPECT_EQ(row(*sheet, "View", "Frobnicate"), nullptr);
    QMenu* view = test::menuTitled(window, "&View");
    ASSERT_NE(view, nullptr);
    QAction* added = view->addAction("&Frobnicate");
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    QMenu* file = test::menuTitled(window, "&File");
    ASSERT_NE(file, nullptr);
    QMenu* sub = file->addMenu("&More");
    sub->addAction("&Deeper")->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));

    EXPECT_EQ(ShortcutsDialog::showFor(&window), sheet) << "one sheet per window";
    const QTreeWidgetItem* frobnicate = row(*sheet, "View", "Frobnicate");
    ASSERT_NE(frobnicate, nullptr);
    EXPECT_EQ(frobnicate->text(1), native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F)));
    EXPECT_NE(row(*sheet, "File", "More › Deeper"), nullptr)
        << "a submenu's command, with its path";
}

TEST_F(ShortcutsDialogTest, FilterNarrowsTheRows) {
    ShortcutsDialog sheet(window.menuBar());
    const int all = shownRows(sheet);
    ASSERT_GT(all, 20);

    QTest::keyClicks(sheet.filterBox(), "save");
    const int saving = shownRows(sheet);
    EXPECT_GT(saving, 0);
    EXPECT_LT(saving, all);
    EXPECT_FALSE(row(sheet, "File", "Save")->isHidden());
    EXPECT_TRUE(row(sheet, "Edit", "Cut")->isHidden());
    // By key: F5 runs the simulation.
    sheet.setFilter(native(QKeySequence(Qt::Key_F5)));
    EXPECT_EQ(sheet.filterBox()->text(), native(QKeySequence(Qt::Key_F5)));
    EXPECT_FALSE(row(sheet, "Simulate", "Run Simulation")->isHidden());
    EXPECT_TRUE(row(sheet, "File", "Save")->isHidden());

    sheet.setFilter("no such command anywhere");
    EXPECT_EQ(shownRows(sheet), 0);
    sheet.setFilter({});
    EXPECT_EQ(shownRows(sheet), all);
}

TEST_F(ShortcutsDialogTest, ListsTheCanvasGestures) {
    ShortcutsDialog sheet(window.menuBar());
    const QTreeWidgetItem* pan = row(sheet, "Canvas", "Pan");
    ASSERT_NE(pan, nullptr);
    EXPECT_TRUE(pan->text(1).contains("Middle-drag"));
    EXPECT_TRUE(pan->text(1).contains(native(QKeySequence(Qt::Key_Space))));
    const QTreeWidgetItem* zoom = row(sheet, "Canvas", "Zoom around the pointer");
    ASSERT_NE(zoom, nullptr);
    EXPECT_TRUE(zoom->text(1).startsWith(native(QKeySequence(Qt::CTRL | Qt::Key_A)).chopped(1)));
    EXPECT_NE(row(sheet, "Canvas", "Connect two components"), nullptr);
    EXPECT_NE(row(sheet, "Canvas", "Add a component"), nullptr);
}

TEST_F(ShortcutsDialogTest, F1AndCtrlSlashOpenItFromTheWindow) {
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_EQ(sheetOf(), nullptr);

    QTest::keyClick(&window, Qt::Key_F1);
    ASSERT_NE(sheetOf(), nullptr);
    EXPECT_TRUE(sheetOf()->isVisible());
    sheetOf()->close();
    EXPECT_FALSE(sheetOf()->isVisible());

    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    EXPECT_TRUE(sheetOf()->isVisible());
}

TEST(MenuShortcutsTest, MnemonicsAreDropped) {
    EXPECT_EQ(withoutMnemonics("&Save"), "Save");
    EXPECT_EQ(withoutMnemonics("Save &As…"), "Save As…");
    EXPECT_EQ(withoutMnemonics("R&&D"), "R&D");
    EXPECT_EQ(withoutMnemonics("Plain"), "Plain");
}

} // namespace
} // namespace studio::widgets
