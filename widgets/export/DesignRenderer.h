#pragma once

#include "widgets/export/ExportOptions.h"

#include "model/Design.h"

#include <QImage>
#include <QRectF>
#include <QSize>

#include <memory>

class QPainter;

namespace studio::widgets {

class ExportScene;
class StudioDocument;

// Draws a design as the canvas draws it, headless: a private StudioDocument and ExportScene
// hold their own copy of the design, so nothing is selected, no handles, grid or estimate
// overlay show, and the studio's document is never touched. Needs a QGuiApplication.
class DesignRenderer {
public:
    explicit DesignRenderer(const core::Design& design);
    ~DesignRenderer();
    DesignRenderer(const DesignRenderer&) = delete;
    DesignRenderer& operator=(const DesignRenderer&) = delete;

    const core::Design& design() const;
    // What an export shows, in scene units: every item plus kExportMargin on each side (a
    // small blank page for an empty design).
    QRectF sourceRect() const;
    // `requested` (image pixels per scene unit), lowered when needed so that the image's
    // longer side is at most kMaxImageSide pixels.
    double fittedScale(double requested) const;
    // The image size at `scale` (pixels, rounded up).
    QSize imageSize(double scale) const;
    // The design at options.scale (fitted as above) on white or transparent.
    QImage image(const PngOptions& options) const;
    // Paints sourceRect() into `target` (device coordinates of `painter`), keeping the aspect.
    void render(QPainter* painter, const QRectF& target) const;

private:
    std::unique_ptr<StudioDocument> m_document;
    std::unique_ptr<ExportScene> m_scene;
    QRectF m_source;
};

} // namespace studio::widgets
