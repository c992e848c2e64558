// Reading a PNG's text chunks by walking its chunks, without decoding the image.
#include "format/PngChunks.h"

#include <gtest/gtest.h>

#include <sstream>

namespace studio::core {
namespace {

const std::string kSignature("\x89PNG\r\n\x1a\n", 8);
constexpr std::size_t kLimit = 1u << 20;

// An IHDR for a `width` x `height` RGBA image (its pixels are never read).
std::string header(std::uint32_t width, std::uint32_t height) {
    std::string data;
    for (std::uint32_t value : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            data.push_back(static_cast<char>(value >> shift & 0xff));
    data += std::string("\x08\x06\x00\x00\x00", 5);
    return pngChunk("IHDR", data);
}

std::string png(const std::string& chunks, std::uint32_t side = 16) {
    return kSignature + header(side, side) + chunks + pngChunk("IDAT", "not really pixels") +
           pngChunk("IEND", "");
}

std::string plainText(const std::string& keyword, const std::string& text) {
    return pngChunk("tEXt", keyword + '\0' + text);
}

Result<std::optional<std::string>> read(const std::string& bytes, std::size_t limit = kLimit) {
    std::istringstream in(bytes);
    return readPngText(in, "sdstudio-design", limit);
}

std::string problemText(const Result<std::optional<std::string>>& result) {
    EXPECT_FALSE(result.ok());
    std::string text;
    for (const Problem& problem : result.problems())
        text += problem.text() + "\n";
    return text;
}

TEST(PngChunksTest, FindsTheKeywordsTextAmongOtherChunks) {
    const auto result =
        read(png(plainText("Software", "Qt") + plainText("sdstudio-design", "{\"a\": 1}")));
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_EQ(result.value(), std::optional<std::string>("{\"a\": 1}"));
}

TEST(PngChunksTest, ReadsTextAfterTheImageData) {
    const std::string bytes = kSignature + header(4, 4) + pngChunk("IDAT", "x") +
                              plainText("sdstudio-design", "late") + pngChunk("IEND", "");
    const auto result = read(bytes);
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_EQ(result.value(), std::optional<std::string>("late"));
}

TEST(PngChunksTest, AWholePngWithoutTheKeywordHoldsNothing) {
    const auto result = read(png(plainText("Software", "Qt")));
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_FALSE(result.value().has_value());
}

TEST(PngChunksTest, LatinOneTextComesBackAsUtf8) {
    const auto result = read(png(plainText("sdstudio-design", "caf\xe9")));
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_EQ(result.value(), std::optional<std::string>("caf\xc3\xa9"));
}

TEST(PngChunksTest, InternationalTextStoredOrCompressed) {
    const std::string text = "{\"name\": \"\xe4\xb8\xad\", \"pad\": \"" + std::string(5000, 'x');
    for (int level : {0, 6}) {
        const auto result = read(png(pngInternationalTextChunk("sdstudio-design", text, level)));
        ASSERT_TRUE(result.ok()) << problemText(result);
        EXPECT_EQ(result.value(), std::optional<std::string>(text)) << "level " << level;
    }
}

// libpng, as Qt reads with it, refuses text over 8 MB; the walker's own limit applies.
TEST(PngChunksTest, TextOverEightMegabytesIsRead) {
    const std::string text(9u << 20, 'd');
    const auto result = read(png(pngInternationalTextChunk("sdstudio-design", text, 1)), 16u << 20);
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_EQ(result.value().value_or("").size(), text.size());
}

// The image's size is never a limit: its pixels are not decoded.
TEST(PngChunksTest, AHugeImageIsNotDecoded) {
    const auto result = read(png(plainText("sdstudio-design", "big"), 50000));
    ASSERT_TRUE(result.ok()) << problemText(result);
    EXPECT_EQ(result.value(), std::optional<std::string>("big"));
}

TEST(PngChunksTest, ABadChecksumOnTheTextIsReportedAsSuch) {
    std::string bytes = png(plainText("sdstudio-design", "{\"a\": 1}"));
    const std::size_t at = bytes.find("{\"a\"");
    bytes[at + 1] = 'b'; // the CRC no longer matches
    const std::string text = problemText(read(bytes));
    EXPECT_NE(text.find("checksum"), std::string::npos) << text;
    EXPECT_NE(text.find("tEXt chunk at byte 33"), std::string::npos) << text;
}

TEST(PngChunksTest, ACompressionBombStopsAtTheLimit) {
    const auto result =
        read(png(pngInternationalTextChunk("sdstudio-design", std::string(4u << 20, ' '), 9)));
    const std::string text = problemText(result);
    EXPECT_NE(text.find("more than 1 MB"), std::string::npos) << text;
}

TEST(PngChunksTest, CompressedTextThatDoesNotInflateIsDamaged) {
    std::string chunk = pngInternationalTextChunk("sdstudio-design", std::string(1000, 'a'), 6);
    // Rebuild the chunk with its zlib stream cut short but a valid CRC.
    const std::string data = chunk.substr(8, chunk.size() - 12);
    chunk = pngChunk("iTXt", data.substr(0, data.size() - 10));
    const std::string text = problemText(read(png(chunk)));
    EXPECT_NE(text.find("does not inflate"), std::string::npos) << text;
}

TEST(PngChunksTest, ATruncatedFileIsReportedWhereItEnds) {
    const std::string whole = png(plainText("sdstudio-design", "{}"));
    // Cut inside the image data, after the design: the file is still damaged.
    const std::string cut = whole.substr(0, whole.find("not really") + 3);
    std::string text = problemText(read(cut));
    EXPECT_NE(text.find("truncated"), std::string::npos) << text;
    EXPECT_NE(text.find("IDAT chunk"), std::string::npos) << text;
    // Cut inside the header, and before IEND.
    text = problemText(read(whole.substr(0, 20)));
    EXPECT_NE(text.find("truncated"), std::string::npos) << text;
    text = problemText(read(whole.substr(0, whole.size() - 12)));
    EXPECT_NE(text.find("before its IEND chunk"), std::string::npos) << text;
}

TEST(PngChunksTest, OtherBytesAreNotAPng) {
    EXPECT_NE(problemText(read("hello, world")).find("not a PNG"), std::string::npos);
    EXPECT_NE(problemText(read("")).find("not a PNG"), std::string::npos);
    // A signature followed by something that is not a chunk.
    const std::string text = problemText(read(kSignature + std::string(40, '\xff')));
    EXPECT_NE(text.find("no valid chunk at byte 8"), std::string::npos) << text;
}

TEST(PngChunksTest, AChunkLongerThanAllowedIsDamaged) {
    std::string bytes = png("");
    const std::string idat = pngChunk("IDAT", "not really pixels");
    bytes.replace(bytes.find(idat), 4, "\xff\xff\xff\xf0");
    const std::string text = problemText(read(bytes));
    EXPECT_NE(text.find("no valid chunk"), std::string::npos) << text;
}

} // namespace
} // namespace studio::core
