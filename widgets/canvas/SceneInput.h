#pragma once

#include "widgets/canvas/Gesture.h"

#include <memory>
#include <string>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace studio::widgets {

class DesignScene;

// How the canvas answers the mouse and the keyboard: picks what was pressed (a handle, a
// component, a link, a zone or the bare canvas), updates the selection as draw.io does
// (Ctrl-click toggles, Shift-click adds, a press on a selected item keeps the selection for a
// drag), and runs the drag that follows as a Gesture. The bare canvas is left to the view,
// which draws a rubber band. A box near the pointer shows its connection dots; a drag from a dot
// or a box's border, or from anywhere on a box in connect mode, draws a link. Each handler
// returns whether it used the event.
class SceneInput {
public:
    explicit SceneInput(DesignScene& scene);
    ~SceneInput();

    bool mousePress(QGraphicsSceneMouseEvent* event);
    bool mouseMove(QGraphicsSceneMouseEvent* event);
    bool mouseRelease(QGraphicsSceneMouseEvent* event);
    bool mouseDoubleClick(QGraphicsSceneMouseEvent* event);
    bool keyPress(QKeyEvent* event);

    bool isDragging() const { return m_gesture != nullptr; }
    // Stops the drag in progress and puts everything back. False when there was none.
    bool cancel();
    // Forgets the drag in progress without touching the items (they are being rebuilt).
    void abandon();
    // The pointer left the canvas: no box is near it any more.
    void pointerLeft();

private:
    void pressItem(const std::string& id, bool movable, const QPointF& scenePos,
                   Qt::KeyboardModifiers modifiers);
    void updateCursor(const QPointF& scenePos);
    // Shows the connection dots of the box the pointer is near (none: empty id).
    void setNear(const std::string& id);
    void nudge(double dx, double dy);
    // A double-click on a bend of a selected link: the link no longer bends there.
    void removeBend(const std::string& linkId, int index);

    DesignScene& m_scene;
    std::unique_ptr<Gesture> m_gesture;
    // A plain press on an already selected item: if no drag follows, the release selects it
    // alone.
    std::string m_narrowTo;
    std::string m_near; // the component showing its dots because the pointer is near it
};

} // namespace studio::widgets
