// A word that is neither a command nor a file is a usage error, never the studio; the studio
// without a display says so in one line.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;

// Where the studio would open and wait for ever if it started.
const EnvironmentChanges kOffscreen{{"DISPLAY", "WAYLAND_DISPLAY"},
                                    {{"QT_QPA_PLATFORM", "offscreen"}}};
constexpr int kTimeoutSeconds = 20;

ProcessResult sdstudio(std::vector<std::string> arguments,
                       const EnvironmentChanges& environment = kHeadless) {
    return runSdstudio(std::move(arguments), environment, kTimeoutSeconds);
}

// The command line fails with exit status 2, a line starting with `firstLine` then a hint, and
// nothing on stdout.
void expectUsageError(const std::vector<std::string>& arguments, const std::string& firstLine,
                      const EnvironmentChanges& environment = kHeadless) {
    const ProcessResult result = sdstudio(arguments, environment);
    EXPECT_EQ(result.exitCode, 2) << arguments.front() << ": " << result.err;
    EXPECT_EQ(result.err.rfind(firstLine, 0), 0u) << result.err;
    EXPECT_TRUE(contains(result.err, "Try 'sdstudio --help'")) << result.err;
    EXPECT_EQ(result.out, "");
}

TEST(UnknownCommandTest, ATypoSuggestsTheCommand) {
    expectUsageError({"estimat", exampleDesign()},
                     "sdstudio: unknown command 'estimat'; did you mean 'estimate'?");
    expectUsageError({"exprot", exampleDesign(), "--png", "x.png"},
                     "sdstudio: unknown command 'exprot'; did you mean 'export'?");
    expectUsageError({"Validate", exampleDesign()},
                     "sdstudio: unknown command 'Validate'; did you mean 'validate'?");
    expectUsageError({"templ"}, "sdstudio: unknown command 'templ'; did you mean 'templates'?");
}

// The suggestions come from the command table, so a new command is suggested as soon as it
// is registered.
TEST(UnknownCommandTest, SuggestionsFollowTheRegisteredCommands) {
    const ProcessResult help = sdstudio({"--help"});
    ASSERT_EQ(help.exitCode, 0) << help.err;
    ASSERT_TRUE(contains(help.out, "  simulate ")) << help.out;
    expectUsageError({"simulat", exampleDesign()},
                     "sdstudio: unknown command 'simulat'; did you mean 'simulate'?");
}

TEST(UnknownCommandTest, AGroupsCommandTypoSuggestsTheGroupsCommand) {
    expectUsageError({"library", "lst"},
                     "sdstudio: unknown command 'library lst'; did you mean 'library list'?");
    expectUsageError({"help", "valdate"},
                     "sdstudio: unknown command 'valdate'; did you mean 'validate'?");
}

TEST(UnknownCommandTest, AnUnknownWordNeverOpensTheStudio) {
    for (const EnvironmentChanges& environment : {kHeadless, kOffscreen}) {
        expectUsageError({"no-such-command"}, "sdstudio: unknown command 'no-such-command'",
                         environment);
        expectUsageError({"simulat", exampleDesign(), "--seconds", "10"},
                         "sdstudio: unknown command 'simulat'", environment);
    }
    // After the studio's options too.
    expectUsageError({"--db", "library.sqlite", "frobnicate"},
                     "sdstudio: unknown command 'frobnicate'", kOffscreen);
}

TEST(UnknownCommandTest, AMissingFileIsNamedAsSuch) {
    expectUsageError({"no-such-design.json"},
                     "sdstudio: cannot open 'no-such-design.json': no such file", kOffscreen);
}

TEST(UnknownCommandTest, TheStudioWithoutADisplaySaysSoInOneLine) {
    EnvironmentChanges bare = kHeadless;
    bare.unset.push_back("XDG_RUNTIME_DIR");
    for (const auto& arguments :
         std::vector<std::vector<std::string>>{{}, {exampleDesign()}, {"--db", "x.sqlite"}}) {
        const ProcessResult result = sdstudio(arguments, bare);
        EXPECT_EQ(result.exitCode, 1) << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_TRUE(contains(result.err, "sdstudio: no display")) << result.err;
        EXPECT_EQ(result.out, "");
    }
    EXPECT_FALSE(fs::exists("x.sqlite"));
}

} // namespace
} // namespace studio::cli::test
