// Hostile uses of the library: names that would fake rows, several processes creating one
// library at once, reading where nothing can be written.
#include "LibraryTestSupport.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <unistd.h>

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::designJson;
using test::mentions;

class LibraryHostileTest : public test::LibraryFileTest {};

TEST_F(LibraryHostileTest, NamesAreOneLine) {
    Library library = openLibrary("lib.sqlite");
    const DesignId id = library.add(designJson("x"), "Real\n     7  2026-01-01 Fake").value();
    EXPECT_EQ(library.entry(id).value().name, "Real 7  2026-01-01 Fake");
    ASSERT_LIBRARY_OK(library.rename(id, "\tTabbed\r\nname\x7f"));
    EXPECT_EQ(library.entry(id).value().name, "Tabbed name");
    ASSERT_LIBRARY_OK(library.save(id, designJson("x"), std::string("a\nb")));
    EXPECT_EQ(library.entry(id).value().name, "a b");
    EXPECT_EQ(library.versions(id).value().front().name, "a b");
    EXPECT_EQ(library.entry(library.duplicate(id, "c\n").value()).value().name, "c");
    // The design's own name, when none is given.
    const DesignId own = library.add(designJson("Own\nname")).value();
    EXPECT_EQ(library.entry(own).value().name, "Own name");
    EXPECT_TRUE(mentions(library.rename(id, "\n\x01\n"), "needs a name"));
}

// Processes creating the same new library at once: each must find a library (the first
// creates it), never "not a System Design Studio library". Threads with a connection each
// race as processes do.
TEST_F(LibraryHostileTest, CreatingOneLibraryAtOnceIsAtomic) {
    constexpr int kRounds = 30;
    constexpr int kOpeners = 4;
    for (int round = 0; round < kRounds; ++round) {
        const std::string file = path("new-" + std::to_string(round) + ".sqlite");
        std::atomic<int> ready{0};
        std::vector<std::string> failures(kOpeners);
        std::vector<std::thread> openers;
        for (int i = 0; i < kOpeners; ++i)
            openers.emplace_back([&, i] {
                ++ready;
                while (ready.load() < kOpeners) {
                }
                auto library = Library::open(file);
                if (!library.ok())
                    failures[i] = test::describeProblems(library);
                else if (library.value().readOnly() || !library.value().list().ok())
                    failures[i] = "opened, but not as a writable library";
            });
        for (auto& opener : openers)
            opener.join();
        for (const std::string& failure : failures)
            ASSERT_EQ(failure, "") << "round " << round;
        EXPECT_EQ(test::rawInteger(file, "PRAGMA user_version"), 3);
    }
}

// A read in a folder nobody may write (a read-only mount, another user's folder): the -shm
// file a WAL library needs cannot be made there.
TEST_F(LibraryHostileTest, AReadOnlyFolderIsReadWithANotice) {
    const fs::path folder = m_dir / "shelf";
    fs::create_directory(folder);
    const std::string file = (folder / "lib.sqlite").string();
    DesignId id = 0;
    {
        auto library = Library::open(file);
        ASSERT_LIBRARY_OK(library);
        id = library.value().add(designJson("Kept")).value();
    }
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    const bool mayWrite = ::access(folder.c_str(), W_OK) == 0;
    if (!mayWrite) {
        auto library = Library::open(file);
        ASSERT_LIBRARY_OK(library);
        EXPECT_TRUE(library.value().readOnly());
        ASSERT_TRUE(library.value().notice().has_value());
        EXPECT_NE(
            library.value().notice()->format().find("folder is read-only or the disk is full"),
            std::string::npos);
        EXPECT_EQ(library.value().entry(id).value().name, "Kept");
        EXPECT_EQ(library.value().load(id).value(), designJson("Kept"));
        EXPECT_TRUE(mentions(library.value().rename(id, "x"), "nothing was saved"));
        EXPECT_TRUE(Library::open(file, {LibraryMode::ReadOnly}).ok());
    }
    fs::permissions(folder, fs::perms::owner_all);
    if (mayWrite)
        GTEST_SKIP() << "running as a user who may write read-only folders (root)";
}

} // namespace
} // namespace studio::core
