#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QPolygonF>

namespace studio::widgets {

struct SceneStyle;

// The link being drawn (or reconnected): a dashed line with an arrowhead in the selection
// colour, above everything else. Not part of the design.
class RubberLink : public QGraphicsItem {
public:
    enum { Type = UserType + 10 };

    explicit RubberLink(const SceneStyle* style);

    void setLine(const QLineF& line);
    QLineF line() const { return m_line; }
    // Drawn in the style's refusal colour over a component that cannot take the link.
    void setRefused(bool refused);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const SceneStyle* m_style;
    QLineF m_line;
    QPolygonF m_arrow;
    bool m_refused = false;
};

} // namespace studio::widgets
