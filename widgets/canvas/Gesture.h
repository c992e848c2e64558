#pragma once

#include <QPointF>
#include <Qt>

namespace studio::widgets {

// One drag on the canvas, from the press to the release: it previews by changing items only,
// and on finish() pushes at most one undo command. cancel() puts every item back as the
// model has it. A gesture holds ids, not item pointers: items may go while it runs.
class Gesture {
public:
    virtual ~Gesture() = default;

    virtual void move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) = 0;
    virtual void finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) = 0;
    virtual void cancel() = 0;

protected:
    // Screen pixels the mouse goes from the press before the press becomes a drag.
    static constexpr double kStartPixels = 3;
};

} // namespace studio::widgets
