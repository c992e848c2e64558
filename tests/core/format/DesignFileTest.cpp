#include "TempFolderTest.h"
#include "TestDesigns.h"

#include "format/DesignFile.h"
#include "format/DesignJson.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#if defined(__unix__)
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::describe;

class DesignFileTest : public test::TempFolderTest {
protected:
    static std::string read(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_dir))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

Problem onlyProblem(const Result<Design>& result) {
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.problems().size(), 1u) << describe(result.problems());
    return result.problems().empty() ? Problem{} : result.problems()[0];
}

TEST_F(DesignFileTest, MissingFile) {
    const Problem problem = onlyProblem(loadDesignFile(path("absent.json")));
    EXPECT_EQ(problem.place, "");
    EXPECT_EQ(problem.text(), "cannot open: no such file");
}

TEST_F(DesignFileTest, Directory) {
    fs::create_directory(path("folder.json"));
    EXPECT_EQ(onlyProblem(loadDesignFile(path("folder.json"))).text(),
              "is a directory, not a design file");
}

TEST_F(DesignFileTest, EmptyFile) {
    write("empty.json", "");
    EXPECT_EQ(onlyProblem(loadDesignFile(path("empty.json"))).text(), "the file is empty");
}

TEST_F(DesignFileTest, HugeFileIsRefusedUnread) {
    write("huge.json", "{");
    fs::resize_file(path("huge.json"), 65u << 20); // sparse: no disk used
    EXPECT_NE(onlyProblem(loadDesignFile(path("huge.json"))).text().find("is 65 MB"),
              std::string::npos);
}

TEST_F(DesignFileTest, BadJsonGivesItsPosition) {
    write("bad.json", "{\n  \"format\": \"sdstudio-design\",\n  \"version\": 1,,\n}");
    EXPECT_NE(onlyProblem(loadDesignFile(path("bad.json"))).text().find("line 3, column 16"),
              std::string::npos);
}

TEST_F(DesignFileTest, LoadValidates) {
    Design design = test::smallDesign();
    design.components[4].properties["shards"] = std::int64_t{0};
    write("invalid.json", designToJson(design));
    EXPECT_EQ(onlyProblem(loadDesignFile(path("invalid.json"))).text(),
              "components[4] \"db\": shards must be >= 1, got 0");
}

TEST_F(DesignFileTest, SaveThenLoad) {
    const Design design = test::everyKindDesign();
    const Problems saved = saveDesignFile(design, path("design.json"));
    ASSERT_TRUE(saved.empty()) << describe(saved);
    const auto loaded = loadDesignFile(path("design.json"));
    ASSERT_TRUE(loaded.ok()) << describe(loaded.problems());
    EXPECT_EQ(loaded.value(), design);
    EXPECT_EQ(read(path("design.json")), designToJson(design));
    EXPECT_EQ(entries(), std::vector<std::string>{"design.json"}); // no temporary left
}

TEST_F(DesignFileTest, SaveIntoMissingDirectoryFailsAndLeavesNothing) {
    const Problems problems = saveDesignFile(test::smallDesign(), path("no-such-dir/d.json"));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_NE(problems[0].text().find("does not exist"), std::string::npos) << problems[0].text();
    EXPECT_FALSE(fs::exists(path("no-such-dir")));
    EXPECT_TRUE(entries().empty());
}

TEST_F(DesignFileTest, SaveOverExistingFileReplacesIt) {
    write("design.json", "old contents");
    const Design design = test::smallDesign();
    ASSERT_TRUE(saveDesignFile(design, path("design.json")).empty());
    EXPECT_EQ(read(path("design.json")), designToJson(design));
    EXPECT_EQ(entries(), std::vector<std::string>{"design.json"});
}

TEST_F(DesignFileTest, SaveKeepsTheReplacedFilesPermissions) {
    write("design.json", "old");
    fs::permissions(path("design.json"), fs::perms::owner_read | fs::perms::owner_write);
    ASSERT_TRUE(saveDesignFile(test::smallDesign(), path("design.json")).empty());
    EXPECT_EQ(fs::status(path("design.json")).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write);
}

TEST_F(DesignFileTest, SaveWhereTheParentIsAFileFailsAndKeepsIt) {
    write("blocker", "precious");
    const Problems problems = saveDesignFile(test::smallDesign(), path("blocker/d.json"));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_NE(problems[0].text().find("is a file, not a folder"), std::string::npos)
        << problems[0].text();
    EXPECT_EQ(read(path("blocker")), "precious");
    EXPECT_EQ(entries(), std::vector<std::string>{"blocker"});
}

TEST_F(DesignFileTest, SaveThroughASymlinkReplacesItsTarget) {
    write("real.json", "old");
    fs::create_symlink("real.json", path("link.json"));
    const Design design = test::smallDesign();
    ASSERT_TRUE(saveDesignFile(design, path("link.json")).empty());
    EXPECT_TRUE(fs::is_symlink(path("link.json")));
    EXPECT_EQ(read(path("real.json")), designToJson(design));
}

TEST_F(DesignFileTest, SaveOntoADirectoryFails) {
    fs::create_directory(path("folder.json"));
    const Problems problems = saveDesignFile(test::smallDesign(), path("folder.json"));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].text().find("is a directory"), std::string::npos);
    EXPECT_TRUE(fs::is_directory(path("folder.json")));
}

#if defined(__unix__)
// Saving over a pipe (as over a device node, as root) would rename a regular file over it.
TEST_F(DesignFileTest, SaveOntoAPipeFailsAndKeepsIt) {
    ASSERT_EQ(::mkfifo(path("pipe.json").c_str(), 0600), 0);
    const Problems problems = saveDesignFile(test::smallDesign(), path("pipe.json"));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].text().find("is not a regular file"), std::string::npos)
        << problems[0].text();
    EXPECT_TRUE(fs::is_fifo(path("pipe.json")));
}

// A write that fails half way (here: the file size limit, as a full disk would) must leave
// the earlier file as it was and no temporary behind. Root ignores permissions, so a
// read-only folder would not do.
TEST_F(DesignFileTest, FailedWriteKeepsTheOldFileIntact) {
    write("design.json", "old contents");
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 100;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const Problems problems = saveDesignFile(test::everyKindDesign(), path("design.json"));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text().rfind("cannot save: ", 0), 0u) << problems[0].text();
    EXPECT_EQ(read(path("design.json")), "old contents");
    EXPECT_EQ(entries(), std::vector<std::string>{"design.json"});
}
#endif

} // namespace
} // namespace studio::core
