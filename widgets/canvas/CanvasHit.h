#pragma once

#include <QPointF>

#include <string>

namespace studio::widgets {

class DesignScene;

// What is under a point of the canvas, handles first (they are drawn on top of their item),
// then components, links and zones (by their border and title), top-most first.
struct CanvasHit {
    enum class Kind {
        Nothing,
        Component,
        Zone,
        Link,
        ConnectHandle,
        ResizeHandle,
        LinkEnd,
        LinkBend,    // a selected link's bend point
        LinkSegment, // the handle in the middle of a selected link's segment
    };

    Kind kind = Kind::Nothing;
    std::string id; // of the component, zone or link
    int index = 0;  // the side (handles::sidePoints), corner (handles::Corner), link end (0
                    // from, 1 to), bend (in the link's bends) or segment (0 from the source)

    bool isItem() const {
        return kind == Kind::Component || kind == Kind::Zone || kind == Kind::Link;
    }
};

// Tolerances are in screen pixels (the scene's style knows the zoom). A component's connection
// dots are hit from inside the box or near it (handles::kNearPixels), whether or not they show
// yet, and so is its border: from just outside it (kPickPixels) or on its stroke
// (kBorderPixels); either starts a link.
CanvasHit hitTest(const DesignScene& scene, const QPointF& scenePos);

// The id of the top-most component whose box, grown by `pixels` screen pixels, holds the
// point; empty when there is none.
std::string componentNear(const DesignScene& scene, const QPointF& scenePos, double pixels);

} // namespace studio::widgets
