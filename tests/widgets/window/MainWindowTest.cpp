#include "SampleDesign.h"
#include "WindowTestSupport.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/window/EditActions.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include "format/DesignFile.h"
#include "format/DesignJson.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::widgets {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& content) {
        return test::writeFile(dir, name, content);
    }

    QString writeSample() {
        return write("sample.json",
                     QByteArray::fromStdString(core::designToJson(test::sampleDesign())));
    }

    // The text of the problems box the last failed open or save showed; closes it.
    QString takeProblems() { return test::takeMessageBox(window, "problemsBox"); }

    void edit() {
        window.document()->push(new RenameCommand(window.document()->model(), "db", "Orders"));
    }

    QMenu* menu(const QString& title) const { return test::menuTitled(window, title); }

    QTemporaryDir dir;
    MainWindow window;
};

TEST_F(MainWindowTest, StartsEmptyAndUnsaved) {
    EXPECT_TRUE(window.windowTitle().contains("Untitled"));
    EXPECT_EQ(window.scene()->componentCount(), 0u);
    EXPECT_FALSE(window.isWindowModified());
}

TEST_F(MainWindowTest, QuitsWithTheStandardShortcut) {
    QList<QKeySequence> expected = QKeySequence::keyBindings(QKeySequence::Quit);
    if (expected.isEmpty())
        expected.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    const QMenu* file = menu("&File");
    ASSERT_NE(file, nullptr);
    const QAction* quit = file->actions().back();
    EXPECT_EQ(quit->text(), "&Quit");
    EXPECT_EQ(quit->shortcuts(), expected);
}

TEST_F(MainWindowTest, OpensADesignAndSaysWhereItLives) {
    window.show();
    ASSERT_TRUE(window.openFile(writeSample())) << takeProblems().toStdString();
    const core::Design sample = test::sampleDesign();
    EXPECT_TRUE(window.windowTitle().startsWith("Sample (sample.json)"))
        << window.windowTitle().toStdString();
    EXPECT_EQ(window.scene()->componentCount(), sample.components.size());
    EXPECT_EQ(window.scene()->linkCount(), sample.links.size());
    EXPECT_EQ(window.document()->filePath(), dir.filePath("sample.json"));
    EXPECT_EQ(window.fileActions()->recentFiles().value(0), dir.filePath("sample.json"));
    // Opened readable: whole when it reads at 80% or more, else at 100% from its top left.
    const QRectF visible = window.view()->visibleSceneRect();
    const QRectF design = window.scene()->designRect();
    EXPECT_GE(window.view()->zoom(), DesignView::kReadableZoom);
    EXPECT_TRUE(visible.contains(design) ||
                (window.view()->zoom() == 1 && visible.contains(design.topLeft())));
}

TEST_F(MainWindowTest, ListsEveryProblemOfAFileItCannotOpen) {
    const QString path = write("broken.json", "this is not JSON");
    EXPECT_FALSE(window.openFile(path));
    const QString problems = takeProblems();
    EXPECT_TRUE(problems.contains("broken.json")) << problems.toStdString();
    EXPECT_EQ(window.scene()->componentCount(), 0u);
}

TEST_F(MainWindowTest, ReportsAMissingFile) {
    EXPECT_FALSE(window.openFile(dir.filePath("nowhere.json")));
    EXPECT_TRUE(takeProblems().contains("nowhere.json"));
}

TEST_F(MainWindowTest, KeepsTheOpenDesignWhenAnotherFailsToOpen) {
    ASSERT_TRUE(window.openFile(writeSample())) << takeProblems().toStdString();
    core::Design invalid = test::sampleDesign();
    invalid.name = "Invalid";
    invalid.links.front().to = "ghost";
    const QString path =
        write("invalid.json", QByteArray::fromStdString(core::designToJson(invalid)));
    EXPECT_FALSE(window.openFile(path));
    const QString problems = takeProblems();
    EXPECT_TRUE(problems.contains("invalid.json: links[0]")) << problems.toStdString();
    EXPECT_TRUE(problems.contains("ghost")) << problems.toStdString();
    EXPECT_EQ(window.document()->design(), test::sampleDesign());
}

TEST_F(MainWindowTest, SavesAndClearsTheUnsavedMarker) {
    ASSERT_TRUE(window.openFile(writeSample()));
    edit();
    EXPECT_TRUE(window.isWindowModified());
    const QString path = dir.filePath("saved.json");
    ASSERT_TRUE(window.fileActions()->saveTo(path)) << takeProblems().toStdString();
    EXPECT_FALSE(window.isWindowModified());
    auto reopened = core::loadDesignFile(path.toStdString());
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value(), window.document()->design());
    EXPECT_EQ(window.document()->filePath(), path);
}

