#pragma once

#include "widgets/canvas/Gesture.h"

#include "document/Edits.h"

#include <optional>
#include <string>

namespace studio::widgets {

class DesignScene;
class RubberLink;

// Drawing a link from a component's handle, or dragging one end of a selected link: a rubber
// link follows the mouse and snaps to the component under it, which lights up (in red when the
// link cannot go there). The release on a component pushes one ConnectCommand or
// ReconnectCommand; a refusal is told through DesignScene::statusMessage. Released anywhere
// else, nothing changes.
class ConnectGesture : public Gesture {
public:
    // A new link from `fromId`.
    ConnectGesture(DesignScene& scene, std::string fromId);
    // Moves the `end` of the link `linkId` to another component.
    ConnectGesture(DesignScene& scene, std::string linkId, core::edits::LinkEnd end);
    ~ConnectGesture() override;

    void move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) override;
    void cancel() override;

private:
    // The component under the point that the moving end would join (not the fixed end).
    std::string targetAt(const QPointF& scenePos) const;
    // The (from, to) the link would have with its moving end on `target`.
    std::pair<std::string, std::string> endsWith(const std::string& target) const;
    void setTarget(const std::string& id);
    void cleanUp();

    DesignScene& m_scene;
    std::string m_fixed; // the component that stays: the new link's source, or the other end
    std::string m_linkId;
    std::optional<core::edits::LinkEnd> m_end; // reconnecting
    std::string m_target;
    RubberLink* m_rubber;
};

} // namespace studio::widgets
