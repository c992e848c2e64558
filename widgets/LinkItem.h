#pragma once

#include "model/Link.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPainterPath>
#include <QString>

#include <string>

namespace studio::widgets {

struct SceneStyle;

// One link on the canvas: a line from the caller's box edge to the callee's with an
// arrowhead, drawn by mode (call solid, choose thinner in another colour, handoff dashed),
// its label at the middle. Knows its model id and what to draw; the scene routes it.
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

    // The pen the link is drawn with (cosmetic: its width is in device pixels).
    QPen pen() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void rebuild();
    QRectF labelRect() const;

    std::string m_id;
    const SceneStyle* m_style;
    core::LinkMode m_mode = core::LinkMode::Call;
    QString m_label;
    QLineF m_line;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor;
    QRectF m_bounds;
};

} // namespace studio::widgets
