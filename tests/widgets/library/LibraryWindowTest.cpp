// The window with a library: its docks, opening an entry, a restored version, importing a
// file, and the draft a deliberate close drops.
#include "LibraryFixture.h"

#include "widgets/commands/DesignCommands.h"
#include "widgets/library/DraftKeeper.h"
#include "widgets/library/LibraryModel.h"
#include "widgets/library/LibraryPanel.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include "format/DesignFile.h"

#include <QDockWidget>
#include <QFile>
#include <QMessageBox>

namespace studio::widgets {
namespace {

class LibraryWindowTest : public test::LibraryFixture {
protected:
    void SetUp() override {
        test::LibraryFixture::SetUp();
        window = std::make_unique<MainWindow>(library.get());
        window->fileActions()->askToSave = [] { return QMessageBox::Discard; };
        window->fileActions()->askName = [](const QString& name) {
            return std::optional<QString>(name);
        };
    }

    void TearDown() override { window.reset(); }

    void edit(const std::string& name) {
        window->document()->push(new RenameCommand(window->document()->model(), "db", name));
    }

    std::size_t designCount() const { return library->store().list().value().size(); }

    // Closes the problems box the last failed action showed; true if there was one.
    bool takeProblems() {
        auto* box = window->findChild<QMessageBox*>("problemsBox");
        delete box;
        return box != nullptr;
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(LibraryWindowTest, HasTheLibraryAndCalculatorDocks) {
    addSample("Shop");
    window = std::make_unique<MainWindow>(library.get());
    EXPECT_NE(window->findChild<QDockWidget*>("libraryDock"), nullptr);
    EXPECT_NE(window->findChild<QDockWidget*>("calculatorsDock"), nullptr);
    ASSERT_NE(window->libraryPanel(), nullptr);
    EXPECT_EQ(window->libraryPanel()->model()->rowCount(), 1);

    MainWindow withoutLibrary;
    EXPECT_EQ(withoutLibrary.findChild<QDockWidget*>("libraryDock"), nullptr);
    EXPECT_EQ(withoutLibrary.draftKeeper(), nullptr);
}

TEST_F(LibraryWindowTest, OpeningAnEntryMakesTheLibraryItsHome) {
    const core::DesignId id = addSample("Shop");
    emit window->libraryPanel()->openRequested(id);
    EXPECT_EQ(window->document()->libraryId(), id);
    EXPECT_EQ(window->document()->design().name, "Shop");
    EXPECT_TRUE(window->windowTitle().contains("Shop (library)"))
        << window->windowTitle().toStdString();

    edit("Orders");
    ASSERT_TRUE(window->fileActions()->save());
    EXPECT_EQ(library->store().versions(id).value().size(), 2u);
    EXPECT_EQ(designCount(), 1u);
}

TEST_F(LibraryWindowTest, ARestoredVersionReplacesAnUnchangedOpenCopyOnly) {
    const core::DesignId id = addSample("Shop");
    emit window->libraryPanel()->openRequested(id);
    edit("Orders");
    ASSERT_TRUE(window->fileActions()->save());
    const auto versions = library->store().versions(id).value();
    ASSERT_EQ(versions.size(), 2u);
    ASSERT_TRUE(library->restoreVersion(id, versions.back().id).ok()); // the first

    edit("Unsaved");
    emit window->libraryPanel()->versionRestored(id);
    EXPECT_EQ(window->document()->design().findComponent("db")->name, "Unsaved");

    window->document()->undoStack()->undo();
    ASSERT_FALSE(window->document()->isModified());
    emit window->libraryPanel()->versionRestored(id);
    EXPECT_EQ(window->document()->design().findComponent("db")->name,
              test::sampleDesign().findComponent("db")->name);
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(LibraryWindowTest, ImportAddsAValidFileAndRefusesAnInvalidOne) {
    const QString good = dir.filePath("good.json");
    ASSERT_TRUE(core::saveDesignFile(test::sampleDesign(), good.toStdString()).empty());
    const QString bad = dir.filePath("bad.json");
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "sdstudio-design", "version": 1, "components": [{"id": 3}]})");
    file.close();

    EXPECT_TRUE(window->fileActions()->importFile(good));
    EXPECT_EQ(designCount(), 1u);
    EXPECT_FALSE(takeProblems());
    EXPECT_FALSE(window->fileActions()->importFile(bad));
    EXPECT_TRUE(takeProblems());
    EXPECT_EQ(designCount(), 1u);
    EXPECT_TRUE(window->document()->design().components.empty()); // the open design untouched
}

TEST_F(LibraryWindowTest, ClosingWithDiscardedChangesLeavesNoDraft) {
    window->document()->reset(test::sampleDesign());
    edit("Orders");
    window->draftKeeper()->saveNow();
    ASSERT_EQ(library->store().drafts().value().size(), 1u);
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(library->store().drafts().value().empty());
}

TEST_F(LibraryWindowTest, AKeptDraftIsOfferedAndRestored) {
    window->document()->reset(test::sampleDesign());
    edit("Orders");
    window->draftKeeper()->saveNow();
    window.reset(); // as after a crash: nothing was closed

    window = std::make_unique<MainWindow>(library.get());
    ASSERT_TRUE(window->draftKeeper()->restoreNewest(
        [](const core::DraftEntry&) { return DraftKeeper::Choice::Restore; }));
    EXPECT_EQ(window->document()->design().findComponent("db")->name, "Orders");
    EXPECT_TRUE(window->document()->isModified());
}

TEST_F(LibraryWindowTest, AnUnnamedDesignTakesItsEntrysName) {
    core::Design unnamed = test::sampleDesign();
    unnamed.name.clear();
    window->document()->reset(unnamed);
    edit("Orders");
    ASSERT_TRUE(window->fileActions()->save());
    const core::DesignId id = window->document()->libraryId().value_or(0);
    ASSERT_NE(id, 0);
    edit("Orders again"); // a second save of the unnamed design keeps the entry's name
    ASSERT_TRUE(window->fileActions()->save());
    const std::string entryName = library->store().entry(id).value().name;
    EXPECT_FALSE(entryName.empty());

    ASSERT_TRUE(library->rename(id, "Renamed in the library").empty());
    window->fileActions()->newDesign();
    emit window->libraryPanel()->openRequested(id);
    EXPECT_EQ(window->document()->design().name, "Renamed in the library");
}

} // namespace
} // namespace studio::widgets
