// `sdstudio templates` and `sdstudio new --template ID -o FILE`, run as a person would.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

ProcessResult sdstudio(std::vector<std::string> arguments) {
    return runSdstudio(std::move(arguments));
}

// The ids of templates/*.json in the source tree: what the binary must have embedded.
std::set<std::string> idsOnDisk() {
    std::set<std::string> ids;
    for (const auto& entry : fs::directory_iterator(fs::path(STUDIO_SOURCE_DIR) / "templates"))
        if (entry.path().extension() == ".json")
            ids.insert(entry.path().stem().string());
    return ids;
}

class TemplatesCommandTest : public FolderTest {
protected:
    TemplatesCommandTest()
        : FolderTest("templates") {}
};

TEST_F(TemplatesCommandTest, ListsEveryTemplateInTheFolder) {
    const ProcessResult result = sdstudio({"templates"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err, "");
    std::set<std::string> listed;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        const std::string id = line.substr(0, line.find(' '));
        EXPECT_TRUE(listed.insert(id).second) << id << " listed twice";
        EXPECT_GT(line.find_first_not_of(' ', id.size()), id.size()) << line; // a title follows
    }
    EXPECT_EQ(listed, idsOnDisk());
}

TEST_F(TemplatesCommandTest, JsonListsIdsTitlesAndSummariesInOrder) {
    const ProcessResult result = sdstudio({"templates", "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Json list = Json::parse(result.out);
    ASSERT_TRUE(list.is_array());
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& entry = list[i];
        ids.insert(entry.at("id").get<std::string>());
        EXPECT_FALSE(entry.at("title").get<std::string>().empty());
        EXPECT_FALSE(entry.at("summary").get<std::string>().empty());
        EXPECT_EQ(entry.at("order").get<int>(), static_cast<int>(i + 1));
    }
    EXPECT_EQ(ids, idsOnDisk());
}

TEST_F(TemplatesCommandTest, NewWritesEachTemplateAsAValidDesign) {
    const auto ids = idsOnDisk();
    ASSERT_EQ(ids.size(), 10u) << "the ten reference designs under templates/";
    for (const std::string& id : ids) {
        const std::string file = (dir / (id + ".json")).string();
        const ProcessResult made = sdstudio({"new", "--template", id, "-o", file});
        EXPECT_EQ(made.exitCode, 0) << id << ": " << made.err;
        EXPECT_TRUE(contains(made.out, "from template " + id)) << made.out;
        const ProcessResult valid = sdstudio({"validate", file});
        EXPECT_EQ(valid.exitCode, 0) << id << ": " << valid.err;
        EXPECT_TRUE(contains(readFile(file), "\"format\": \"sdstudio-design\"")) << id;
    }
}

// A usage error, as an unknown calculator is, with the likely one and the known ones.
TEST_F(TemplatesCommandTest, UnknownTemplateIsAUsageErrorNamingTheKnownOnes) {
    const std::string file = (dir / "out.json").string();
    const ProcessResult result = sdstudio({"new", "--template", "url-shortner", "-o", file});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "unknown template 'url-shortner'; did you mean "
                                     "'url-shortener'? (known: "))
        << result.err;
    for (const std::string& id : idsOnDisk())
        EXPECT_TRUE(contains(result.err, id)) << result.err;
    EXPECT_FALSE(fs::exists(file));
}

TEST_F(TemplatesCommandTest, AnExistingFileIsKeptUnlessForced) {
    const auto ids = idsOnDisk();
    ASSERT_EQ(ids.size(), 10u) << "the ten reference designs under templates/";
    const fs::path file = dir / "mine.json";
    std::ofstream(file) << "my own work\n";
    const std::string id = *ids.begin();
    const ProcessResult refused = sdstudio({"new", "--template", id, "-o", file.string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(contains(refused.err, "already exists; give --force to overwrite it"))
        << refused.err;
    EXPECT_EQ(readFile(file), "my own work\n");

    const ProcessResult forced =
        sdstudio({"new", "--template", id, "--output", file.string(), "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_EQ(sdstudio({"validate", file.string()}).exitCode, 0);
}

TEST_F(TemplatesCommandTest, MissingOptionsAreUsageErrors) {
    ProcessResult result = sdstudio({"new", "-o", (dir / "x.json").string()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "missing --template ID")) << result.err;
    result = sdstudio({"new", "--template", "url-shortener"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(contains(result.err, "missing -o FILE")) << result.err;
    result = sdstudio({"templates", "extra"});
    EXPECT_EQ(result.exitCode, 2);
}

TEST_F(TemplatesCommandTest, HelpNamesBothCommands) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(contains(result.out, "\n  templates ")) << result.out;
    EXPECT_TRUE(contains(result.out, "\n  new ")) << result.out;
    const ProcessResult help = sdstudio({"help", "new"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(contains(help.out, "--force")) << help.out;
    EXPECT_TRUE(contains(help.out, "--template <ID>")) << help.out;
}

} // namespace
} // namespace studio::cli::test
