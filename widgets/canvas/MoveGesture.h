#pragma once

#include "widgets/canvas/Gesture.h"

#include <string>
#include <vector>

namespace studio::widgets {

class DesignScene;

// Dragging the selected components and zones: the items (and the members of a moved zone)
// follow the mouse, snapped so the grabbed item's corner lands on the grid (Alt: no snap),
// their links re-routed as they go (the bends of a link whose two ends move, moved along);
// the release pushes one MoveCommand. Nothing moves until the mouse has travelled a few
// pixels, so a click stays a click.
class MoveGesture : public Gesture {
public:
    // `ids`: what the command moves; `grabbedId`: the item under the mouse.
    MoveGesture(DesignScene& scene, std::vector<std::string> ids, const std::string& grabbedId,
                const QPointF& pressPos);

    void move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel() override;

    // Whether the mouse went far enough to move anything.
    bool started() const { return m_started; }

private:
    QPointF offset(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) const;
    void place(const QPointF& offset);

    struct Moving {
        std::string id;
        bool zone;
        QPointF origin;
    };

    DesignScene& m_scene;
    std::vector<std::string> m_ids;
    std::vector<Moving> m_moving; // the ids and every member of a moved zone
    std::vector<std::string> m_links;
    std::vector<std::string> m_carried; // links with both ends moving: their bends move too
    std::string m_grabbed;
    QPointF m_press;
    QPointF m_anchor; // the grabbed item's top-left before the drag
    QPointF m_offset;
    bool m_started = false;
};

} // namespace studio::widgets
