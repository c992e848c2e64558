// A document whose home is the library: Save, Add to Library, New from Template, opening
// an entry; and the thumbnails drawn after a save.
#include "LibraryFixture.h"

#include "widgets/commands/DesignCommands.h"
#include "widgets/library/TemplateGallery.h"
#include "widgets/library/ThumbnailQueue.h"
#include "widgets/window/FileActions.h"

#include "templates/BuiltinTemplates.h"

#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

#include <optional>

namespace studio::widgets {
namespace {

class LibraryHomeTest : public test::LibraryFixture {
protected:
    void SetUp() override {
        test::LibraryFixture::SetUp();
        files.setLibrary(library.get());
        files.askToSave = [] { return QMessageBox::Discard; };
        files.askName = [this](const QString& suggestion) -> std::optional<QString> {
            suggested.append(suggestion);
            return nameGiven.isEmpty() ? suggestion : nameGiven;
        };
    }

    void edit(const std::string& name) {
        document.push(new RenameCommand(document.model(), "db", name));
    }

    QWidget window;
    FileActions files{&document, &window};
    QStringList suggested; // what askName was offered
    QString nameGiven;     // what the person types (empty: keeps the suggestion)
};

TEST_F(LibraryHomeTest, SavingANewDesignPutsItInTheLibrary) {
    document.reset(test::sampleDesign());
    edit("Orders DB");
    ASSERT_TRUE(files.save());
    ASSERT_TRUE(document.libraryId());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(library->loadDesign(*document.libraryId()).value(), document.design());

    edit("Orders DB 2");
    ASSERT_TRUE(files.save());
    const auto entries = library->store().list().value();
    ASSERT_EQ(entries.size(), 1u) << "the second save goes to the same entry";
    EXPECT_EQ(entries[0].revision, 2);
    EXPECT_EQ(library->store().versions(entries[0].id).value().size(), 2u);
}

TEST_F(LibraryHomeTest, AFileStaysAFileUntilAddedToTheLibrary) {
    const QString path = dir.filePath("orders.json");
    document.reset(test::sampleDesign());
    ASSERT_TRUE(files.saveTo(path));
    edit("Orders DB");
    ASSERT_TRUE(files.save());
    EXPECT_TRUE(library->store().list().value().empty());
    EXPECT_EQ(document.filePath(), path);

    ASSERT_TRUE(files.saveToLibrary());
    EXPECT_TRUE(document.filePath().isEmpty()) << "one home: now the library";
    ASSERT_TRUE(document.libraryId());
    EXPECT_EQ(library->store().list().value().size(), 1u);
}

TEST_F(LibraryHomeTest, ATemplateOpensUnsavedAndItsFirstSaveAsksForTheName) {
    ASSERT_FALSE(core::builtinTemplates().empty());
    const core::Template& first = core::builtinTemplates().front();
    for (int look = 0; look < 3; ++look)
        ASSERT_TRUE(files.createFromTemplate(first.id));
    EXPECT_TRUE(library->store().list().value().empty()) << "looking adds no entries";
    EXPECT_FALSE(document.libraryId());
    EXPECT_EQ(document.design(), first.design);
    EXPECT_FALSE(document.isModified());

    nameGiven = QStringLiteral("My shortener");
    ASSERT_TRUE(files.save());
    EXPECT_EQ(suggested, QStringList{QString::fromStdString(first.design.name)});
    ASSERT_TRUE(document.libraryId());
    EXPECT_EQ(document.design().name, "My shortener");
    EXPECT_FALSE(document.isModified());
    const auto entry = library->store().entry(*document.libraryId()).value();
    EXPECT_EQ(entry.templateId, first.id);
    EXPECT_EQ(entry.name, "My shortener");
    ASSERT_TRUE(files.save());
    EXPECT_EQ(suggested.size(), 1) << "a library design's save asks nothing";
    EXPECT_EQ(library->store().list().value().size(), 1u);
    EXPECT_FALSE(files.createFromTemplate("no-such-template"));
}

TEST_F(LibraryHomeTest, CancellingTheNameSavesNothing) {
    files.askName = [](const QString&) { return std::optional<QString>(); };
    ASSERT_TRUE(files.createFromTemplate(core::builtinTemplates().front().id));
    EXPECT_FALSE(files.save());
    EXPECT_TRUE(library->store().list().value().empty());
    EXPECT_FALSE(document.libraryId());
}

TEST_F(LibraryHomeTest, OpensALibraryEntry) {
    const core::DesignId id = addSample("Orders");
    QSignalSpy opened(&files, &FileActions::designOpened);
    ASSERT_TRUE(files.openFromLibrary(id));
    EXPECT_EQ(opened.count(), 1);
    EXPECT_EQ(document.libraryId(), id);
    EXPECT_EQ(document.design().name, "Orders");
    EXPECT_FALSE(files.openFromLibrary(id + 100)) << "no such entry";
    EXPECT_EQ(document.libraryId(), id) << "what was open stays open";
}

TEST_F(LibraryHomeTest, ASaveQueuesAThumbnailDrawnAfterwards) {
    ThumbnailQueue thumbnails(library.get());
    const core::DesignId id = addSample("Orders");
    EXPECT_FALSE(library->store().entry(id).value().hasThumbnail) << "not on the save path";
    ASSERT_TRUE(QTest::qWaitFor([&] { return thumbnails.idle(); }, 5000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return library->store().entry(id).value().thumbnailCurrent; }, 5000));
    QImage image;
    const auto png = library->store().thumbnail(id).value();
    ASSERT_TRUE(image.loadFromData(png.data(), static_cast<int>(png.size()), "PNG"));
    EXPECT_EQ(image.size(), ThumbnailQueue::kSize);
    int drawn = 0; // pixels unlike the background in the corner
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != image.pixel(0, 0);
    EXPECT_GT(drawn, image.width() * image.height() / 50) << "the design is drawn";
}

TEST_F(LibraryHomeTest, TheGalleryShowsEveryTemplate) {
    TemplateGallery gallery;
    ASSERT_EQ(gallery.list()->count(), static_cast<int>(core::builtinTemplates().size()));
    gallery.list()->setCurrentRow(gallery.list()->count() - 1);
    gallery.useSelected();
    EXPECT_EQ(gallery.chosenId(), core::builtinTemplates().back().id);
    EXPECT_EQ(gallery.result(), QDialog::Accepted);
}

} // namespace
} // namespace studio::widgets
