// Reading the design back out of a PNG, and what happens with PNGs that hold none.
#include "SampleDesign.h"
#include "WindowTestSupport.h"

#include "widgets/export/DesignExport.h"
#include "widgets/export/PngDesign.h"

#include "format/AnyDesignFile.h"
#include "format/DesignJson.h"
#include "format/PngChunks.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::widgets {
namespace {

class PngDesignTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes) {
        return test::writeFile(dir, name, bytes);
    }

    std::string problemsOf(const QString& path) {
        const auto loaded = core::loadDesignAnyFile(path.toStdString());
        EXPECT_FALSE(loaded.ok());
        std::string text;
        for (const core::Problem& problem : loaded.problems())
            text += problem.text() + "\n";
        return text;
    }

    QTemporaryDir dir;
};

TEST_F(PngDesignTest, RecognisesPngsByTheirSignature) {
    const QString png = write("image.data", encodePng(exportImage(test::sampleDesign(), {})));
    const QString json =
        write("design.png", QByteArray::fromStdString(core::designToJson(test::sampleDesign())));
    EXPECT_TRUE(core::isPngFile(png.toStdString()));
    EXPECT_FALSE(core::isPngFile(json.toStdString()));
    EXPECT_FALSE(core::isPngFile(dir.filePath("nowhere.png").toStdString()));
}

TEST_F(PngDesignTest, APngWithoutADesignSaysSo) {
    QImage plain(40, 30, QImage::Format_RGB32);
    plain.fill(Qt::red);
    const QString path = dir.filePath("plain.png");
    ASSERT_TRUE(plain.save(path));
    EXPECT_NE(problemsOf(path).find("holds no design"), std::string::npos) << problemsOf(path);
}

TEST_F(PngDesignTest, ATruncatedPngIsReportedAsDamaged) {
    const QByteArray whole = encodePng(exportImage(test::sampleDesign(), {}));
    // Cut in the image data: the design chunk (written first) is whole, the image is not.
    const QString path = write("cut.png", whole.left(whole.size() - whole.size() / 4));
    EXPECT_NE(problemsOf(path).find("damaged or truncated"), std::string::npos) << problemsOf(path);
    // Cut inside the header.
    const QString header = write("header.png", whole.left(20));
    EXPECT_NE(problemsOf(header).find("damaged or truncated"), std::string::npos)
        << problemsOf(header);
}

TEST_F(PngDesignTest, AnEmbeddedDesignThatIsInvalidReportsItsProblems) {
    core::Design invalid = test::sampleDesign();
    invalid.links.front().to = "ghost";
    QImage image = exportImage(test::sampleDesign(), {});
    embedDesign(image, invalid);
    const QString path = write("invalid.png", encodePng(image));
    EXPECT_NE(problemsOf(path).find("ghost"), std::string::npos) << problemsOf(path);
}

// Qt's image reader refuses to decode over 128 MB; the design is read without decoding.
TEST_F(PngDesignTest, AHugeImageReopensWithoutDecodingItsPixels) {
    const std::string json = core::designToJson(test::sampleDesign());
    std::string header;
    for (const char* bytes : {"\x00\x00\xc3\x50", "\x00\x00\xc3\x50"}) // 50,000 x 50,000
        header.append(bytes, 4);
    header.append("\x08\x06\x00\x00\x00", 5);
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + core::pngChunk("IHDR", header) +
                            core::pngInternationalTextChunk(core::kPngDesignKey, json, 6) +
                            core::pngChunk("IDAT", "only the header") + core::pngChunk("IEND", "");
    const QString path = write("huge.png", QByteArray::fromStdString(png));
    const auto loaded = core::loadDesignAnyFile(path.toStdString());
    ASSERT_TRUE(loaded.ok()) << problemsOf(dir.filePath("huge.png"));
    EXPECT_EQ(loaded.value().source, core::DesignSource::Png);
    EXPECT_EQ(loaded.value().design, test::sampleDesign());
}

// libpng refuses text chunks over 8 MB when reading: the studio reads its own chunk.
TEST_F(PngDesignTest, ADesignOverEightMegabytesRoundTrips) {
    core::Design big = test::sampleDesign();
    const auto service = std::find_if(big.components.begin(), big.components.end(),
                                      [](const auto& c) { return c.kind == "service"; });
    ASSERT_NE(service, big.components.end());
    const core::Component model = *service;
    for (int i = 0; i < 20000; ++i) {
        core::Component copy = model;
        copy.id = "copy-" + std::to_string(i);
        copy.name = "Copy " + std::to_string(i);
        copy.zone.clear();
        copy.rect.x = 200.0 * (i % 100);
        copy.rect.y = 2000 + 100.0 * (i / 100);
        big.components.push_back(copy);
    }
    ASSERT_GT(core::designToJson(big).size(), 8u << 20);
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(Qt::white);
    embedDesign(image, big);
    const QString path = write("big.png", encodePng(image));
    const auto loaded = core::loadDesignAnyFile(path.toStdString());
    ASSERT_TRUE(loaded.ok()) << problemsOf(dir.filePath("big.png"));
    EXPECT_EQ(loaded.value().design.components.size(), big.components.size());
}

TEST_F(PngDesignTest, ABadChecksumOnTheDesignChunkSaysSo) {
    QByteArray bytes = encodePng(exportImage(test::sampleDesign(), {}));
    const qsizetype at = bytes.indexOf(core::kPngDesignKey);
    ASSERT_GT(at, 0);
    bytes[at + 40] = static_cast<char>(bytes[at + 40] ^ 0x20);
    const std::string problems = problemsOf(write("crc.png", bytes));
    EXPECT_NE(problems.find("checksum"), std::string::npos) << problems;
    EXPECT_EQ(problems.find("holds no design"), std::string::npos) << problems;
}

// Told by the first bytes, not the name: a text file called .png is read as a design file.
TEST_F(PngDesignTest, OtherFilesAreNotPngs) {
    const QString path = write("text.png", "hello");
    EXPECT_NE(problemsOf(path).find("not valid JSON"), std::string::npos) << problemsOf(path);
    EXPECT_NE(problemsOf(dir.filePath("nowhere.png")).find("no such file"), std::string::npos);
}

} // namespace
} // namespace studio::widgets
