#pragma once

#include "widgets/canvas/Gesture.h"

#include "model/Geometry.h"

#include <string>
#include <vector>

namespace studio::widgets {

class DesignScene;

// Dragging a bend point of a selected link, or the handle in the middle of one of its
// segments (which adds a bend there): the point follows the mouse (snapped to the grid unless
// Alt is held) and the link is re-routed through it; the release pushes one BendCommand.
// Nothing changes until the mouse has travelled a few pixels, so a click stays a click.
class BendGesture : public Gesture {
public:
    // `index`: the bend dragged, or with `adding` the segment whose middle was grabbed
    // (0 = the one leaving the source), where the new bend goes.
    BendGesture(DesignScene& scene, std::string linkId, int index, bool adding,
                const QPointF& pressPos);

    void move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel() override;

private:
    // Shows `bends` on the link item (the model's when the drag ends).
    void show(const std::vector<core::Point>& bends);

    DesignScene& m_scene;
    std::string m_linkId;
    std::size_t m_index;
    bool m_adding;
    QPointF m_press;
    std::vector<core::Point> m_bends; // as the drag would leave them
    bool m_started = false;
};

} // namespace studio::widgets
