// File > Export, Edit > Copy as Image and File > Open of an exported PNG, in the studio.
#include "ExportTestSupport.h"
#include "SampleDesign.h"
#include "WindowTestSupport.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/export/PngDesign.h"
#include "widgets/window/ExportActions.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include "document/Fragment.h"
#include "format/AnyDesignFile.h"
#include "format/DesignJson.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class ExportActionsTest : public ::testing::Test {
protected:
    void SetUp() override { window.document()->reset(test::sampleDesign()); }

    ExportActions& exports() { return *window.exportActions(); }
    std::string json() const { return core::designToJson(window.document()->design()); }

    // The text of the message box an export or open showed (by object name); closes it.
    QString takeBox(const char* name) { return test::takeMessageBox(window, name); }

    QMenu* menu(const QString& title) const { return test::menuTitled(window, title); }

    QTemporaryDir dir;
    MainWindow window;
};

TEST_F(ExportActionsTest, MenusOfferEachFormatAndCopyAsImage) {
    const QMenu* file = menu("&File");
    ASSERT_NE(file, nullptr);
    const auto* exportMenu = file->findChild<QMenu*>("exportMenu");
    ASSERT_NE(exportMenu, nullptr);
    QStringList names;
    for (const QAction* action : exportMenu->actions())
        names.append(action->objectName());
    EXPECT_EQ(names, QStringList({"exportPng", "exportSvg", "exportPdf"}));
    const QMenu* edit = menu("&Edit");
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->actions().contains(exports().copyAsImageAction()));
    EXPECT_TRUE(exports().copyAsImageAction()->isEnabled());
    window.document()->reset(core::Design{});
    EXPECT_FALSE(exports().copyAsImageAction()->isEnabled());
}

TEST_F(ExportActionsTest, ExportAsAsksThenWritesAndReopensAsTheSameDesign) {
    const QString path = dir.filePath("sample.png");
    ExportFormat asked = ExportFormat::Svg;
    exports().askChoice = [&](ExportFormat format, bool) {
        asked = format;
        return std::optional<ExportChoice>(ExportChoice{});
    };
    exports().askPath = [&](ExportFormat, const QString& suggested) {
        EXPECT_TRUE(suggested.endsWith(".png")) << suggested.toStdString();
        return path;
    };
    const std::string before = json();
    exports().exportAs(ExportFormat::Png);
    EXPECT_EQ(asked, ExportFormat::Png);
    ASSERT_TRUE(QFile::exists(path)) << takeBox("exportErrorBox").toStdString();
    EXPECT_EQ(json(), before);
    EXPECT_FALSE(window.document()->isModified());

    window.document()->reset(core::Design{});
    ASSERT_TRUE(window.openFile(path)) << takeBox("problemsBox").toStdString();
    EXPECT_EQ(json(), before);
    // The PNG is not the design's home: Save must never write JSON over it.
    EXPECT_TRUE(window.document()->filePath().isEmpty());
    EXPECT_FALSE(window.document()->libraryId().has_value());
    EXPECT_TRUE(window.document()->isModified());
}

TEST_F(ExportActionsTest, CancellingTheDialogWritesNothing) {
    exports().askChoice = [](ExportFormat, bool) { return std::optional<ExportChoice>(); };
    bool askedForPath = false;
    exports().askPath = [&](ExportFormat, const QString&) {
        askedForPath = true;
        return dir.filePath("never.png");
    };
    exports().exportAs(ExportFormat::Png);
    EXPECT_FALSE(askedForPath);
    EXPECT_FALSE(QFile::exists(dir.filePath("never.png")));
}

TEST_F(ExportActionsTest, SelectionOnlyExportsTheSelection) {
    const std::vector<std::string> ids = {"app", "cache"};
    window.scene()->selectIds(ids);
    ASSERT_EQ(window.scene()->selectedIds().size(), 2u);
    ExportChoice choice;
    choice.selectionOnly = true;
    const QString path = dir.filePath("part.png");
    ASSERT_TRUE(exports().exportTo(ExportFormat::Png, path, choice));
    const auto loaded = core::loadDesignAnyFile(path.toStdString());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(core::designToJson(loaded.value().design),
              core::designToJson(core::extractFragment(window.document()->design(), ids)));
    EXPECT_EQ(loaded.value().design.components.size(), 2u);
    // The selection is as it was.
    EXPECT_EQ(window.scene()->selectedIds().size(), 2u);
}

TEST_F(ExportActionsTest, EachFormatIsWritten) {
    ASSERT_TRUE(exports().exportTo(ExportFormat::Svg, dir.filePath("d.svg"), {}));
    ASSERT_TRUE(exports().exportTo(ExportFormat::Pdf, dir.filePath("d.pdf"), {}));
    EXPECT_TRUE(test::readAll(dir.filePath("d.svg")).contains("<svg"));
    EXPECT_TRUE(test::readAll(dir.filePath("d.pdf")).startsWith("%PDF"));
}

TEST_F(ExportActionsTest, AnUnwritablePathShowsWhyAndChangesNothing) {
    QFile blocker(dir.filePath("blocker"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const std::string before = json();
    EXPECT_FALSE(exports().exportTo(ExportFormat::Png, dir.filePath("blocker/out.png"), {}));
    const QString message = takeBox("exportErrorBox");
    EXPECT_TRUE(message.contains("out.png")) << message.toStdString();
    EXPECT_EQ(json(), before);
    EXPECT_FALSE(window.document()->isModified());
}

TEST_F(ExportActionsTest, OpeningABadPngKeepsTheOpenDesign) {
    const std::string before = json();
    QImage plain(20, 20, QImage::Format_RGB32);
    plain.fill(Qt::blue);
    ASSERT_TRUE(plain.save(dir.filePath("plain.png")));
    EXPECT_FALSE(window.openFile(dir.filePath("plain.png")));
    QString problems = takeBox("problemsBox");
    EXPECT_TRUE(problems.contains("plain.png")) << problems.toStdString();
    EXPECT_TRUE(problems.contains("no design")) << problems.toStdString();

    ASSERT_TRUE(exports().exportTo(ExportFormat::Png, dir.filePath("whole.png"), {}));
    const QByteArray whole = test::readAll(dir.filePath("whole.png"));
    QFile cut(dir.filePath("cut.png"));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(whole.left(whole.size() * 2 / 3));
    cut.close();
    EXPECT_FALSE(window.openFile(dir.filePath("cut.png")));
    problems = takeBox("problemsBox");
    EXPECT_TRUE(problems.contains("cut.png")) << problems.toStdString();
    EXPECT_TRUE(problems.contains("truncated")) << problems.toStdString();
    EXPECT_EQ(json(), before);
    EXPECT_FALSE(window.document()->isModified());
}

TEST_F(ExportActionsTest, CopyAsImagePutsAnImageAndTheDesignOnTheClipboard) {
    QGuiApplication::clipboard()->clear();
    exports().copyAsImage();
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasImage());
    const QImage whole = qvariant_cast<QImage>(data->imageData());
    EXPECT_FALSE(whole.isNull());

    window.scene()->selectIds({"app"});
    exports().copyAsImage();
    const QImage part =
        qvariant_cast<QImage>(QGuiApplication::clipboard()->mimeData()->imageData());
    EXPECT_FALSE(part.isNull());
    EXPECT_LT(part.width() * part.height(), whole.width() * whole.height());
}

} // namespace
} // namespace studio::widgets
