// Schema versions: an older file is brought forward with its data; a newer one is opened
// read-only; a file that is not a library is refused untouched.
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::designJson;
using test::mentions;
using test::rawExecute;
using test::rawInteger;

using MigrationTest = test::LibraryFileTest;

// Version 1 as the first studio with a library wrote it, spelled out here (not taken from
// the migrations) so a change to migration 1 cannot go unnoticed.
const char* const kVersion1Schema = R"sql(
PRAGMA application_id = 1396986700;
CREATE TABLE designs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, template_id TEXT,
    created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1, component_count INTEGER NOT NULL DEFAULT 0,
    deleted_ms INTEGER, json TEXT NOT NULL);
CREATE INDEX designs_list ON designs (deleted_ms, updated_ms, name, template_id, created_ms,
                                      component_count, revision);
CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
    revision INTEGER NOT NULL, name TEXT NOT NULL, saved_ms INTEGER NOT NULL,
    component_count INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL);
CREATE INDEX versions_by_design ON versions (design_id, revision);
PRAGMA user_version = 1;
)sql";

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

TEST_F(MigrationTest, Version1FileIsMigratedWithItsDataIntact) {
    const std::string file = path("v1.sqlite");
    rawExecute(file, kVersion1Schema);
    rawExecute(file,
               "INSERT INTO designs VALUES (7, 'Chat', 'chat', 1000, 3000, 2, 9, NULL, " +
                   quoted(designJson("Chat 2")) +
                   ");"
                   "INSERT INTO designs VALUES (8, 'Old feed', NULL, 1500, 2000, 1, 4, 2500, " +
                   quoted(designJson("Feed")) +
                   ");"
                   "INSERT INTO versions VALUES (1, 7, 1, 'Chat', 1000, 9, " +
                   quoted(designJson("Chat 1")) +
                   ");"
                   "INSERT INTO versions VALUES (2, 7, 2, 'Chat', 3000, 9, " +
                   quoted(designJson("Chat 2")) +
                   ");"
                   "INSERT INTO versions VALUES (3, 8, 1, 'Old feed', 1500, 4, " +
                   quoted(designJson("Feed")) + ");");
    ASSERT_EQ(rawInteger(file, "PRAGMA user_version"), 1);

    {
        Library library = openLibrary("v1.sqlite");
        EXPECT_EQ(library.schemaVersion(), 3);
        EXPECT_FALSE(library.readOnly());
        const auto entries = library.list().value();
        ASSERT_EQ(entries.size(), 1u); // the removed design stays removed
        const LibraryEntry& chat = entries.front();
        EXPECT_EQ(chat.id, 7);
        EXPECT_EQ(chat.name, "Chat");
        EXPECT_EQ(chat.templateId, "chat");
        EXPECT_EQ(chat.created, 1000);
        EXPECT_EQ(chat.updated, 3000);
        EXPECT_EQ(chat.revision, 2);
        EXPECT_EQ(chat.componentCount, 9);
        EXPECT_FALSE(chat.hasThumbnail);
        EXPECT_EQ(library.load(7).value(), designJson("Chat 2"));
        const auto versions = library.versions(7).value();
        ASSERT_EQ(versions.size(), 2u);
        EXPECT_EQ(library.versionJson(versions[1].id).value(), designJson("Chat 1"));
        ASSERT_LIBRARY_OK(library.restoreRemoved(8));
        EXPECT_EQ(library.load(8).value(), designJson("Feed"));

        // What version 2 adds works on the migrated file.
        ASSERT_LIBRARY_OK(library.saveDraft(7, "draft"));
        ASSERT_LIBRARY_OK(library.setThumbnail(7, {1, 2}));
        EXPECT_TRUE(library.entry(7).value().thumbnailCurrent);
        const Result<VersionId> saved = library.save(7, designJson("Chat 3"));
        ASSERT_LIBRARY_OK(saved);
        EXPECT_EQ(library.versions(7).value().front().revision, 3);
        EXPECT_TRUE(library.checkIntegrity().empty());
    }
    EXPECT_EQ(rawInteger(file, "PRAGMA user_version"), 3);
    for (const char* table : {"drafts", "thumbnails", "simulation_runs", "practice_sessions"})
        EXPECT_EQ(rawInteger(file, std::string("SELECT count(*) FROM sqlite_master WHERE "
                                               "type = 'table' AND name = '") +
                                       table + "'"),
                  1)
            << table;
    EXPECT_EQ(rawInteger(file, "SELECT count(*) FROM pragma_table_info('simulation_runs') WHERE "
                               "name IN ('id', 'design_id', 'revision', 'edited', 'created_ms', "
                               "'parameters', 'summary', 'design', 'results')"),
              9);
    EXPECT_EQ(rawInteger(file, "SELECT count(*) FROM pragma_table_info('practice_sessions') "
                               "WHERE name IN ('id', 'template_id', 'title', 'started_ms', "
                               "'submitted_ms', 'earned', 'possible', 'summary', 'session')"),
              9);
    EXPECT_EQ(rawInteger(file, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(MigrationTest, OlderFileOpenedReadOnlyIsRefusedUntouched) {
    const std::string file = path("v1.sqlite");
    rawExecute(file, kVersion1Schema);
    const auto before = test::readBytes(file);
    const auto opened = Library::open(file, {LibraryMode::ReadOnly});
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(mentions(opened.problems(), "must be upgraded")) << test::describeProblems(opened);
    EXPECT_TRUE(mentions(opened.problems(), file));
    EXPECT_EQ(test::readBytes(file), before);
}

TEST_F(MigrationTest, NewerSchemaOpensReadOnlyAndRefusesWrites) {
    const std::string file = path("newer.sqlite");
    DesignId id = 0;
    {
        Library library = openLibrary("newer.sqlite");
        id = library.add(designJson("From the future")).value();
    }
    rawExecute(file, "PRAGMA user_version = 4");
    const auto before = test::readBytes(file);
    {
        Library library = openLibrary("newer.sqlite");
        EXPECT_TRUE(library.readOnly());
        EXPECT_EQ(library.schemaVersion(), 4);
        ASSERT_TRUE(library.notice().has_value());
        const std::string notice = library.notice()->format();
        EXPECT_NE(notice.find("newer System Design Studio"), std::string::npos) << notice;
        EXPECT_NE(notice.find(file), std::string::npos) << notice;
        EXPECT_EQ(library.load(id).value(), designJson("From the future"));

        const auto added = library.add(designJson("x"));
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(mentions(added.problems(), "newer")) << test::describeProblems(added);
        EXPECT_TRUE(mentions(added.problems(), "nothing was saved"));
        EXPECT_FALSE(library.save(id, designJson("y")).ok());
        EXPECT_FALSE(library.rename(id, "z").empty());
        EXPECT_FALSE(library.remove(id).empty());
        EXPECT_FALSE(library.saveDraft(id, "draft").ok());
        EXPECT_FALSE(library.setThumbnail(id, {1}).empty());
        EXPECT_FALSE(library.duplicate(id).ok());
        EXPECT_FALSE(library.purgeRemoved().empty());
    }
    EXPECT_EQ(test::readBytes(file), before);
    EXPECT_EQ(rawInteger(file, "PRAGMA user_version"), 4);
}

TEST_F(MigrationTest, AnotherProgramsDatabaseIsRefusedUntouched) {
    const std::string file = path("other.sqlite");
    rawExecute(file, "CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB);"
                     "INSERT INTO photos (data) VALUES (x'0102');");
    const auto before = test::readBytes(file);
    const auto opened = Library::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(mentions(opened.problems(), "not a System Design Studio library"))
        << test::describeProblems(opened);
    EXPECT_EQ(test::readBytes(file), before);
    EXPECT_FALSE(std::filesystem::exists(file + "-wal"));
}

TEST_F(MigrationTest, TwoConnectionsShareAFile) {
    Library writer = openLibrary("shared.sqlite");
    Library reader = openLibrary("shared.sqlite");
    const DesignId id = writer.add(designJson("Shared")).value();
    EXPECT_EQ(reader.load(id).value(), designJson("Shared"));
    ASSERT_LIBRARY_OK(reader.save(id, designJson("Shared 2")));
    EXPECT_EQ(writer.entry(id).value().revision, 2);
}

TEST_F(MigrationTest, MissingFileOrFolder) {
    const auto readOnly = Library::open(path("missing.sqlite"), {LibraryMode::ReadOnly});
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(mentions(readOnly.problems(), "no such file"));
    EXPECT_FALSE(std::filesystem::exists(path("missing.sqlite")));
    const auto noFolder = Library::open(path("no-folder/lib.sqlite"));
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(mentions(noFolder.problems(), "does not exist"))
        << test::describeProblems(noFolder);
    const auto folder = Library::open(m_dir.string());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(mentions(folder.problems(), "is a folder"));
}

} // namespace
} // namespace studio::core
