#include "MainWindow.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "SampleDesign.h"
#include "StudioDocument.h"

#include "format/DesignJson.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class MainWindowTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& content) {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QString writeSample() {
        return write("sample.json",
                     QByteArray::fromStdString(core::designToJson(test::sampleDesign())));
    }

    // The problems box the last failed open showed; closes it.
    QString takeProblems() {
        auto* box = window.findChild<QMessageBox*>("problemsBox");
        if (!box)
            return {};
        const QString text =
            box->text() + '\n' + box->informativeText() + '\n' + box->detailedText();
        box->close();
        delete box;
        return text;
    }

    QTemporaryDir dir;
    MainWindow window;
};

TEST_F(MainWindowTest, StartsEmpty) {
    EXPECT_EQ(window.windowTitle(), "System Design Studio");
    EXPECT_EQ(window.scene()->componentCount(), 0u);
}

TEST_F(MainWindowTest, QuitsWithTheStandardShortcut) {
    QList<QKeySequence> expected = QKeySequence::keyBindings(QKeySequence::Quit);
    if (expected.isEmpty())
        expected.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    const QMenu* file = window.menuBar()->actions().front()->menu();
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->title(), "&File");
    const QAction* quit = file->actions().back();
    EXPECT_EQ(quit->text(), "&Quit");
    EXPECT_EQ(quit->shortcuts(), expected);
}

TEST_F(MainWindowTest, OpensADesign) {
    window.show();
    ASSERT_TRUE(window.openFile(writeSample())) << takeProblems().toStdString();
    const core::Design sample = test::sampleDesign();
    EXPECT_EQ(window.windowTitle(), "Sample — System Design Studio");
    EXPECT_EQ(window.scene()->componentCount(), sample.components.size());
    EXPECT_EQ(window.scene()->linkCount(), sample.links.size());
    EXPECT_EQ(window.document()->filePath(), dir.filePath("sample.json"));
    // Fitted: the whole design is in view.
    const QRectF visible =
        window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(window.scene()->designRect()));
}

TEST_F(MainWindowTest, ListsEveryProblemOfAFileItCannotOpen) {
    const QString path = write("broken.json", "this is not JSON");
    EXPECT_FALSE(window.openFile(path));
    const QString problems = takeProblems();
    EXPECT_TRUE(problems.contains("broken.json")) << problems.toStdString();
    EXPECT_EQ(window.scene()->componentCount(), 0u);
    EXPECT_EQ(window.windowTitle(), "System Design Studio");
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
    EXPECT_EQ(window.windowTitle(), "Sample — System Design Studio");
    EXPECT_EQ(window.document()->design(), test::sampleDesign());
    EXPECT_EQ(window.scene()->componentCount(), test::sampleDesign().components.size());
}

} // namespace
} // namespace studio::widgets
