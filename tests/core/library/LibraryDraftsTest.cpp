// Drafts (autosaves kept apart from versions) and thumbnails (written apart from saves).
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

#include <thread>

namespace studio::core {
namespace {

using test::designJson;
using test::mentions;

using DraftsTest = test::LibraryFileTest;

TEST_F(DraftsTest, OneDraftPerDesignAndNoVersionsFromDrafts) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Saved")).value();
    const Result<DraftId> first = library.saveDraft(id, "draft 1");
    ASSERT_LIBRARY_OK(first);
    const Result<DraftId> second = library.saveDraft(id, "draft 2");
    ASSERT_LIBRARY_OK(second);
    EXPECT_EQ(first.value(), second.value());

    const auto drafts = library.drafts().value();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].designId, id);
    EXPECT_EQ(drafts[0].designName, "Saved");
    EXPECT_EQ(library.draftJson(first.value()).value(), "draft 2");
    // The timer's drafts never reach the history or the design itself.
    EXPECT_EQ(library.versions(id).value().size(), 1u);
    EXPECT_EQ(library.load(id).value(), designJson("Saved"));
    EXPECT_EQ(library.entry(id).value().revision, 1);

    // An explicit save supersedes the draft.
    ASSERT_LIBRARY_OK(library.save(id, designJson("Saved again")));
    EXPECT_TRUE(library.drafts().value().empty());
}

TEST_F(DraftsTest, NewDocumentsHaveTheirOwnDrafts) {
    Library library = openLibrary("lib.sqlite");
    const DraftId a = library.saveDraft(std::nullopt, "new A").value();
    const DraftId b = library.saveDraft(std::nullopt, "new B").value();
    EXPECT_NE(a, b);
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    EXPECT_EQ(library.saveDraft(std::nullopt, "new A, later", a).value(), a);
    EXPECT_EQ(library.draftJson(a).value(), "new A, later");
    EXPECT_EQ(library.draftJson(b).value(), "new B");
    const auto drafts = library.drafts().value();
    ASSERT_EQ(drafts.size(), 2u);
    EXPECT_EQ(drafts[0].id, a); // most recently saved first
    EXPECT_FALSE(drafts[0].designId.has_value());
    EXPECT_EQ(drafts[0].designName, "");

    ASSERT_LIBRARY_OK(library.discardDraft(b));
    EXPECT_EQ(library.drafts().value().size(), 1u);
    EXPECT_TRUE(mentions(library.discardDraft(b), "no draft"));
    // Replacing a draft that was discarded meanwhile starts a new one rather than failing.
    const Result<DraftId> again = library.saveDraft(std::nullopt, "new B again", b);
    ASSERT_LIBRARY_OK(again);
    EXPECT_NE(again.value(), b);
    EXPECT_EQ(library.draftJson(again.value()).value(), "new B again");
}

TEST_F(DraftsTest, DraftsSurviveReopeningAndFollowTheirDesign) {
    DesignId id = 0;
    {
        Library library = openLibrary("lib.sqlite");
        id = library.add(designJson("Design")).value();
        ASSERT_LIBRARY_OK(library.saveDraft(id, "unsaved edits"));
        ASSERT_LIBRARY_OK(library.saveDraft(std::nullopt, "a new document"));
    }
    Library library = openLibrary("lib.sqlite");
    EXPECT_EQ(library.drafts().value().size(), 2u);
    ASSERT_LIBRARY_OK(library.remove(id));
    EXPECT_EQ(library.drafts().value().size(), 1u);
    ASSERT_LIBRARY_OK(library.restoreRemoved(id));
    EXPECT_EQ(library.drafts().value().size(), 2u);
    EXPECT_TRUE(mentions(library.saveDraft(999, "x").problems(), "no design with id 999"));
}

TEST_F(DraftsTest, ThumbnailsAreStoredApartAndKnowTheirRevision) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Pictured")).value();
    EXPECT_TRUE(library.thumbnail(id).value().empty());

    std::vector<std::uint8_t> png(20'000);
    for (std::size_t i = 0; i < png.size(); ++i)
        png[i] = static_cast<std::uint8_t>(i * 7);
    ASSERT_LIBRARY_OK(library.setThumbnail(id, png));
    EXPECT_EQ(library.thumbnail(id).value(), png);
    LibraryEntry entry = library.entry(id).value();
    EXPECT_TRUE(entry.hasThumbnail);
    EXPECT_TRUE(entry.thumbnailCurrent);
    EXPECT_EQ(entry.revision, 1); // a thumbnail is not a save

    ASSERT_LIBRARY_OK(library.save(id, designJson("Changed")));
    entry = library.entry(id).value();
    EXPECT_TRUE(entry.hasThumbnail);
    EXPECT_FALSE(entry.thumbnailCurrent); // it shows revision 1; the design is at 2

    const std::vector<std::uint8_t> newer{9, 9, 9};
    ASSERT_LIBRARY_OK(library.setThumbnail(id, newer, 2));
    EXPECT_TRUE(library.entry(id).value().thumbnailCurrent);
    // A slow render of revision 1 arriving late does not replace it.
    ASSERT_LIBRARY_OK(library.setThumbnail(id, png, 1));
    EXPECT_EQ(library.thumbnail(id).value(), newer);
    EXPECT_TRUE(library.list().value().front().thumbnailCurrent);

    const DesignId copy = library.duplicate(id).value();
    EXPECT_EQ(library.thumbnail(copy).value(), newer);
    EXPECT_TRUE(library.entry(copy).value().thumbnailCurrent);
    EXPECT_TRUE(mentions(library.setThumbnail(999, png), "no design with id 999"));
}

} // namespace
} // namespace studio::core
