// The design library's designs and versions, on a temporary file and in memory.
#include "LibraryTestSupport.h"

#include "format/DesignJson.h"

#include <gtest/gtest.h>

#include <random>
#include <thread>

namespace studio::core {
namespace {

using test::designJson;
using test::mentions;

class LibraryTest : public test::LibraryFileTest {
protected:
    // So that "most recently changed first" is a strict order.
    static void tick() { std::this_thread::sleep_for(std::chrono::milliseconds(3)); }
};

TEST_F(LibraryTest, CreatesANewFileAtTheCurrentSchema) {
    {
        Library library = openLibrary("new.sqlite");
        EXPECT_FALSE(library.readOnly());
        EXPECT_FALSE(library.notice().has_value());
        EXPECT_EQ(library.schemaVersion(), 3);
        EXPECT_TRUE(library.list().value().empty());
    }
    EXPECT_EQ(test::rawInteger(path("new.sqlite"), "PRAGMA user_version"), 3);
    EXPECT_EQ(test::rawInteger(path("new.sqlite"), "PRAGMA application_id"), 0x5344534c);
    // WAL is a property of the file: it stays on for every later connection.
    EXPECT_EQ(test::rawInteger(path("new.sqlite"),
                               "SELECT journal_mode = 'wal' FROM pragma_journal_mode"),
              1);
}

TEST_F(LibraryTest, AddListLoadReopen) {
    DesignId id = 0;
    {
        Library library = openLibrary("lib.sqlite");
        Result<DesignId> added = library.add(designJson("Pastebin"), {}, "url-shortener");
        ASSERT_LIBRARY_OK(added);
        id = added.value();
    }
    Library library = openLibrary("lib.sqlite");
    const auto entries = library.list();
    ASSERT_LIBRARY_OK(entries);
    ASSERT_EQ(entries.value().size(), 1u);
    const LibraryEntry& entry = entries.value().front();
    EXPECT_EQ(entry.id, id);
    EXPECT_EQ(entry.name, "Pastebin"); // the design's own name when none is given
    EXPECT_EQ(entry.templateId, "url-shortener");
    EXPECT_EQ(entry.revision, 1);
    EXPECT_EQ(entry.componentCount,
              static_cast<int>(designFromJson(designJson("x")).value().components.size()));
    EXPECT_FALSE(entry.hasThumbnail);
    EXPECT_EQ(entry.created, entry.updated);
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    EXPECT_LE(entry.created, now);
    EXPECT_GT(entry.created, now - 60'000);
    EXPECT_EQ(library.load(id).value(), designJson("Pastebin"));
}

TEST_F(LibraryTest, ListsMostRecentlyChangedFirstAndFiltersByName) {
    Library library = openLibrary("lib.sqlite");
    const DesignId chat = library.add(designJson("Chat"), "Chat system").value();
    tick();
    const DesignId feed = library.add(designJson("Feed"), "News feed").value();
    tick();
    const DesignId cache = library.add(designJson("Cache"), "Distributed CACHE 100%").value();
    auto ids = [&](const std::string& filter) {
        std::vector<DesignId> result;
        const std::vector<LibraryEntry> entries = library.list(filter).value();
        for (const LibraryEntry& entry : entries)
            result.push_back(entry.id);
        return result;
    };
    EXPECT_EQ(ids(""), (std::vector<DesignId>{cache, feed, chat}));
    tick();
    ASSERT_LIBRARY_OK(library.save(chat, designJson("Chat 2")));
    EXPECT_EQ(ids(""), (std::vector<DesignId>{chat, cache, feed}));
    EXPECT_EQ(ids("cache"), (std::vector<DesignId>{cache})); // case-insensitive
    EXPECT_EQ(ids("s"), (std::vector<DesignId>{chat, cache, feed}));
    EXPECT_EQ(ids("feed"), (std::vector<DesignId>{feed}));
    // LIKE's wildcards are matched literally.
    EXPECT_EQ(ids("100%"), (std::vector<DesignId>{cache}));
    EXPECT_EQ(ids("%"), (std::vector<DesignId>{cache}));
    EXPECT_TRUE(ids("_").empty());
    EXPECT_TRUE(ids("nothing like it").empty());
}

TEST_F(LibraryTest, EverySaveKeepsAVersionAndAnyCanBeRestoredAsANewSave) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("First")).value();
    ASSERT_LIBRARY_OK(library.save(id, designJson("Second")));
    const Result<VersionId> third = library.save(id, designJson("Third"), "Renamed");
    ASSERT_LIBRARY_OK(third);

