// A locked, read-only, corrupt or full library: a clear message naming the file, and nothing
// already in the library lost or changed. Every case on a real file.
#include "LibraryTestSupport.h"

#include "../format/TestDesigns.h"

#include "format/DesignJson.h"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include <unistd.h>

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::designJson;
using test::mentions;

// Another program's connection to a library file, holding whatever lock its SQL takes.
class OtherConnection {
public:
    explicit OtherConnection(const std::string& path) {
        EXPECT_EQ(sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    }
    ~OtherConnection() { sqlite3_close(m_db); }
    void execute(const std::string& sql) {
        EXPECT_EQ(sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
            << sql << ": " << sqlite3_errmsg(m_db);
    }

private:
    sqlite3* m_db = nullptr;
};

class BadInputTest : public test::LibraryFileTest {
protected:
    // A library with two designs (one saved twice, one with a draft), closed again.
    void makeLibrary(const std::string& file) {
        Library library = openLibrary(file);
        m_first = library.add(designJson("First")).value();
        ASSERT_LIBRARY_OK(library.save(m_first, designJson("First, again")));
        m_second = library.add(designJson("Second"), "Second", "chat").value();
        ASSERT_LIBRARY_OK(library.saveDraft(m_second, "draft"));
    }

    // The library's whole content as seen through a Library.
    struct Snapshot {
        std::vector<LibraryEntry> entries;
        std::vector<std::string> jsons;
        std::vector<VersionEntry> versions;
        std::vector<DraftEntry> drafts;
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot(const Library& library) {
        Snapshot s;
        s.entries = library.list().value();
        for (const LibraryEntry& entry : s.entries) {
            s.jsons.push_back(library.load(entry.id).value());
            const std::vector<VersionEntry> versions = library.versions(entry.id).value();
            for (const VersionEntry& version : versions) {
                s.versions.push_back(version);
                s.jsons.push_back(library.versionJson(version.id).value());
            }
        }
        s.drafts = library.drafts().value();
        return s;
    }

    DesignId m_first = 0;
    DesignId m_second = 0;
};

TEST_F(BadInputTest, ABusyLibraryIsReportedAfterTheTimeoutAndNothingChanges) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    Library library = openLibrary("lib.sqlite", {LibraryMode::ReadWrite, 200});
    const Snapshot before = snapshot(library);

    OtherConnection other(file);
    other.execute("BEGIN IMMEDIATE; UPDATE designs SET name = 'held' WHERE id = " +
                  std::to_string(m_first));
    const auto start = std::chrono::steady_clock::now();
    const auto saved = library.save(m_first, designJson("Blocked"));
    const auto waited = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(mentions(saved.problems(), "is busy")) << test::describeProblems(saved);
    EXPECT_TRUE(mentions(saved.problems(), file));
    EXPECT_GE(waited, std::chrono::milliseconds(150)); // it waited for the lock first
    EXPECT_FALSE(library.add(designJson("Blocked too")).ok());
    EXPECT_FALSE(library.saveDraft(std::nullopt, "blocked").ok());
    // Readers are never blocked by a writer (WAL): the library can still be browsed.
    EXPECT_EQ(snapshot(library), before);

    other.execute("ROLLBACK");
    EXPECT_EQ(snapshot(library), before);
    ASSERT_LIBRARY_OK(library.save(m_first, designJson("Unblocked")));
}

TEST_F(BadInputTest, AnExclusivelyLockedLibraryCannotBeOpened) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    Snapshot before;
    {
        OtherConnection other(file);
        other.execute("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT");
        const auto opened = Library::open(file, {LibraryMode::ReadWrite, 100});
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(mentions(opened.problems(), "is busy")) << test::describeProblems(opened);
        EXPECT_TRUE(mentions(opened.problems(), file));
    }
    Library library = openLibrary("lib.sqlite");
    EXPECT_EQ(library.list().value().size(), 2u);
    EXPECT_EQ(library.load(m_first).value(), designJson("First, again"));
}

TEST_F(BadInputTest, ReadOnlyModeReadsAndRefusesWrites) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    const auto bytes = test::readBytes(file);
    {
        Library library = openLibrary("lib.sqlite", {LibraryMode::ReadOnly});
        EXPECT_TRUE(library.readOnly());
        EXPECT_EQ(library.load(m_second).value(), designJson("Second"));
        const auto added = library.add(designJson("x"));
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(mentions(added.problems(), "open read-only")) << test::describeProblems(added);
        EXPECT_TRUE(mentions(added.problems(), file));
        EXPECT_FALSE(library.save(m_first, designJson("y")).ok());
        EXPECT_FALSE(library.remove(m_first).empty());
        EXPECT_FALSE(library.saveDraft(m_first, "z").ok());
    }
    EXPECT_EQ(test::readBytes(file), bytes);
}

