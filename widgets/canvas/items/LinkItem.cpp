#include "widgets/canvas/items/LinkItem.h"

#include "widgets/canvas/items/Handles.h"
#include "widgets/canvas/items/SceneStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 4.5;
constexpr double kLoopHeight = 26;
constexpr double kLabelZoom = 0.35; // labels are unreadable below this zoom (and lines thin)
constexpr double kArrowZoom = 0.2;  // arrowheads are a dot or two below this zoom
constexpr double kHighlightPixels = 6;
constexpr double kZ = 5;                    // above zones, below components
constexpr double kSelectedZ = 15;           // above components
constexpr double kSegmentHandlePixels = 40; // a segment shorter on screen has no middle handle

double distanceToSegment(const QPointF& p, const QLineF& segment) {
    const QPointF d = segment.p2() - segment.p1();
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0
                         ? std::clamp(QPointF::dotProduct(p - segment.p1(), d) / length2, 0.0, 1.0)
                         : 0.0;
    return QLineF(p, segment.p1() + d * t).length();
}
} // namespace

LinkItem::LinkItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(kZ);
    setFlag(ItemIsSelectable);
    refreshStyle();
}

void LinkItem::setMode(core::LinkMode mode) {
    m_mode = mode;
    refreshStyle();
}

void LinkItem::refreshStyle() {
    prepareGeometryChange();
    m_pen = QPen(m_style->linkColor(m_mode));
    m_pen.setCosmetic(true);
    switch (m_mode) {
    case core::LinkMode::Call:
        m_pen.setWidthF(1.6);
        break;
    case core::LinkMode::Choose:
        m_pen.setWidthF(1.0);
        break;
    case core::LinkMode::Handoff:
        m_pen.setWidthF(1.6);
        m_pen.setStyle(Qt::DashLine);
        break;
    }
    m_arrowPen = m_pen;
    m_arrowPen.setStyle(Qt::SolidLine);
    m_thinPen = m_pen;
    m_thinPen.setWidthF(1);
    QColor highlight = m_style->selection;
    highlight.setAlphaF(0.35f);
    m_highlightPen = QPen(highlight, kHighlightPixels, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_highlightPen.setCosmetic(true);
    rebuild();
}

void LinkItem::setLabel(const QString& label) {
    prepareGeometryChange();
    m_label = label;
    rebuild();
}

void LinkItem::setBends(QPolygonF bends) {
    m_bends = std::move(bends);
}

void LinkItem::setBendShift(const QPointF& shift) {
    m_bendShift = shift;
}

void LinkItem::setLine(const QLineF& line) {
    if (line.isNull())
        setRoute({});
    else
        setRoute(QPolygonF({line.p1(), line.p2()}));
}

void LinkItem::setRoute(const QPolygonF& route) {
    prepareGeometryChange();
    m_route = route.size() >= 2 ? route : QPolygonF();
    m_path = QPainterPath();
    m_line = QLineF();
    m_labelAnchor = QPointF();
    m_labelAlong = QLineF();
    if (!m_route.isEmpty()) {
        const qsizetype last = m_route.size() - 1;
        m_line = QLineF(m_route[last - 1], m_route[last]);
        m_path.moveTo(m_route[0]);
        for (qsizetype i = 1; i < last; ++i)
            m_path.lineTo(m_route[i]);
        // The line stops inside the arrowhead, so a dash or a wide pen cannot poke past its tip.
        const double length = m_line.length();
        const double shortening = std::min(kArrowLength * 0.6, length);
        m_path.lineTo(length > 0 ? m_line.pointAt(1 - shortening / length) : m_line.p2());
        // The label sits halfway along the whole polyline.
        double total = 0;
        for (qsizetype i = 0; i < last; ++i)
            total += QLineF(m_route[i], m_route[i + 1]).length();
        double left = total / 2;
        for (qsizetype i = 0; i < last; ++i) {
            const QLineF segment(m_route[i], m_route[i + 1]);
            if (left <= segment.length() || i == last - 1) {
                m_labelAnchor =
                    segment.length() > 0 ? segment.pointAt(left / segment.length()) : segment.p1();
                m_labelAlong = segment;
                break;
            }
            left -= segment.length();
        }
    }
    rebuild();
}

std::vector<std::optional<QPointF>> LinkItem::segmentMiddles() const {
    std::vector<std::optional<QPointF>> middles;
    for (qsizetype i = 0; i + 1 < m_route.size(); ++i) {
        const QLineF segment(m_route[i], m_route[i + 1]);
        if (segment.length() >= kSegmentHandlePixels * m_style->pixel)
            middles.push_back(segment.center());
        else
            middles.push_back(std::nullopt);
    }
    return middles;
}

void LinkItem::setLoop(const QRectF& box) {
    prepareGeometryChange();
    m_route.clear();
    m_labelAlong = QLineF(); // the anchor is above the loop already
    const QPointF from(box.left() + box.width() * 0.6, box.top());
    const QPointF to(box.left() + box.width() * 0.85, box.top());
    m_path = QPainterPath(from);
    m_path.cubicTo(from + QPointF(0, -kLoopHeight * 1.5), to + QPointF(0, -kLoopHeight * 1.5), to);
    m_line = QLineF(to + QPointF(0, -kLoopHeight / 2), to);
    m_labelAnchor = QPointF((from.x() + to.x()) / 2, box.top() - kLoopHeight * 1.2);
    rebuild();
}

QPointF LinkItem::start() const {
    return m_path.isEmpty() ? QPointF() : m_path.elementAt(0);
}

QPointF LinkItem::end() const {
    return m_path.isEmpty() ? QPointF() : m_line.p2();
}

void LinkItem::setHandlesVisible(bool visible) {
    if (m_handlesVisible == visible)
        return;
    prepareGeometryChange();
    m_handlesVisible = visible;
    update();
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
    m_labelRect = QRectF();
    if (!m_label.isEmpty() && !m_path.isEmpty()) {
        const QFontMetricsF metrics(m_style->linkFont);
        const QSizeF size(metrics.horizontalAdvance(m_label) + 8, metrics.height() + 2);
        QPointF anchor = m_labelAnchor;
        const double length = m_labelAlong.length();
        if (length > 0) {
            // Beside the line, never on it: above it, or right of a vertical one.
            QPointF normal(-m_labelAlong.dy() / length, m_labelAlong.dx() / length);
            if (normal.y() > 0 || (normal.y() == 0 && normal.x() < 0))
                normal = -normal;
            const double clearance = std::abs(normal.x()) * size.width() / 2 +
                                     std::abs(normal.y()) * size.height() / 2 + 2;
            anchor += normal * clearance;
        }
        m_labelRect = QRectF(anchor - QPointF(size.width() / 2, size.height() / 2), size);
        m_bounds = m_bounds.united(m_labelRect);
    }
}

QRectF LinkItem::boundingRect() const {
    if (!isSelected())
        return m_bounds;
    const double margin = std::max(handles::margin(*m_style), kHighlightPixels * m_style->pixel);
    return m_bounds.adjusted(-margin, -margin, margin, margin);
}

QPainterPath LinkItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    if (!m_labelRect.isNull())
        shape.addRect(m_labelRect);
    return shape;
}

