#pragma once

#include "widgets/canvas/DesignScene.h"

namespace studio::widgets {

// A DesignScene for exports: drawn on a light palette whatever the studio's theme, with no
// background and no grid (the exporter paints the page itself: white or transparent). Built
// fresh for one export, so nothing is selected and no estimate overlay is on.
class ExportScene : public DesignScene {
    Q_OBJECT
public:
    explicit ExportScene(StudioDocument* document, QObject* parent = nullptr);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
};

} // namespace studio::widgets
