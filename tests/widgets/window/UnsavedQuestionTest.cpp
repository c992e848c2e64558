// The unsaved-changes question follows the open design's own clean state: a design opened
// from a PNG (new and unsaved) asks once; after it is discarded nothing else asks.
#include "SampleDesign.h"
#include "WindowTestSupport.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/commands/DesignCommands.h"
#include "widgets/export/PngDesign.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include <QAction>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class UnsavedQuestionTest : public ::testing::Test {
protected:
    void SetUp() override {
        window.fileActions()->askToSave = [this] {
            ++asked;
            return QMessageBox::Discard;
        };
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QString writePng() {
        QImage image(64, 48, QImage::Format_ARGB32);
        image.fill(Qt::white);
        embedDesign(image, test::sampleDesign());
        const QString path = dir.filePath("sample.png");
        EXPECT_TRUE(image.save(path, "PNG"));
        return path;
    }

    QAction* fileAction(const QString& text) const {
        for (QAction* action : test::menuTitled(window, "&File")->actions())
            if (action->text() == text)
                return action;
        ADD_FAILURE() << "no File action " << text.toStdString();
        return nullptr;
    }

    QTemporaryDir dir;
    MainWindow window;
    int asked = 0;
};

TEST_F(UnsavedQuestionTest, AfterAPngDesignIsDiscardedLaterDesignsAreClean) {
    ASSERT_TRUE(window.openFile(writePng()));
    EXPECT_EQ(asked, 0);                          // the empty design had nothing to save
    EXPECT_TRUE(window.document()->isModified()); // the PNG's design is new and unsaved
    EXPECT_TRUE(window.isWindowModified());

    QAction* newDesign = fileAction("&New");
    ASSERT_NE(newDesign, nullptr);
    newDesign->trigger();
    EXPECT_EQ(asked, 1); // the PNG's design, discarded
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.document()->undoStack()->isClean());

    // Nothing modified since: neither New nor closing asks.
    newDesign->trigger();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(window.close());
    EXPECT_EQ(asked, 1);
}

TEST_F(UnsavedQuestionTest, AnEditAfterwardsAsksAndItsUndoDoesNot) {
    ASSERT_TRUE(window.openFile(writePng()));
    fileAction("&New")->trigger();
    ASSERT_EQ(asked, 1);

    window.document()->reset(test::sampleDesign());
    EXPECT_FALSE(window.document()->isModified());
    window.document()->push(new RenameCommand(window.document()->model(), "db", "Orders"));
    EXPECT_TRUE(window.isWindowModified());
    window.document()->undoStack()->undo();
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_TRUE(window.close());
    EXPECT_EQ(asked, 1);
}

} // namespace
} // namespace studio::widgets
