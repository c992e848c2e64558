#include "LibraryFixture.h"

#include "widgets/commands/DesignCommands.h"
#include "widgets/library/DraftKeeper.h"

#include "format/DesignJson.h"

#include <QTest>

namespace studio::widgets {
namespace {

class DraftKeeperTest : public test::LibraryFixture {
protected:
    void edit(const std::string& name) {
        document.push(new RenameCommand(document.model(), "db", name));
    }
};

TEST_F(DraftKeeperTest, AutosavesUnsavedEditsApartFromVersions) {
    const core::DesignId id = addSample("Orders");
    document.reset(library->loadDesign(id).value(), DocumentHome::library(id));
    DraftKeeper keeper(&document, library.get());
    keeper.saveNow();
    EXPECT_TRUE(library->store().drafts().value().empty()) << "nothing unsaved";

    edit("Orders DB");
    keeper.saveNow();
    const auto drafts = library->store().drafts().value();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].designId, id);
    EXPECT_EQ(core::designFromJson(library->store().draftJson(drafts[0].id).value()).value(),
              document.design());
    EXPECT_EQ(library->store().versions(id).value().size(), 1u) << "a draft is no version";

    edit("Orders DB 2");
    keeper.saveNow();
    EXPECT_EQ(library->store().drafts().value().size(), 1u) << "one draft, replaced";

    ASSERT_TRUE(library->save(id, document.design()).ok());
    document.markSaved(DocumentHome::library(id));
    EXPECT_TRUE(library->store().drafts().value().empty()) << "a save drops the draft";
}

TEST_F(DraftKeeperTest, TheTimerWritesTheDraft) {
    DraftKeeper keeper(&document, library.get());
    keeper.setInterval(10);
    document.reset(test::sampleDesign());
    edit("Orders DB");
    ASSERT_TRUE(QTest::qWaitFor([&] { return keeper.draftId().has_value(); }, 2000));
    const auto drafts = library->store().drafts().value();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_FALSE(drafts[0].designId) << "a new design has no library entry yet";
}

TEST_F(DraftKeeperTest, ADraftLeftByACrashIsOfferedAndRestoredUnsaved) {
    const core::DesignId id = addSample("Orders");
    core::Design edited = library->loadDesign(id).value();
    edited.components.pop_back();
    {
        // The session that crashed: it wrote a draft and never discarded it.
        StudioDocument crashed;
        crashed.reset(edited, DocumentHome::library(id));
        crashed.markUnsaved();
        DraftKeeper keeper(&crashed, library.get());
        keeper.saveNow();
        ASSERT_TRUE(keeper.draftId());
    }
    // (The keeper above was destroyed without discarding, as a crash leaves it.)
    DraftKeeper keeper(&document, library.get());
    core::DraftEntry offered;
    EXPECT_TRUE(keeper.restoreNewest([&](const core::DraftEntry& draft) {
        offered = draft;
        return DraftKeeper::Choice::Restore;
    }));
    EXPECT_EQ(offered.designId, id);
    EXPECT_EQ(document.design(), edited);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.libraryId(), id);
    EXPECT_EQ(library->loadDesign(id).value().components.size(),
              test::sampleDesign().components.size())
        << "the library entry itself is unchanged until Save";
}

TEST_F(DraftKeeperTest, LaterKeepsTheDraftAndDiscardDropsIt) {
    document.reset(test::sampleDesign());
    document.markUnsaved();
    {
        DraftKeeper crashed(&document, library.get());
        crashed.saveNow();
    }
    StudioDocument next;
    DraftKeeper keeper(&next, library.get());
    EXPECT_FALSE(keeper.restoreNewest([](const auto&) { return DraftKeeper::Choice::Later; }));
    EXPECT_EQ(library->store().drafts().value().size(), 1u);
    EXPECT_FALSE(keeper.restoreNewest([](const auto&) { return DraftKeeper::Choice::Discard; }));
    EXPECT_TRUE(library->store().drafts().value().empty());
}

} // namespace
} // namespace studio::widgets
