#include "widgets/export/DesignImage.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"

#include <QBuffer>
#include <QPainter>

namespace studio::widgets {

namespace {
constexpr double kMargin = 0.04; // of the box, on every side
} // namespace

QImage designImage(const core::Design& design, const QSize& box) {
    StudioDocument document;
    document.reset(design);
    DesignScene scene(&document);
    QImage image(box, QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.style().background);
    const QRectF source = scene.itemsBoundingRect();
    if (source.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const double dx = box.width() * kMargin, dy = box.height() * kMargin;
    scene.render(&painter, QRectF(image.rect()).adjusted(dx, dy, -dx, -dy), source,
                 Qt::KeepAspectRatio);
    return image;
}

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace studio::widgets
