// `sdstudio library list|import|export`, run as a person would, on temporary library files.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

class LibraryCommandTest : public FolderTest {
protected:
    LibraryCommandTest()
        : FolderTest("library") {}

    void SetUp() override {
        FolderTest::SetUp();
        db = path("lib.sqlite");
    }

    ProcessResult sdstudio(std::vector<std::string> arguments,
                           EnvironmentChanges environment = kHeadless) {
        // Keeps the default library (per-user data folder) inside the test's folder.
        environment.set.emplace_back("XDG_DATA_HOME", (dir / "data").string());
        environment.set.emplace_back("HOME", (dir / "home").string());
        return runSdstudio(std::move(arguments), environment);
    }

    Json listJson() {
        const ProcessResult result = sdstudio({"library", "list", "--json", "--db", db});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return Json::parse(result.out);
    }

    std::string db;
};

TEST_F(LibraryCommandTest, ImportListExportRoundTrip) {
    const ProcessResult imported = sdstudio({"library", "import", exampleDesign(), "--db", db});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.err, "");
    EXPECT_TRUE(contains(imported.out, "as design 1 \"URL shortener\"")) << imported.out;

    const ProcessResult named =
        sdstudio({"library", "import", exampleDesign(), "--name", "Second copy", "--db", db});
    ASSERT_EQ(named.exitCode, 0) << named.err;
    EXPECT_TRUE(contains(named.out, "as design 2 \"Second copy\"")) << named.out;

    const Json list = listJson();
    EXPECT_EQ(list["library"], db);
    ASSERT_EQ(list["designs"].size(), 2u);
    const Json& second = list["designs"][0]; // the latest change first
    EXPECT_EQ(second["id"], 2);
    EXPECT_EQ(second["name"], "Second copy");
    EXPECT_TRUE(second["template"].is_null());
    EXPECT_EQ(second["revision"], 1);
    EXPECT_GT(second["components"].get<int>(), 5);
    EXPECT_EQ(second["thumbnail"], false);
    const std::string updated = second["updated"];
    EXPECT_EQ(updated.size(), std::string("2024-01-01T00:00:00.000Z").size()) << updated;
    EXPECT_EQ(updated.back(), 'Z');

    const ProcessResult text = sdstudio({"library", "list", "--db", db});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "URL shortener")) << text.out;
    EXPECT_TRUE(contains(text.out, "Second copy")) << text.out;
    EXPECT_LT(text.out.find("Second copy"), text.out.find("URL shortener")) << text.out;
    // The library option before the command reads the same (it used to be "unknown command
    // 'library'; did you mean 'library'?"), in both spellings.
    for (const std::vector<std::string>& before :
         {std::vector<std::string>{"--db", db, "library", "list"},
          std::vector<std::string>{"--db=" + db, "library", "list"}}) {
        const ProcessResult same = sdstudio(before);
        EXPECT_EQ(same.exitCode, 0) << same.err;
        EXPECT_EQ(same.out, text.out);
    }

    const std::string out = (dir / "out.json").string();
    const ProcessResult exported = sdstudio({"library", "export", "1", "-o", out, "--db", db});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(readFile(out), readFile(exampleDesign()));
    const ProcessResult valid = sdstudio({"validate", out});
    EXPECT_EQ(valid.exitCode, 0) << valid.err;
}

// A name with a newline faked a row of the listing: names are one line.
TEST_F(LibraryCommandTest, ANameCannotFakeRows) {
    const ProcessResult imported = sdstudio({"library", "import", exampleDesign(), "--name",
                                             "Real\n     9  2026-01-01 00:00:00", "--db", db});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const ProcessResult text = sdstudio({"library", "list", "--db", db});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_EQ(std::count(text.out.begin(), text.out.end(), '\n'), 2) << text.out; // header, row
    EXPECT_TRUE(contains(text.out, "Real 9  2026-01-01 00:00:00\n")) << text.out;
    EXPECT_EQ(listJson()["designs"][0]["name"], "Real 9  2026-01-01 00:00:00");
}

