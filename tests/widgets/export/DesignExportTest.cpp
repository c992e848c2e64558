// Export to PNG (with the design inside), SVG and PDF, drawn headless from a design.
#include "ExportTestSupport.h"
#include "SampleDesign.h"

#include "widgets/export/DesignExport.h"
#include "widgets/export/DesignRenderer.h"
#include "widgets/export/PngDesign.h"

#include "catalog/Catalog.h"
#include "format/AnyDesignFile.h"
#include "format/DesignJson.h"
#include "model/Design.h"
#include "templates/BuiltinTemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace studio::widgets {
namespace {

// The texts of every <text> element (tspans included) of the SVG in `bytes`; fails the test
// when the SVG is not well-formed XML.
QStringList svgTexts(const QByteArray& bytes) {
    QStringList texts;
    QXmlStreamReader xml(bytes);
    int depth = 0; // inside a <text>
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text") {
            ++depth;
            current.clear();
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"text") {
            --depth;
            texts.append(current.trimmed());
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line "
                                 << xml.lineNumber();
    return texts;
}

// A design of `count` components in rows of 50 (240 x 140 scene units apart), as the
// benchmark's generated design lays them out, with a call link between neighbours.
core::Design largeDesign(int count) {
    const core::Catalog& catalog = core::Catalog::standard();
    core::Design design;
    design.name = "Large";
    for (int i = 0; i < count; ++i)
        design.components.push_back(catalog.makeComponent(
            *catalog.find("service"), "s" + std::to_string(i), (i % 50) * 240.0, (i / 50) * 140.0));
    for (int i = 0; i + 1 < count; i += 2) {
        core::Link link;
        link.id = "l" + std::to_string(i);
        link.from = "s" + std::to_string(i);
        link.to = "s" + std::to_string(i + 1);
        design.links.push_back(link);
    }
    return design;
}

class DesignExportTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
};

TEST_F(DesignExportTest, PngCarriesTheDesignBackUnchanged) {
    core::Design design = test::sampleDesign();
    design.name = "Café ✓ – Ünïcode";
    const QString path = dir.filePath("sample.png");
    ASSERT_EQ(writePng(design, path, PngOptions{}), QString());
    const auto loaded = core::loadDesignAnyFile(path.toStdString());
    ASSERT_TRUE(loaded.ok()) << loaded.problems().front().text();
    EXPECT_EQ(core::designToJson(loaded.value().design), core::designToJson(design));
    // And it is an ordinary image too.
    const QImage image(path);
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(image.text(core::kPngDesignKey).toStdString(), core::designToJson(design));
}

TEST_F(DesignExportTest, ScaleSetsTheImageSize) {
    const core::Design design = test::sampleDesign();
    const DesignRenderer renderer(design);
    const QRectF source = renderer.sourceRect();
    const QImage one = exportImage(design, PngOptions{1, false});
    const QImage four = exportImage(design, PngOptions{4, false});
    EXPECT_NEAR(one.width(), source.width(), 1.0);
    EXPECT_NEAR(one.height(), source.height(), 1.0);
    EXPECT_NEAR(four.width(), 4 * source.width(), 1.0);
    EXPECT_NEAR(four.height(), 4 * source.height(), 1.0);
}

TEST_F(DesignExportTest, PngIsCompressed) {
    const QImage image = exportImage(test::sampleDesign(), PngOptions{2, false});
    const QByteArray png = encodePng(image);
    const qsizetype raw = qsizetype(image.width()) * image.height() * 3; // RGB
    EXPECT_LT(png.size(), raw / 10) << png.size() << " bytes for " << raw << " raw";
    EXPECT_FALSE(QImage::fromData(png, "png").isNull());
}

TEST_F(DesignExportTest, BackgroundIsWhiteOrTransparent) {
    const core::Design design = test::sampleDesign();
    const QImage white = exportImage(design, PngOptions{1, false});
    const QImage clear = exportImage(design, PngOptions{1, true});
    // The corner is margin: nothing is drawn there.
    EXPECT_EQ(white.pixelColor(0, 0), QColor(Qt::white));
    EXPECT_EQ(clear.pixelColor(0, 0).alpha(), 0);
    EXPECT_TRUE(clear.hasAlphaChannel());
    // Something is drawn: not every pixel is the background.
    bool drawn = false;
    for (int y = 0; y < white.height() && !drawn; y += 3)
        for (int x = 0; x < white.width() && !drawn; x += 3)
            drawn = white.pixel(x, y) != white.pixel(0, 0);
    EXPECT_TRUE(drawn);
}

