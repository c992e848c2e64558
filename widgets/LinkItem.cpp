#include "LinkItem.h"

#include "SceneStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 4.5;
constexpr double kLoopHeight = 26;
} // namespace

LinkItem::LinkItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(5);
}

void LinkItem::setMode(core::LinkMode mode) {
    m_mode = mode;
    update();
}

void LinkItem::setLabel(const QString& label) {
    prepareGeometryChange();
    m_label = label;
    rebuild();
}

void LinkItem::setLine(const QLineF& line) {
    prepareGeometryChange();
    m_line = line;
    m_path = QPainterPath();
    if (!line.isNull()) {
        // The line stops inside the arrowhead, so a dash or a wide pen cannot poke past its tip.
        const double shortening = std::min(kArrowLength * 0.6, line.length());
        m_path.moveTo(line.p1());
        m_path.lineTo(line.pointAt(1 - shortening / line.length()));
    }
    m_labelAnchor = line.center();
    rebuild();
}

void LinkItem::setLoop(const QRectF& box) {
    prepareGeometryChange();
    const QPointF from(box.left() + box.width() * 0.6, box.top());
    const QPointF to(box.left() + box.width() * 0.85, box.top());
    m_path = QPainterPath(from);
    m_path.cubicTo(from + QPointF(0, -kLoopHeight * 1.5), to + QPointF(0, -kLoopHeight * 1.5), to);
    m_line = QLineF(to + QPointF(0, -kLoopHeight / 2), to);
    m_labelAnchor = QPointF((from.x() + to.x()) / 2, box.top() - kLoopHeight * 1.2);
    rebuild();
}

QPointF LinkItem::start() const {
    return m_path.isEmpty() ? QPointF() : m_path.pointAtPercent(0);
}

QPointF LinkItem::end() const {
    return m_path.isEmpty() ? QPointF() : m_line.p2();
}

QPen LinkItem::pen() const {
    QPen pen(m_style->linkColor(m_mode));
    pen.setCosmetic(true);
    switch (m_mode) {
    case core::LinkMode::Call:
        pen.setWidthF(1.6);
        break;
    case core::LinkMode::Choose:
        pen.setWidthF(1.0);
        break;
    case core::LinkMode::Handoff:
        pen.setWidthF(1.6);
        pen.setStyle(Qt::DashLine);
        break;
    }
    return pen;
}

void LinkItem::rebuild() {
    m_arrow.clear();
    if (!m_path.isEmpty() && m_line.length() > 0) {
        const QPointF tip = m_line.p2();
        const QPointF back = -QPointF(m_line.dx(), m_line.dy()) / m_line.length();
        const QPointF side(-back.y(), back.x());
        const QPointF base = tip + back * kArrowLength;
        m_arrow << tip << base + side * kArrowHalfWidth << base - side * kArrowHalfWidth;
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-2, -2, 2, 2);
    if (!m_label.isEmpty() && !m_path.isEmpty())
        m_bounds = m_bounds.united(labelRect());
}

QRectF LinkItem::labelRect() const {
    const QFontMetricsF metrics(m_style->linkFont);
    const QSizeF size(metrics.horizontalAdvance(m_label) + 8, metrics.height() + 2);
    return QRectF(m_labelAnchor - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF LinkItem::boundingRect() const {
    return m_bounds;
}

QPainterPath LinkItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    if (!m_label.isEmpty() && !m_path.isEmpty())
        shape.addRect(labelRect());
    return shape;
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_path.isEmpty())
        return;
    const QPen linePen = pen();
    painter->setPen(linePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    QPen arrowPen = linePen;
    arrowPen.setStyle(Qt::SolidLine);
    painter->setPen(arrowPen);
    painter->setBrush(linePen.color());
    painter->drawPolygon(m_arrow);

    if (m_label.isEmpty())
        return;
    const QRectF box = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->labelBackground);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(m_style->text);
    painter->setFont(m_style->linkFont);
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace studio::widgets
