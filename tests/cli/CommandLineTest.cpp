// Runs the built sdstudio as a person would: no display, exit codes and messages checked.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

ProcessResult sdstudio(std::vector<std::string> arguments,
                       const EnvironmentChanges& environment = kHeadless) {
    return runSdstudio(std::move(arguments), environment);
}

// A small valid design in the file format.
Json tinyDesign() {
    return Json::parse(R"({
      "format": "sdstudio-design",
      "version": 1,
      "name": "Tiny",
      "components": [
        {"id": "users", "kind": "client", "name": "Users", "x": 0, "y": 0,
         "width": 140, "height": 64},
        {"id": "app", "kind": "service", "name": "App", "x": 300, "y": 0,
         "width": 160, "height": 64, "properties": {"instances": 3}},
        {"id": "db", "kind": "sql_database", "name": "DB", "x": 600, "y": 0,
         "width": 160, "height": 64}
      ],
      "links": [
        {"id": "users-app", "from": "users", "to": "app", "mode": "call"},
        {"id": "app-db", "from": "app", "to": "db", "mode": "call"}
      ]
    })");
}

class CommandLineTest : public FolderTest {
protected:
    CommandLineTest()
        : FolderTest("cli") {}

    using FolderTest::write;
    std::string write(const std::string& name, const Json& json) const {
        return write(name, json.dump(2));
    }

    // Validating `file` fails with exit status 1, and every line of standard error names the
    // file; the first names `place` too.
    void expectInvalid(const std::string& file, const std::string& place) {
        const ProcessResult result = sdstudio({"validate", file});
        EXPECT_EQ(result.exitCode, 1) << result.err;
        EXPECT_EQ(result.out, "");
        const auto errors = lines(result.err);
        ASSERT_FALSE(errors.empty());
        for (const auto& line : errors)
            EXPECT_EQ(line.rfind(file + ": ", 0), 0u) << line;
        EXPECT_NE(errors.front().find(place), std::string::npos)
            << "expected " << place << " in: " << result.err;
    }
};

TEST_F(CommandLineTest, HelpExitsZero) {
    const ProcessResult result = sdstudio({"--help"});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Usage: sdstudio"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("validate FILE"), std::string::npos) << result.out;
    EXPECT_EQ(result.err, "");
}

TEST_F(CommandLineTest, HelpCommandShowsACommandsHelp) {
    for (const auto& arguments : std::vector<std::vector<std::string>>{
             {"help", "validate"}, {"validate", "--help"}, {"validate", "-h"}}) {
        const ProcessResult result = sdstudio(arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_NE(result.out.find("Usage: sdstudio validate [options] FILE"), std::string::npos)
            << result.out;
    }
    const ProcessResult overview = sdstudio({"help"});
    EXPECT_EQ(overview.exitCode, 0);
    EXPECT_NE(overview.out.find("Commands:"), std::string::npos) << overview.out;
}

TEST_F(CommandLineTest, VersionPrintsTheVersion) {
    for (const char* option : {"--version", "-v"}) {
        const ProcessResult result = sdstudio({option});
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(result.out, "sdstudio 0.1.0\n");
    }
}

TEST_F(CommandLineTest, BadCommandLinesExitTwoWithAHint) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--no-such-option"}, "sdstudio: Unknown option 'no-such-option'."},
        {{"frobnicate", "x"}, "sdstudio: unknown command 'frobnicate'"},
        {{"validate"}, "sdstudio validate: missing FILE"},
        {{"validate", "a.json", "b.json"}, "sdstudio validate: too many arguments"},
        {{"validate", "--frob", "a.json"}, "sdstudio validate: Unknown option 'frob'."},
        {{"help", "frobnicate"}, "sdstudio: unknown command 'frobnicate'"},
    };
    for (const auto& [arguments, error] : cases) {
        const ProcessResult result = sdstudio(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.front() << ": " << result.err;
        const auto errors = lines(result.err);
        ASSERT_EQ(errors.size(), 2u) << result.err;
        EXPECT_EQ(errors[0].rfind(error, 0), 0u) << errors[0];
        EXPECT_NE(errors[1].find("--help"), std::string::npos) << errors[1];
        EXPECT_EQ(result.out, "");
    }
}