TEST_F(BadInputTest, AReadOnlyFileOpensReadOnly) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    if (::access(file.c_str(), W_OK) == 0)
        GTEST_SKIP() << "running as a user who may write read-only files (root)";
    const auto bytes = test::readBytes(file);
    {
        Library library = openLibrary("lib.sqlite");
        EXPECT_TRUE(library.readOnly());
        ASSERT_TRUE(library.notice().has_value());
        EXPECT_NE(library.notice()->format().find("is read-only"), std::string::npos);
        EXPECT_EQ(library.list().value().size(), 2u);
        const auto saved = library.save(m_first, designJson("y"));
        ASSERT_FALSE(saved.ok());
        EXPECT_TRUE(mentions(saved.problems(), "read-only")) << test::describeProblems(saved);
        EXPECT_TRUE(mentions(saved.problems(), file));
    }
    EXPECT_EQ(test::readBytes(file), bytes);
}

TEST_F(BadInputTest, RandomBytesAreRefusedAndLeftByteIdentical) {
    const std::string file = path("random.sqlite");
    std::mt19937 random(42);
    std::vector<std::uint8_t> bytes(8192);
    for (auto& byte : bytes)
        byte = static_cast<std::uint8_t>(random());
    test::writeBytes(file, bytes);
    for (const LibraryMode mode : {LibraryMode::ReadWrite, LibraryMode::ReadOnly}) {
        const auto opened = Library::open(file, {mode});
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(mentions(opened.problems(), "not a System Design Studio library, or it is "
                                                "corrupt"))
            << test::describeProblems(opened);
        EXPECT_TRUE(mentions(opened.problems(), file));
    }
    EXPECT_EQ(test::readBytes(file), bytes);
    EXPECT_EQ(std::distance(fs::directory_iterator(m_dir), fs::directory_iterator()), 1);
}

TEST_F(BadInputTest, ATruncatedHeaderIsRefusedAndLeftByteIdentical) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    auto bytes = test::readBytes(file);
    ASSERT_GT(bytes.size(), 100u);
    bytes.resize(60); // the SQLite header is 100 bytes long
    test::writeBytes(file, bytes);
    const auto opened = Library::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(mentions(opened.problems(), "or it is corrupt")) << test::describeProblems(opened);
    EXPECT_EQ(test::readBytes(file), bytes);
}

TEST_F(BadInputTest, DamagedPagesAreReportedNotHidden) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    auto bytes = test::readBytes(file);
    const std::size_t pageSize = 4096;
    ASSERT_GT(bytes.size(), 3 * pageSize);
    // Keep the first page (header and schema); scramble every other page.
    std::mt19937 random(7);
    for (std::size_t i = pageSize; i < bytes.size(); ++i)
        bytes[i] = static_cast<std::uint8_t>(random());
    test::writeBytes(file, bytes);
    const auto opened = Library::open(file, {LibraryMode::ReadOnly});
    if (opened.ok()) {
        // The schema still reads; the damage shows on the first query that meets it.
        const auto listed = opened.value().list();
        EXPECT_FALSE(listed.ok() && opened.value().checkIntegrity().empty());
        if (!listed.ok()) {
            EXPECT_TRUE(mentions(listed.problems(), "or it is corrupt"))
                << test::describeProblems(listed);
        }
    }
    EXPECT_EQ(test::readBytes(file), bytes);
}

TEST_F(BadInputTest, AFullDiskIsReportedAndEarlierDataIsIntact) {
    const std::string file = path("lib.sqlite");
    makeLibrary("lib.sqlite");
    const auto size = static_cast<std::int64_t>(fs::file_size(file));
    Library library = openLibrary("lib.sqlite", {LibraryMode::ReadWrite, 5000, size + 8192});
    const Snapshot before = snapshot(library);

    Design big = test::smallDesign();
    big.name = "Too big";
    big.description = std::string(400'000, 'x');
    const auto added = library.add(designToJson(big));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(mentions(added.problems(), "is full")) << test::describeProblems(added);
    EXPECT_TRUE(mentions(added.problems(), file));
    const auto saved = library.save(m_first, designToJson(big));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(mentions(saved.problems(), "is full"));

    EXPECT_EQ(snapshot(library), before);
    EXPECT_TRUE(library.checkIntegrity().empty());
    // Small writes still fit.
    ASSERT_LIBRARY_OK(library.rename(m_first, "Still works"));
    Library reopened = openLibrary("lib.sqlite");
    EXPECT_EQ(reopened.load(m_first).value(), designJson("First, again"));
    EXPECT_EQ(reopened.list().value().size(), 2u);
}

} // namespace
} // namespace studio::core
