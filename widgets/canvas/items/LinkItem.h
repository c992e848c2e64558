#pragma once

#include "model/Link.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace studio::widgets {

struct SceneStyle;

// One link on the canvas: a line from the caller's box edge to the callee's, through its bend
// points if it has any, with an arrowhead, drawn by mode (call solid, choose thinner in
// another colour, handoff dashed), its label at the middle. Knows its model id and what to
// draw; the scene routes it. Selectable; a link selected alone shows a handle on each end
// (drag one to reconnect), one on each bend (drag to move it, double-click to remove it) and
// a smaller one in the middle of each segment (drag to add a bend there).
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(std::string id, const SceneStyle* style);

    const std::string& id() const { return m_id; }

    core::LinkMode mode() const { return m_mode; }
    void setMode(core::LinkMode mode);
    const QString& label() const { return m_label; }
    void setLabel(const QString& label);

    // The bend points as the model has them (scene coordinates, from source to target), and
    // a shift applied to them while a drag previews moving both ends ({} when none).
    void setBends(QPolygonF bends);
    void setBendShift(const QPointF& shift);
    // The points the router draws through: the bends, shifted.
    QPolygonF bends() const { return m_bends.translated(m_bendShift); }

    // Routes the link along `line` (scene coordinates; the arrow points at its end).
    void setLine(const QLineF& line);
    // Routes the link along a polyline: its start, its bends, its end (at least two points).
    void setRoute(const QPolygonF& route);
    // The polyline the link is drawn along; empty for a loop or an unrouted link.
    const QPolygonF& route() const { return m_route; }
    // Where the segment handles sit: the middle of each segment long enough on screen to
    // take one (entry i adds a bend between route points i and i+1); nothing otherwise.
    std::vector<std::optional<QPointF>> segmentMiddles() const;
    // Routes a link from a box to itself: a loop over the box's top edge.
    void setLoop(const QRectF& box);
    QLineF line() const { return m_line; }
    QPointF start() const;
    QPointF end() const;
    bool isRouted() const { return !m_path.isEmpty(); }

    // The pen the link is drawn with (cosmetic: its width is in device pixels).
    QPen pen() const { return m_pen; }
    // Call after the style's palette changed.
    void refreshStyle();
    // Call when the style's pixel size (the zoom) changed: handles keep their screen size.
    void refreshGeometry() { prepareGeometryChange(); }

    // End handles: when this is the only selected thing.
    void setHandlesVisible(bool visible);
    bool handlesVisible() const { return m_handlesVisible; }
    // Whether `point` lies within `tolerance` (scene units) of the line, arrow or label.
    bool passesNear(const QPointF& point, double tolerance) const;

    int type() const override { return Type; }
    QRectF labelRect() const { return m_labelRect; } // empty without a label
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void rebuild();

    std::string m_id;
    const SceneStyle* m_style;
    core::LinkMode m_mode = core::LinkMode::Call;
    QString m_label;
    QLineF m_line; // the last segment: the arrow points along it
    QPolygonF m_route;
    QPolygonF m_bends;
    QPointF m_bendShift;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor; // halfway along the route
    QLineF m_labelAlong;   // the route's segment there: the label sits beside it
    QRectF m_labelRect;
    QRectF m_bounds;
    QPen m_pen;
    QPen m_arrowPen;
    QPen m_thinPen; // at low zoom: one pixel (TOOLCHAIN.md: the cheapest to stroke)
    QPen m_highlightPen;
    bool m_handlesVisible = false;
};

} // namespace studio::widgets
