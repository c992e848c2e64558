// Reading the design back out of a PNG, and what happens with PNGs that hold none.
#include "export/PngDesign.h"
#include "SampleDesign.h"
#include "WindowTestSupport.h"
#include "export/DesignExport.h"
#include "format/DesignJson.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

class PngDesignTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes) {
        return test::writeFile(dir, name, bytes);
    }

    std::string problemsOf(const QString& path) {
        const auto loaded = loadDesignPng(path);
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
    EXPECT_TRUE(isPngFile(png));
    EXPECT_FALSE(isPngFile(json));
    EXPECT_FALSE(isPngFile(dir.filePath("nowhere.png")));
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

TEST_F(PngDesignTest, OtherFilesAreNotPngs) {
    const QString path = write("text.png", "hello");
    EXPECT_NE(problemsOf(path).find("not a PNG"), std::string::npos) << problemsOf(path);
    EXPECT_NE(problemsOf(dir.filePath("nowhere.png")).find("no such file"), std::string::npos);
}

} // namespace
} // namespace studio::widgets