TEST_F(DesignExportTest, TheLongerSideIsCappedAt8192Pixels) {
    const core::Design design = largeDesign(2000);
    const DesignRenderer renderer(design);
    const double scale = renderer.fittedScale(4);
    EXPECT_LT(scale, 4);
    const QSize size = renderer.imageSize(scale);
    EXPECT_EQ(std::max(size.width(), size.height()), kMaxImageSide);
    const QImage image = renderer.image(PngOptions{4, false});
    EXPECT_EQ(image.size(), size);
    EXPECT_LE(std::max(image.width(), image.height()), kMaxImageSide);
}

TEST_F(DesignExportTest, SvgIsXmlWithEveryComponentNameAsText) {
    const core::Design design = test::sampleDesign();
    const QString path = dir.filePath("sample.svg");
    ASSERT_EQ(writeSvg(design, path), QString());
    const QStringList texts = svgTexts(test::readAll(path));
    for (const core::Component& component : design.components)
        EXPECT_TRUE(texts.contains(QString::fromStdString(component.name)))
            << component.name << " is not a text of the SVG";
}

TEST_F(DesignExportTest, PdfIsAPdf) {
    const QString path = dir.filePath("sample.pdf");
    ASSERT_EQ(writePdf(test::sampleDesign(), path), QString());
    const QByteArray bytes = test::readAll(path);
    EXPECT_GT(bytes.size(), 1000);
    EXPECT_TRUE(bytes.startsWith("%PDF")) << bytes.left(16).toStdString();
}

TEST_F(DesignExportTest, EveryTemplateExportsInEveryFormat) {
    for (const core::Template& t : core::builtinTemplates()) {
        SCOPED_TRACE(t.id);
        const QString base = dir.filePath(QString::fromStdString(t.id));
        ASSERT_EQ(writePng(t.design, base + ".png", PngOptions{}), QString());
        ASSERT_EQ(writeSvg(t.design, base + ".svg"), QString());
        ASSERT_EQ(writePdf(t.design, base + ".pdf"), QString());
        const auto loaded = core::loadDesignAnyFile((base + ".png").toStdString());
        ASSERT_TRUE(loaded.ok()) << loaded.problems().front().text();
        EXPECT_EQ(core::designToJson(loaded.value().design), core::designToJson(t.design));
        const QStringList texts = svgTexts(test::readAll(base + ".svg"));
        for (const core::Component& component : t.design.components)
            EXPECT_TRUE(std::any_of(
                texts.begin(), texts.end(),
                [&](const QString& text) {
                    return text == QString::fromStdString(component.name) ||
                           (text.endsWith(u'…') &&
                            QString::fromStdString(component.name).startsWith(text.chopped(1)));
                }))
                << component.name << " is not a text of the SVG";
        EXPECT_TRUE(test::readAll(base + ".pdf").startsWith("%PDF"));
    }
}

TEST_F(DesignExportTest, AnUnwritablePathFailsNamingItAndWritesNothing) {
    QFile blocker(dir.filePath("blocker"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.write("a file, not a folder");
    blocker.close();
    const core::Design design = test::sampleDesign();
    for (const QString& name :
         {QStringLiteral("x.png"), QStringLiteral("x.svg"), QStringLiteral("x.pdf")}) {
        const QString path = dir.filePath("blocker/" + name);
        const QString error = name.endsWith("png")   ? writePng(design, path, PngOptions{})
                              : name.endsWith("svg") ? writeSvg(design, path)
                                                     : writePdf(design, path);
        EXPECT_TRUE(error.contains(name)) << error.toStdString();
    }
    EXPECT_EQ(test::readAll(dir.filePath("blocker")), QByteArray("a file, not a folder"));
    // A folder at the path stays a folder.
    ASSERT_TRUE(QDir(dir.path()).mkdir("folder.png"));
    EXPECT_FALSE(writePng(design, dir.filePath("folder.png"), PngOptions{}).isEmpty());
    EXPECT_TRUE(QFileInfo(dir.filePath("folder.png")).isDir());
}

} // namespace
} // namespace studio::widgets