    const auto versions = library.versions(id).value();
    ASSERT_EQ(versions.size(), 3u);
    EXPECT_EQ(versions[0].id, third.value());
    EXPECT_EQ(versions[0].revision, 3);
    EXPECT_EQ(versions[0].name, "Renamed");
    EXPECT_EQ(versions[2].revision, 1);
    EXPECT_EQ(versions[2].name, "First");
    EXPECT_EQ(library.versionJson(versions[2].id).value(), designJson("First"));
    EXPECT_EQ(library.versionJson(versions[1].id).value(), designJson("Second"));
    EXPECT_EQ(library.entry(id).value().revision, 3);
    EXPECT_EQ(library.entry(id).value().name, "Renamed");

    const Result<VersionId> restored = library.restoreVersion(id, versions[2].id);
    ASSERT_LIBRARY_OK(restored);
    EXPECT_EQ(library.load(id).value(), designJson("First"));
    EXPECT_EQ(library.entry(id).value().name, "Renamed"); // the name stays
    const auto after = library.versions(id).value();
    ASSERT_EQ(after.size(), 4u); // restoring is a new save; history is never rewritten
    EXPECT_EQ(after[0].id, restored.value());
    EXPECT_EQ(after[0].revision, 4);
    EXPECT_EQ(library.versionJson(after[1].id).value(), designJson("Third"));
}

TEST_F(LibraryTest, RestoringAVersionOfAnotherDesignIsRefused) {
    Library library = openLibrary("lib.sqlite");
    const DesignId a = library.add(designJson("A")).value();
    const DesignId b = library.add(designJson("B")).value();
    const VersionId ofB = library.versions(b).value().front().id;
    const auto restored = library.restoreVersion(a, ofB);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(mentions(restored.problems(), "no version")) << test::describeProblems(restored);
    EXPECT_EQ(library.load(a).value(), designJson("A"));
    EXPECT_EQ(library.versions(a).value().size(), 1u);
}

TEST_F(LibraryTest, InvalidDesignsAreRefusedAndNothingChanges) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Kept")).value();
    const auto before = library.list().value();

    const auto added = library.add(test::invalidDesignJson(), "Broken");
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(mentions(added.problems(), "no-such-component")) << test::describeProblems(added);
    const auto notJson = library.add("{ this is not json", "Broken");
    ASSERT_FALSE(notJson.ok());
    EXPECT_TRUE(mentions(notJson.problems(), "not valid JSON")) << test::describeProblems(notJson);

    const auto saved = library.save(id, test::invalidDesignJson(), "Broken");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(mentions(saved.problems(), "no-such-component"));

    EXPECT_EQ(library.list().value(), before);
    EXPECT_EQ(library.load(id).value(), designJson("Kept"));
    EXPECT_EQ(library.versions(id).value().size(), 1u);
}

TEST_F(LibraryTest, RenameAndDuplicate) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("Original"), {}, "chat").value();
    ASSERT_LIBRARY_OK(library.rename(id, "Chat v2"));
    EXPECT_EQ(library.entry(id).value().name, "Chat v2");
    EXPECT_EQ(library.entry(id).value().revision, 1); // renaming is not a save
    EXPECT_TRUE(mentions(library.rename(id, "  "), "needs a name"));
    EXPECT_TRUE(mentions(library.rename(999, "x"), "no design with id 999"));

    const Result<DesignId> copy = library.duplicate(id);
    ASSERT_LIBRARY_OK(copy);
    EXPECT_NE(copy.value(), id);
    const LibraryEntry entry = library.entry(copy.value()).value();
    EXPECT_EQ(entry.name, "Chat v2 (copy)");
    EXPECT_EQ(entry.templateId, "chat");
    EXPECT_EQ(entry.revision, 1);
    EXPECT_EQ(library.load(copy.value()).value(), designJson("Original"));
    EXPECT_EQ(library.versions(copy.value()).value().size(), 1u);
    EXPECT_EQ(library.duplicate(id, "Named").value() > copy.value(), true);
    EXPECT_EQ(library.list("Named").value().size(), 1u);
}

