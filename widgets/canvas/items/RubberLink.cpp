#include "widgets/canvas/items/RubberLink.h"

#include "widgets/canvas/items/SceneStyle.h"

#include <QPainter>

namespace studio::widgets {

namespace {
constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 4.5;
} // namespace

RubberLink::RubberLink(const SceneStyle* style)
    : m_style(style) {
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
}

void RubberLink::setLine(const QLineF& line) {
    prepareGeometryChange();
    m_line = line;
    m_arrow.clear();
    if (line.length() > 0) {
        const QPointF tip = line.p2();
        const QPointF back = -QPointF(line.dx(), line.dy()) / line.length();
        const QPointF side(-back.y(), back.x());
        const QPointF base = tip + back * kArrowLength;
        m_arrow << tip << base + side * kArrowHalfWidth << base - side * kArrowHalfWidth;
    }
}

void RubberLink::setRefused(bool refused) {
    if (refused == m_refused)
        return;
    m_refused = refused;
    update();
}

QRectF RubberLink::boundingRect() const {
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-8, -8, 8, 8);
}

void RubberLink::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_line.isNull())
        return;
    const QColor& color = m_refused ? m_style->refused : m_style->selection;
    QPen pen(color, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(m_line);
    pen.setStyle(Qt::SolidLine);
    painter->setPen(pen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
}

} // namespace studio::widgets