TEST_F(MainWindowTest, AFailedSaveSaysWhyAndKeepsTheMarker) {
    ASSERT_TRUE(window.openFile(writeSample()));
    edit();
    const QString blocked = write("not-a-dir", "a file") + "/design.json";
    EXPECT_FALSE(window.fileActions()->saveTo(blocked));
    const QString problems = takeProblems();
    EXPECT_TRUE(problems.contains("cannot be saved")) << problems.toStdString();
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.document()->isModified());
    EXPECT_EQ(window.document()->filePath(), dir.filePath("sample.json"));
}

TEST_F(MainWindowTest, ClosingWithUnsavedWorkAsksFirst) {
    window.show();
    ASSERT_TRUE(window.openFile(writeSample()));
    edit();
    int asked = 0;
    window.fileActions()->askToSave = [&] {
        ++asked;
        return QMessageBox::Cancel;
    };
    EXPECT_FALSE(window.close());
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(window.isVisible());
    window.fileActions()->askToSave = [&] {
        ++asked;
        return QMessageBox::Discard;
    };
    EXPECT_TRUE(window.close());
    EXPECT_EQ(asked, 2);
}

TEST_F(MainWindowTest, NothingToAskWhenEverythingIsSaved) {
    window.show();
    window.fileActions()->askToSave = [] {
        ADD_FAILURE() << "asked although nothing changed";
        return QMessageBox::Cancel;
    };
    EXPECT_TRUE(window.close());
}

TEST_F(MainWindowTest, TheEditMenuSaysWhatUndoWillDo) {
    ASSERT_TRUE(window.openFile(writeSample()));
    edit();
    EXPECT_EQ(window.editActions()->undoAction()->text(), "&Undo Rename Links DB");
    window.editActions()->undoAction()->trigger();
    EXPECT_EQ(window.editActions()->redoAction()->text(), "&Redo Rename Links DB");
    EXPECT_EQ(window.document()->design(), test::sampleDesign());
}

TEST_F(MainWindowTest, CopyPasteKeepsInternalLinksWithNewIds) {
    ASSERT_TRUE(window.openFile(writeSample()));
    window.scene()->selectIds({"app", "cache"});
    window.editActions()->copy();
    window.editActions()->paste();
    const core::Design& design = window.document()->design();
    ASSERT_EQ(design.components.size(), test::sampleDesign().components.size() + 2);
    const core::Link& pasted = design.links.back();
    EXPECT_EQ(pasted.from, "app-2");
    EXPECT_EQ(pasted.to, "cache-2");
    const auto selected = window.scene()->selectedIds();
    EXPECT_NE(std::find(selected.begin(), selected.end(), "app-2"), selected.end());
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    EXPECT_EQ(design, test::sampleDesign());
}

TEST_F(MainWindowTest, PasteAndGroupSelectWhatTheyAdded) {
    ASSERT_TRUE(window.openFile(writeSample()));
    window.scene()->selectIds({"app", "cache"});
    window.editActions()->copy();
    window.editActions()->paste();
    const core::Design& design = window.document()->design();
    auto selected = window.scene()->selectedIds();
    std::sort(selected.begin(), selected.end());
    std::vector<std::string> added{"app-2", "cache-2", design.links.back().id};
    std::sort(added.begin(), added.end());
    EXPECT_EQ(selected, added);

    window.editActions()->group();
    ASSERT_FALSE(design.zones.empty());
    EXPECT_EQ(window.scene()->selectedIds(), (std::vector<std::string>{design.zones.back().id}));
}

TEST_F(MainWindowTest, CutRemovesAndPasteBringsBack) {
    ASSERT_TRUE(window.openFile(writeSample()));
    window.scene()->selectIds({"queue"});
    window.editActions()->cut();
    EXPECT_EQ(window.document()->design().findComponent("queue"), nullptr);
    window.editActions()->paste();
    EXPECT_NE(window.document()->design().findComponent("queue"), nullptr)
        << "the id is free again";
}

TEST_F(MainWindowTest, PaletteAndInspectorAreDocked) {
    EXPECT_NE(window.palette(), nullptr);
    EXPECT_NE(window.inspector(), nullptr);
    EXPECT_NE(window.findChild<QDockWidget*>("paletteDock"), nullptr);
    EXPECT_NE(window.findChild<QDockWidget*>("inspectorDock"), nullptr);
}

} // namespace
} // namespace studio::widgets