TEST_F(LibraryTest, RemoveIsUndoableUntilPurged) {
    Library library = openLibrary("lib.sqlite");
    const DesignId kept = library.add(designJson("Kept")).value();
    const DesignId gone = library.add(designJson("Gone")).value();
    ASSERT_LIBRARY_OK(library.save(gone, designJson("Gone 2")));
    ASSERT_LIBRARY_OK(library.setThumbnail(gone, {1, 2, 3}));
    const LibraryEntry before = library.entry(gone).value();

    ASSERT_LIBRARY_OK(library.remove(gone));
    ASSERT_EQ(library.list().value().size(), 1u);
    EXPECT_EQ(library.list().value().front().id, kept);
    EXPECT_FALSE(library.load(gone).ok());
    EXPECT_FALSE(library.versions(gone).ok());
    EXPECT_TRUE(mentions(library.remove(gone), "no design with id"));

    ASSERT_LIBRARY_OK(library.restoreRemoved(gone));
    EXPECT_EQ(library.entry(gone).value(), before);
    EXPECT_EQ(library.versions(gone).value().size(), 2u);
    EXPECT_EQ(library.thumbnail(gone).value(), (std::vector<std::uint8_t>{1, 2, 3}));
    EXPECT_TRUE(mentions(library.restoreRemoved(gone), "no removed design"));

    ASSERT_LIBRARY_OK(library.remove(gone));
    ASSERT_LIBRARY_OK(library.purgeRemoved());
    EXPECT_FALSE(library.restoreRemoved(gone).empty());
    EXPECT_EQ(
        test::rawInteger(path("lib.sqlite"),
                         "SELECT count(*) FROM versions WHERE design_id = " + std::to_string(gone)),
        0);
    EXPECT_EQ(library.load(kept).value(), designJson("Kept"));
}

TEST_F(LibraryTest, UnknownIdsAreReported) {
    Library library = openLibrary("lib.sqlite");
    EXPECT_TRUE(mentions(library.load(42).problems(), "no design with id 42"));
    EXPECT_TRUE(mentions(library.save(42, designJson("x")).problems(), "no design with id 42"));
    EXPECT_TRUE(mentions(library.versionJson(7).problems(), "no version with id 7"));
    EXPECT_TRUE(mentions(library.load(42).problems(), path("lib.sqlite")));
    EXPECT_TRUE(library.list().value().empty());
}

TEST(LibraryInMemory, WorksWithoutAFile) {
    Result<Library> opened = Library::open(":memory:");
    ASSERT_LIBRARY_OK(opened);
    Library& library = opened.value();
    const DesignId id = library.add(designJson("In memory")).value();
    ASSERT_LIBRARY_OK(library.save(id, designJson("Saved")));
    EXPECT_EQ(library.load(id).value(), designJson("Saved"));
    EXPECT_EQ(library.versions(id).value().size(), 2u);
    EXPECT_TRUE(library.checkIntegrity().empty());
}

TEST(FreshLibraryPath, PicksTheFirstFreeNameBeside) {
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("sdstudio-fresh-" + std::to_string(std::random_device{}()));
    fs::create_directories(dir);
    const std::string original = (dir / "library.sqlite").string();
    EXPECT_EQ(freshLibraryPathBeside(original), (dir / "library-2.sqlite").string());
    test::writeBytes(dir / "library-2.sqlite", {1});
    EXPECT_EQ(freshLibraryPathBeside(original), (dir / "library-3.sqlite").string());
    fs::remove_all(dir);
}

} // namespace
} // namespace studio::core