TEST_F(LibraryCommandTest, AnInvalidDesignIsRefusedAndTheLibraryIsUnchanged) {
    ASSERT_EQ(sdstudio({"library", "import", exampleDesign(), "--db", db}).exitCode, 0);
    const Json before = listJson();
    const std::string bytes = readFile(db);

    Json broken = Json::parse(readFile(exampleDesign()));
    broken["links"][0]["to"] = "no-such-component";
    const std::string file = write("broken.json", broken.dump(2));
    const ProcessResult result = sdstudio({"library", "import", file, "--db", db});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(contains(result.err, file + ": links[0]")) << result.err;
    EXPECT_TRUE(contains(result.err, "no-such-component")) << result.err;

    const ProcessResult notJson =
        sdstudio({"library", "import", write("notjson.json", "{oops"), "--db", db});
    EXPECT_EQ(notJson.exitCode, 1);
    EXPECT_TRUE(contains(notJson.err, "not valid JSON")) << notJson.err;
    const ProcessResult missing =
        sdstudio({"library", "import", (dir / "missing.json").string(), "--db", db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(contains(missing.err, "no such file")) << missing.err;

    EXPECT_EQ(listJson(), before);
    EXPECT_EQ(readFile(db), bytes);
}

TEST_F(LibraryCommandTest, ExportFailures) {
    ASSERT_EQ(sdstudio({"library", "import", exampleDesign(), "--db", db}).exitCode, 0);
    const std::string out = (dir / "out.json").string();

    const ProcessResult unknown = sdstudio({"library", "export", "99", "-o", out, "--db", db});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(contains(unknown.err, "no design with id 99")) << unknown.err;
    EXPECT_TRUE(contains(unknown.err, db)) << unknown.err;
    EXPECT_FALSE(fs::exists(out));

    const ProcessResult notAnId = sdstudio({"library", "export", "one", "-o", out, "--db", db});
    EXPECT_EQ(notAnId.exitCode, 2);
    EXPECT_TRUE(contains(notAnId.err, "got 'one'")) << notAnId.err;
    const ProcessResult noOutput = sdstudio({"library", "export", "1", "--db", db});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(contains(noOutput.err, "missing -o FILE")) << noOutput.err;

    const ProcessResult noFolder = sdstudio(
        {"library", "export", "1", "-o", (dir / "no-folder" / "out.json").string(), "--db", db});
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_TRUE(contains(noFolder.err, "Cannot write")) << noFolder.err;
}

TEST_F(LibraryCommandTest, ACorruptOrMissingLibraryIsReportedAndLeftAlone) {
    std::mt19937 random(1);
    std::string garbage(4096, '\0');
    for (char& c : garbage)
        c = static_cast<char>(random());
    write("lib.sqlite", garbage);
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"library", "list", "--db", db},
          {"library", "import", exampleDesign(), "--db", db},
          {"library", "export", "1", "-o", (dir / "out.json").string(), "--db", db}}) {
        const ProcessResult result = sdstudio(arguments);
        EXPECT_EQ(result.exitCode, 1) << arguments[1];
        EXPECT_TRUE(contains(result.err, db + " is not a System Design Studio library, or it is "
                                              "corrupt"))
            << result.err;
    }
    EXPECT_EQ(readFile(db), garbage);

    const std::string missing = (dir / "missing.sqlite").string();
    const ProcessResult list = sdstudio({"library", "list", "--db", missing});
    EXPECT_EQ(list.exitCode, 1);
    EXPECT_TRUE(contains(list.err, "no such file")) << list.err;
    EXPECT_FALSE(fs::exists(missing));
}

TEST_F(LibraryCommandTest, WithoutDbTheDefaultLibraryIsCreatedInTheDataFolder) {
    const ProcessResult empty = sdstudio({"library", "list"});
    ASSERT_EQ(empty.exitCode, 0) << empty.err;
    const fs::path library = dir / "data" / "sdstudio" / "sdstudio" / "library.sqlite";
    EXPECT_TRUE(fs::exists(library));
    EXPECT_TRUE(contains(empty.out, "No designs in " + library.string())) << empty.out;
    ASSERT_EQ(sdstudio({"library", "import", exampleDesign()}).exitCode, 0);
    const ProcessResult listed = sdstudio({"library", "list", "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_EQ(Json::parse(listed.out)["designs"].size(), 1u);
    EXPECT_EQ(Json::parse(listed.out)["library"], library.string());
}

TEST_F(LibraryCommandTest, TheGroupNeedsACommand) {
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"library"}, {"library", "frobnicate"}, {"help", "library"}}) {
        const ProcessResult result = sdstudio(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.back();
        EXPECT_TRUE(contains(result.err, "'library' needs a command: list, import, export"))
            << result.err;
    }
    const ProcessResult extra =
        sdstudio({"library", "import", exampleDesign(), "more", "--db", db});
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(contains(extra.err, "sdstudio library import: too many arguments")) << extra.err;
    const ProcessResult missing = sdstudio({"library", "import"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(contains(missing.err, "missing FILE")) << missing.err;

    const ProcessResult help = sdstudio({"help", "library", "import"});
    EXPECT_EQ(help.exitCode, 0) << help.err;
    EXPECT_TRUE(contains(help.out, "Usage: sdstudio library import [options] FILE")) << help.out;
    EXPECT_TRUE(contains(help.out, "--name")) << help.out;
    EXPECT_TRUE(contains(help.out, "--db")) << help.out;
    const ProcessResult overview = sdstudio({"--help"});
    EXPECT_TRUE(contains(overview.out, "library export ID")) << overview.out;
}

} // namespace
} // namespace studio::cli::test
