// The canvas reads on light and dark palettes: the background follows the palette, and a box's
// name stands out from its fill. Set SDS_CANVAS_SHOTS=dir to keep the rendered images.
#include "CanvasFixture.h"

#include "widgets/base/Theme.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <vector>

namespace studio::widgets::test {
namespace {

class CanvasLookTest : public CanvasFixture {
protected:
    void TearDown() override { QApplication::setPalette(m_original); }

    QImage render(const QString& name) {
        QApplication::processEvents();
        QImage image(view.size(), QImage::Format_ARGB32);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        const QString dir = qEnvironmentVariable("SDS_CANVAS_SHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            image.save(dir + "/" + name + ".png");
        }
        return image;
    }

    // The lightness of a component's name line: its fill (the median pixel, since the glyphs
    // cover less than half of the line) and its text (the pixel farthest from the fill).
    struct NameLightness {
        double fill;
        double text;
    };
    NameLightness nameLightness(const QImage& image, const std::string& id) {
        const ComponentItem* item = scene.componentItem(id);
        const QRect line = view.mapFromScene(item->mapRectToScene(item->nameRect())).boundingRect();
        std::vector<double> pixels;
        for (int y = line.top(); y <= line.bottom(); ++y)
            for (int x = line.left(); x <= line.right(); ++x)
                pixels.push_back(QColor(image.pixel(x, y)).lightnessF());
        std::sort(pixels.begin(), pixels.end());
        const double fill = pixels[pixels.size() / 2];
        const double text =
            fill - pixels.front() > pixels.back() - fill ? pixels.front() : pixels.back();
        return {fill, text};
    }

    double lightnessAt(const QImage& image, const QPointF& scenePos) {
        return QColor(image.pixel(at(scenePos))).lightnessF();
    }

    QPalette m_original = QApplication::palette();
};

TEST_F(CanvasLookTest, LightPalette) {
    scene.selectIds({"app"});
    const QImage image = render("canvas-light");
    EXPECT_GT(lightnessAt(image, {-60, 620}), 0.8); // the bare canvas
    const auto name = nameLightness(image, "db");
    EXPECT_LT(name.text, 0.35); // dark text...
    EXPECT_GT(name.fill, 0.8);  // ...on a light fill
}

TEST_F(CanvasLookTest, DarkPalette) {
    QApplication::setPalette(darkPalette());
    scene.setPalette(darkPalette());
    scene.selectIds({"lb-app"});
    const QImage image = render("canvas-dark");
    EXPECT_LT(lightnessAt(image, {-60, 620}), 0.2);
    const auto name = nameLightness(image, "db");
    EXPECT_GT(name.text, 0.75); // light text...
    EXPECT_LT(name.fill, 0.3);  // ...on a dark fill
    EXPECT_LT(scene.style().selection.lightnessF(), 0.9);
    EXPECT_GT(scene.style().selection.lightnessF(), 0.55); // visible on the dark canvas
}

} // namespace
} // namespace studio::widgets::test
