#include "widgets/canvas/CanvasHit.h"

#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/Handles.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/ZoneItem.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace studio::widgets {

namespace {

bool near(const QPointF& a, const QPointF& b, double tolerance) {
    const QPointF d = a - b;
    return d.x() * d.x() + d.y() * d.y() <= tolerance * tolerance;
}

// The index of the point of `points` within `tolerance` of `at`, or -1.
template <class Points> int nearest(const Points& points, const QPointF& at, double tolerance) {
    for (std::size_t i = 0; i < points.size(); ++i)
        if (near(points[i], at, tolerance))
            return static_cast<int>(i);
    return -1;
}

// The side (handles::sidePoints) whose edge the point is on: at most `outside` beyond the box
// or `inside` within it; -1 when it is on none.
int borderSide(const QRectF& box, const QPointF& pos, double outside, double inside) {
    if (!box.adjusted(-outside, -outside, outside, outside).contains(pos) ||
        box.adjusted(inside, inside, -inside, -inside).contains(pos))
        return -1;
    const std::array<double, 4> distances = {
        std::abs(pos.x() - box.left()), std::abs(pos.y() - box.top()),
        std::abs(pos.x() - box.right()), std::abs(pos.y() - box.bottom())};
    return static_cast<int>(std::min_element(distances.begin(), distances.end()) -
                            distances.begin());
}

CanvasHit handleHit(const QGraphicsItem* item, const QPointF& pos, double tolerance,
                    const SceneStyle& style) {
    if (const auto* component = qgraphicsitem_cast<const ComponentItem*>(item)) {
        const QRectF box = component->sceneBox();
        if (!handles::roomForHandles(box, style))
            return {};
        if (component->handlesVisible())
            if (const int corner = nearest(handles::cornerPoints(box), pos, tolerance); corner >= 0)
                return {CanvasHit::Kind::ResizeHandle, component->id(), corner};
        // Inside or near the box the pointer shows its dots (even if no hover or move event
        // came yet, as when a press arrives without a move before it).
        const double reach = handles::kNearPixels * style.pixel;
        if (component->connectHandlesVisible() ||
            box.adjusted(-reach, -reach, reach, reach).contains(pos))
            if (const int side = nearest(handles::sidePoints(box), pos, tolerance); side >= 0)
                return {CanvasHit::Kind::ConnectHandle, component->id(), side};
        if (const int side = borderSide(box, pos, tolerance, handles::kBorderPixels * style.pixel);
            side >= 0)
            return {CanvasHit::Kind::ConnectHandle, component->id(), side};
    } else if (const auto* zone = qgraphicsitem_cast<const ZoneItem*>(item)) {
        if (zone->handlesVisible() && handles::roomForHandles(zone->sceneBox(), style))
            if (const int corner = nearest(handles::cornerPoints(zone->sceneBox()), pos, tolerance);
                corner >= 0)
                return {CanvasHit::Kind::ResizeHandle, zone->id(), corner};
    } else if (const auto* link = qgraphicsitem_cast<const LinkItem*>(item)) {
        if (link->handlesVisible() && link->isSelected() && link->isRouted()) {
            if (near(link->end(), pos, tolerance))
                return {CanvasHit::Kind::LinkEnd, link->id(), 1};
            if (near(link->start(), pos, tolerance))
                return {CanvasHit::Kind::LinkEnd, link->id(), 0};
            const QPolygonF& route = link->route();
            for (qsizetype i = 1; i + 1 < route.size(); ++i)
                if (near(route[i], pos, tolerance))
                    return {CanvasHit::Kind::LinkBend, link->id(), static_cast<int>(i - 1)};
            const auto middles = link->segmentMiddles();
            for (std::size_t i = 0; i < middles.size(); ++i)
                if (middles[i] && near(*middles[i], pos, tolerance))
                    return {CanvasHit::Kind::LinkSegment, link->id(), static_cast<int>(i)};
        }
    }
    return {};
}

CanvasHit itemHit(const QGraphicsItem* item, const QPointF& pos, double tolerance) {
    if (const auto* component = qgraphicsitem_cast<const ComponentItem*>(item)) {
        if (component->sceneBox().contains(pos))
            return {CanvasHit::Kind::Component, component->id()};
    } else if (const auto* link = qgraphicsitem_cast<const LinkItem*>(item)) {
        if (link->passesNear(pos, tolerance))
            return {CanvasHit::Kind::Link, link->id()};
    } else if (const auto* zone = qgraphicsitem_cast<const ZoneItem*>(item)) {
        if (zone->picksAt(zone->mapFromScene(pos), tolerance))
            return {CanvasHit::Kind::Zone, zone->id()};
    }
    return {};
}

} // namespace

CanvasHit hitTest(const DesignScene& scene, const QPointF& scenePos) {
    const SceneStyle& style = scene.style();
    const double tolerance = handles::kPickPixels * style.pixel;
    const QRectF area(scenePos.x() - tolerance, scenePos.y() - tolerance, 2 * tolerance,
                      2 * tolerance);
    const QList<QGraphicsItem*> items =
        scene.items(area, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder);
    // A selected link's ends first: they sit on its components' edges, where those show
    // their connection handles.
    for (const QGraphicsItem* item : items)
        if (item->type() == LinkItem::Type)
            if (CanvasHit hit = handleHit(item, scenePos, tolerance, style);
                hit.kind != CanvasHit::Kind::Nothing)
                return hit;
    for (const QGraphicsItem* item : items)
        if (CanvasHit hit = handleHit(item, scenePos, tolerance, style);
            hit.kind != CanvasHit::Kind::Nothing)
            return hit;
    for (const QGraphicsItem* item : items)
        if (CanvasHit hit = itemHit(item, scenePos, tolerance);
            hit.kind != CanvasHit::Kind::Nothing)
            return hit;
    return {};
}

std::string componentNear(const DesignScene& scene, const QPointF& scenePos, double pixels) {
    const double reach = pixels * scene.style().pixel;
    const QRectF area(scenePos.x() - reach, scenePos.y() - reach, 2 * reach, 2 * reach);
    std::string nearest;
    double best = reach;
    for (const QGraphicsItem* item :
         scene.items(area, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        const auto* component = qgraphicsitem_cast<const ComponentItem*>(item);
        if (!component)
            continue;
        const QRectF box = component->sceneBox();
        if (box.contains(scenePos))
            return component->id(); // the top-most box under the pointer
        const double dx = std::max({box.left() - scenePos.x(), 0.0, scenePos.x() - box.right()});
        const double dy = std::max({box.top() - scenePos.y(), 0.0, scenePos.y() - box.bottom()});
        const double distance = std::hypot(dx, dy);
        if (distance <= best) {
            best = distance;
            nearest = component->id();
        }
    }
    return nearest;
}

} // namespace studio::widgets