bool LinkItem::passesNear(const QPointF& point, double tolerance) const {
    if (m_path.isEmpty())
        return false;
    if (!m_labelRect.isNull() && m_labelRect.contains(point))
        return true;
    if (m_arrow.containsPoint(point, Qt::OddEvenFill))
        return true;
    if (m_path.elementCount() == 2) // a straight link
        return distanceToSegment(point, m_line) <= tolerance;
    QPainterPathStroker stroker;
    stroker.setWidth(2 * tolerance);
    return stroker.createStroke(m_path).contains(point);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange();          // the highlight and handles widen the bounds
    if (change == ItemSelectedHasChanged) // above the boxes, so its end handles show
        setZValue(value.toBool() ? kSelectedZ : kZ);
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (m_path.isEmpty())
        return;
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (isSelected()) {
        painter->setPen(m_highlightPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    const bool thin = zoom < kLabelZoom;
    painter->setPen(thin ? m_thinPen : m_pen);
    painter->setBrush(Qt::NoBrush);
    if (m_path.elementCount() == 2) // a straight link: drawLine takes the fast path
        painter->drawLine(QPointF(m_path.elementAt(0)), QPointF(m_path.elementAt(1)));
    else
        painter->drawPath(m_path);

    if (zoom >= kArrowZoom) {
        painter->setPen(m_arrowPen);
        painter->setBrush(m_pen.brush());
        painter->drawPolygon(m_arrow);
    }
    if (!m_labelRect.isNull() && !thin) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style->labelBackground);
        painter->drawRoundedRect(m_labelRect, 3, 3);
        painter->setPen(m_style->textPen);
        painter->setFont(m_style->linkFont);
        painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
    }
    if (m_handlesVisible && isSelected()) {
        for (const auto& middle : segmentMiddles())
            if (middle)
                handles::paintSegmentHandle(painter, *middle, *m_style);
        for (qsizetype i = 1; i + 1 < m_route.size(); ++i)
            handles::paintEndHandle(painter, m_route[i], *m_style);
        handles::paintEndHandle(painter, start(), *m_style);
        handles::paintEndHandle(painter, end(), *m_style);
    }
}

} // namespace studio::widgets
