#include "widgets/export/DesignRenderer.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/export/ExportScene.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
const QSizeF kEmptyPage(320, 200); // scene units, for a design with nothing in it
} // namespace

DesignRenderer::DesignRenderer(const core::Design& design)
    : m_document(std::make_unique<StudioDocument>())
    , m_scene(std::make_unique<ExportScene>(m_document.get())) {
    m_document->reset(design);
    const QRectF items = m_scene->designRect();
    m_source = items.isEmpty()
                   ? QRectF(QPointF(0, 0), kEmptyPage)
                   : items.adjusted(-kExportMargin, -kExportMargin, kExportMargin, kExportMargin);
}

DesignRenderer::~DesignRenderer() {
    // The scene listens to the document: it goes first.
    m_scene.reset();
}

const core::Design& DesignRenderer::design() const {
    return m_document->design();
}

QRectF DesignRenderer::sourceRect() const {
    return m_source;
}

double DesignRenderer::fittedScale(double requested) const {
    const double longer = std::max(m_source.width(), m_source.height());
    return std::min(requested, std::floor(kMaxImageSide) / longer);
}

QSize DesignRenderer::imageSize(double scale) const {
    const auto side = [](double length) {
        return std::clamp(static_cast<int>(std::ceil(length - 1e-6)), 1, kMaxImageSide);
    };
    return {side(m_source.width() * scale), side(m_source.height() * scale)};
}

QImage DesignRenderer::image(const PngOptions& options) const {
    const double scale = fittedScale(options.scale);
    // Opaque images are encoded as RGB: smaller and faster than with an alpha channel.
    QImage image(imageSize(scale),
                 options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(options.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    QPainter painter(&image);
    render(&painter, QRectF(0, 0, m_source.width() * scale, m_source.height() * scale));
    return image;
}

void DesignRenderer::render(QPainter* painter, const QRectF& target) const {
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    m_scene->render(painter, target, m_source, Qt::KeepAspectRatio);
}

} // namespace studio::widgets