TEST_F(CommandLineTest, ValidatesAValidDesign) {
    const std::string file = write("tiny.json", tinyDesign());
    const ProcessResult result = sdstudio({"validate", file});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out, file + ": valid design \"Tiny\" (3 components, 2 links)\n");
    EXPECT_EQ(result.err, "");
}

TEST_F(CommandLineTest, ValidatesTheExampleDesign) {
    ASSERT_TRUE(fs::exists(exampleDesign())) << exampleDesign();
    const ProcessResult result = sdstudio({"validate", exampleDesign()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.rfind(exampleDesign() + ": valid design \"", 0), 0u) << result.out;
}

TEST_F(CommandLineTest, RejectsFilesThatAreNotDesigns) {
    expectInvalid((dir / "missing.json").string(), "no such file");
    expectInvalid(dir.string(), "directory");
    expectInvalid(write("empty.json", std::string()), "empty.json: ");
    const std::string text = tinyDesign().dump(2);
    expectInvalid(write("truncated.json", text.substr(0, text.size() / 2)), "truncated.json: ");
    expectInvalid(write("prose.json", std::string("Dear diary, today I drew a cache.")),
                  "prose.json: ");
}

TEST_F(CommandLineTest, RejectsWrongTypes) {
    Json design = tinyDesign();
    design["components"][1]["properties"]["instances"] = "three";
    expectInvalid(write("types.json", design), "components[1]");
    design = tinyDesign();
    design["name"] = 42;
    expectInvalid(write("name.json", design), "name");
}

TEST_F(CommandLineTest, RejectsAnUnknownKind) {
    Json design = tinyDesign();
    design["components"][2]["kind"] = "quantum_router";
    expectInvalid(write("kind.json", design), "components[2]");
}

TEST_F(CommandLineTest, RejectsDuplicateIds) {
    Json design = tinyDesign();
    design["components"][2]["id"] = "app";
    design["links"][1]["to"] = "app";
    expectInvalid(write("duplicate.json", design), "components[2]");
}

TEST_F(CommandLineTest, RejectsADanglingLink) {
    Json design = tinyDesign();
    design["links"][1]["to"] = "ghost";
    expectInvalid(write("dangling.json", design), "links[1]");
}

TEST_F(CommandLineTest, RejectsNumbersOutOfRange) {
    Json design = tinyDesign();
    design["components"][1]["properties"]["instances"] = -3;
    expectInvalid(write("negative.json", design), "components[1]");
    design["components"][1]["properties"]["instances"] = 1e15;
    expectInvalid(write("absurd.json", design), "components[1]");
}

TEST_F(CommandLineTest, RejectsANewerVersion) {
    Json design = tinyDesign();
    design["version"] = 99;
    expectInvalid(write("future.json", design), "version");
}

TEST_F(CommandLineTest, SpeaksEnglishWhateverTheLocale) {
    const EnvironmentChanges german{
        {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"},
        {{"LANG", "de_DE.UTF-8"}, {"LC_ALL", "de_DE.UTF-8"}, {"LANGUAGE", "de"}}};
    Json design = tinyDesign();
    design["links"][1]["to"] = "ghost";
    const ProcessResult invalid = sdstudio({"validate", write("dangling.json", design)}, german);
    EXPECT_EQ(invalid.exitCode, 1);
    EXPECT_NE(invalid.err.find("does not exist"), std::string::npos) << invalid.err;
    const ProcessResult help = sdstudio({"--help"}, german);
    EXPECT_NE(help.out.find("Usage:"), std::string::npos) << help.out;
    const ProcessResult unknown = sdstudio({"--frob"}, german);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("Unknown option"), std::string::npos) << unknown.err;
}

TEST_F(CommandLineTest, HeadlessCommandsNeedNoDisplay) {
    const std::string file = write("tiny.json", tinyDesign());
    const EnvironmentChanges bare{
        {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"}, {}};
    EXPECT_EQ(sdstudio({"validate", file}, bare).exitCode, 0);
    EXPECT_EQ(sdstudio({"--version"}, bare).exitCode, 0);
    EXPECT_EQ(sdstudio({"--help"}, bare).exitCode, 0);
    EXPECT_EQ(sdstudio({"validate"}, bare).exitCode, 2);
}

} // namespace
} // namespace studio::cli::test
