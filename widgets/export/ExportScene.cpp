#include "widgets/export/ExportScene.h"

#include <QPalette>

namespace studio::widgets {

ExportScene::ExportScene(StudioDocument* document, QObject* parent)
    : DesignScene(document, parent) {
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::ButtonText, Qt::black);
    setPalette(light);
}

void ExportScene::drawBackground(QPainter*, const QRectF&) {}

} // namespace studio::widgets
