#pragma once

#include "model/Link.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QString>

#include <string>

namespace studio::widgets {

struct SceneStyle;

// One link on the canvas: a line from the caller's box edge to the callee's with an
// arrowhead, drawn by mode (call solid, choose thinner in another colour, handoff dashed),
// its label at the middle. Knows its model id and what to draw; the scene routes it.
// Selectable; a link selected alone shows a handle on each end (drag one to reconnect).
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(std::string id, const SceneStyle* style);

    const std::string& id() const { return m_id; }

    core::LinkMode mode() const { return m_mode; }
    void setMode(core::LinkMode mode);
    const QString& label() const { return m_label; }
    void setLabel(const QString& label);

    // Routes the link along `line` (scene coordinates; the arrow points at its end).
    void setLine(const QLineF& line);
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
    QLineF m_line;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor;
    QRectF m_labelRect;
    QRectF m_bounds;
    QPen m_pen;
    QPen m_arrowPen;
    QPen m_thinPen; // at low zoom: one pixel (TOOLCHAIN.md: the cheapest to stroke)
    QPen m_highlightPen;
    bool m_handlesVisible = false;
};

} // namespace studio::widgets
