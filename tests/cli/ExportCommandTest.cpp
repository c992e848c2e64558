// `sdstudio export FILE --png|--svg|--pdf|--json OUT`, run as a person would, with no display.
#include "CliTestSupport.h"
#include "TextChecks.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace studio::cli::test {
namespace {

namespace fs = std::filesystem;

ProcessResult sdstudio(std::vector<std::string> arguments) {
    return runSdstudio(std::move(arguments), kHeadless, 120);
}

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// The width and height in a PNG's IHDR chunk (big-endian, bytes 16-23).
std::pair<unsigned, unsigned> pngSize(const std::string& bytes) {
    const auto word = [&](std::size_t at) {
        unsigned value = 0;
        for (std::size_t i = 0; i < 4; ++i)
            value = value << 8 | static_cast<unsigned char>(bytes.at(at + i));
        return value;
    };
    return {word(16), word(20)};
}

class ExportCommandTest : public FolderTest {
protected:
    ExportCommandTest()
        : FolderTest("export") {}

    void SetUp() override {
        FolderTest::SetUp();
        design = path("design.json");
        const ProcessResult made = sdstudio({"new", "--template", "url-shortener", "-o", design});
        ASSERT_EQ(made.exitCode, 0) << made.err;
    }

    std::string design;
};

TEST_F(ExportCommandTest, PngRoundTripsThroughJson) {
    const ProcessResult png = sdstudio({"export", design, "--png", path("d.png")});
    ASSERT_EQ(png.exitCode, 0) << png.err;
    const std::string bytes = readFile(path("d.png"));
    ASSERT_GT(bytes.size(), 8u);
    EXPECT_EQ(bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_TRUE(contains(bytes, "sdstudio-design"));
    // The PNG is an input too: its design comes back as the same file.
    const ProcessResult json = sdstudio({"export", path("d.png"), "--json", path("back.json")});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_EQ(readFile(path("back.json")), readFile(design));
}

TEST_F(ExportCommandTest, ScaleMultipliesTheImageSize) {
    ASSERT_EQ(sdstudio({"export", design, "--png", path("1.png"), "--scale", "1"}).exitCode, 0);
    ASSERT_EQ(sdstudio({"export", design, "--png", path("4.png"), "--scale", "4", "--transparent"})
                  .exitCode,
              0);
    const auto one = pngSize(readFile(path("1.png")));
    const auto four = pngSize(readFile(path("4.png")));
    EXPECT_NEAR(four.first, 4.0 * one.first, 4.0);
    EXPECT_NEAR(four.second, 4.0 * one.second, 4.0);
    // Colour type 6 (RGBA) with --transparent, 2 (RGB) without.
    EXPECT_EQ(static_cast<int>(readFile(path("4.png")).at(25)), 6);
    EXPECT_EQ(static_cast<int>(readFile(path("1.png")).at(25)), 2);
}

TEST_F(ExportCommandTest, SvgAndPdf) {
    const ProcessResult svg = sdstudio({"export", design, "--svg", path("d.svg")});
    ASSERT_EQ(svg.exitCode, 0) << svg.err;
    const std::string text = readFile(path("d.svg"));
    EXPECT_TRUE(contains(text, "<svg")) << text.substr(0, 200);
    EXPECT_TRUE(contains(text, "</svg>"));
    const ProcessResult pdf = sdstudio({"export", design, "--pdf", path("d.pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
    EXPECT_EQ(readFile(path("d.pdf")).substr(0, 4), "%PDF");
}

TEST_F(ExportCommandTest, BadCommandLinesExitTwo) {
    const std::vector<std::vector<std::string>> bad = {
        {"export", design},
        {"export", design, "--png", path("a.png"), "--svg", path("a.svg")},
        {"export", design, "--svg", path("a.svg"), "--scale", "2"},
        {"export", design, "--png", path("a.png"), "--scale", "3"},
        {"export", "--png", path("a.png")},
    };
    for (const auto& arguments : bad) {
        const ProcessResult result = sdstudio(arguments);
        EXPECT_EQ(result.exitCode, 2) << arguments.back() << ": " << result.err;
        EXPECT_TRUE(contains(result.err, "sdstudio export")) << result.err;
    }
    EXPECT_FALSE(fs::exists(path("a.png")));
    EXPECT_FALSE(fs::exists(path("a.svg")));
}

TEST_F(ExportCommandTest, BadInputExitsOneNamingTheFile) {
    const std::string missing = path("missing.json");
    ProcessResult result = sdstudio({"export", missing, "--svg", path("a.svg")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, missing + ": ")) << result.err;

    // A PNG without a design: exported once, its design chunk renamed.
    ASSERT_EQ(sdstudio({"export", design, "--png", path("d.png")}).exitCode, 0);
    std::string bytes = readFile(path("d.png"));
    const std::size_t key = bytes.find("sdstudio-design");
    ASSERT_NE(key, std::string::npos);
    bytes[key] = 'S'; // chunk CRCs cover the key: libpng then drops the chunk or fails
    writeFile(path("plain.png"), bytes);
    result = sdstudio({"export", path("plain.png"), "--json", path("a.json")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, path("plain.png") + ": ")) << result.err;

    writeFile(path("cut.png"), readFile(path("d.png")).substr(0, bytes.size() / 2));
    result = sdstudio({"export", path("cut.png"), "--json", path("a.json")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, path("cut.png") + ": ")) << result.err;
    EXPECT_TRUE(contains(result.err, "truncated")) << result.err;
    EXPECT_FALSE(fs::exists(path("a.json")));
}

TEST_F(ExportCommandTest, AnUnwritableOutputExitsOneAndKeepsWhatWasThere) {
    writeFile(path("blocker"), "keep me");
    for (const char* option : {"--png", "--svg", "--pdf", "--json"}) {
        const std::string out = path("blocker") + "/out";
        const ProcessResult result = sdstudio({"export", design, option, out});
        EXPECT_EQ(result.exitCode, 1) << option;
        EXPECT_TRUE(contains(result.err, "out")) << option << ": " << result.err;
    }
    EXPECT_EQ(readFile(path("blocker")), "keep me");
}

} // namespace
} // namespace studio::cli::test
