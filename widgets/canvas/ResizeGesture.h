#pragma once

#include "widgets/canvas/Gesture.h"
#include "widgets/canvas/items/Handles.h"

#include <QRectF>

#include <string>

namespace studio::widgets {

class DesignScene;

// Dragging a resize handle of a component or zone: the opposite corner stays, the dragged
// one follows the mouse (snapped to the grid unless Alt is held); the release pushes one
// ResizeCommand.
class ResizeGesture : public Gesture {
public:
    ResizeGesture(DesignScene& scene, std::string id, handles::Corner corner);

    void move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel() override;

private:
    QRectF resizedTo(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) const;
    void preview(const QRectF& rect);

    DesignScene& m_scene;
    std::string m_id;
    handles::Corner m_corner;
    QRectF m_original;
    QSizeF m_minimum;
    bool m_zone = false;
};

} // namespace studio::widgets
