// `sdstudio export` at its limits: the biggest image it writes reopens, a target that is not a
// regular file is refused, and the studio's message comes first (no Qt or libpng lines).
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;

ProcessResult sdstudio(std::vector<std::string> arguments,
                       const EnvironmentChanges& environment = kHeadless) {
    return runSdstudio(std::move(arguments), environment, 180);
}

const std::string kEveryKind = std::string(STUDIO_SOURCE_DIR) + "/docs/examples/every-kind.json";

class ExportLimitsTest : public FolderTest {
protected:
    ExportLimitsTest()
        : FolderTest("export-limits") {}
};

// The default scale draws every-kind.json 8,192 pixels wide: over Qt's 128 MB decoding limit.
TEST_F(ExportLimitsTest, TheBiggestImageReopens) {
    const ProcessResult png = sdstudio({"export", kEveryKind, "--png", path("big.png")});
    ASSERT_EQ(png.exitCode, 0) << png.err;
    EXPECT_EQ(png.err, "");
    const ProcessResult back = sdstudio({"export", path("big.png"), "--json", path("back.json")});
    ASSERT_EQ(back.exitCode, 0) << back.err;
    EXPECT_EQ(back.err, "");
    const ProcessResult direct = sdstudio({"export", kEveryKind, "--json", path("direct.json")});
    ASSERT_EQ(direct.exitCode, 0) << direct.err;
    EXPECT_EQ(readFile(path("back.json")), readFile(path("direct.json")));
}

// As root, the atomic rename replaced a device node with a regular file; a pipe stands in for
// the device.
TEST_F(ExportLimitsTest, ATargetThatIsNotARegularFileIsRefused) {
    const std::string pipe = path("pipe");
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    for (const char* format : {"--png", "--svg", "--pdf", "--json"}) {
        const ProcessResult result = sdstudio({"export", kEveryKind, format, pipe});
        EXPECT_EQ(result.exitCode, 1) << format << ": " << result.err;
        EXPECT_TRUE(contains(result.err, "is not a regular file")) << format << ": " << result.err;
        EXPECT_TRUE(fs::is_fifo(pipe)) << format;
    }
    // Nor is a pipe read as a design: opening it would wait for a writer.
    const ProcessResult read = sdstudio({"export", pipe, "--json", path("out.json")});
    EXPECT_EQ(read.exitCode, 1) << read.err;
}

// libpng's "Read Error" and Qt's "qt.gui.imageio: ..." or "QStandardPaths: ..." lines are not
// the command's words: every line of standard error is the studio's.
TEST_F(ExportLimitsTest, TheStudiosMessageComesFirst) {
    ASSERT_EQ(sdstudio({"export", kEveryKind, "--png", path("whole.png"), "--scale", "1"}).exitCode,
              0);
    const std::string whole = readFile(path("whole.png"));
    std::ofstream(path("cut.png"), std::ios::binary) << whole.substr(0, whole.size() * 3 / 4);
    const ProcessResult cut = sdstudio({"export", path("cut.png"), "--json", path("out.json")});
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_EQ(cut.err.rfind(path("cut.png") + ": is a damaged or truncated PNG image", 0), 0u)
        << cut.err;
    EXPECT_EQ(std::count(cut.err.begin(), cut.err.end(), '\n'), 1) << cut.err;
    EXPECT_FALSE(fs::exists(path("out.json")));

    // Without XDG_RUNTIME_DIR, Qt warns about it as the application object starts.
    EnvironmentChanges bare = kHeadless;
    bare.unset.push_back("XDG_RUNTIME_DIR");
    const ProcessResult svg = sdstudio({"export", kEveryKind, "--svg", path("out.svg")}, bare);
    EXPECT_EQ(svg.exitCode, 0) << svg.err;
    EXPECT_EQ(svg.err, "");
}

} // namespace
} // namespace studio::cli::test
