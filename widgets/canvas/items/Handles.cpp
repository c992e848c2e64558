#include "widgets/canvas/items/Handles.h"

#include "widgets/canvas/items/SceneStyle.h"

#include <QPainter>

#include <algorithm>

namespace studio::widgets::handles {

namespace {
constexpr double kPlainPixel = 1 / 0.35; // below 35% zoom
} // namespace

std::array<QPointF, 4> sidePoints(const QRectF& box) {
    const QPointF c = box.center();
    return {QPointF(box.left(), c.y()), QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
            QPointF(c.x(), box.bottom())};
}

std::array<QPointF, 4> cornerPoints(const QRectF& box) {
    return {box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()};
}

bool roomForHandles(const QRectF& box, const SceneStyle& style) {
    return box.width() >= 40 * style.pixel && box.height() >= 24 * style.pixel;
}

double margin(const SceneStyle& style) {
    return (kRadiusPixels + 2) * style.pixel;
}

void paintConnectHandles(QPainter* painter, const QRectF& box, const SceneStyle& style) {
    QPen pen(style.selection, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(style.handleFill);
    const double r = kRadiusPixels * style.pixel;
    for (const QPointF& point : sidePoints(box))
        painter->drawEllipse(point, r, r);
}

void paintResizeHandles(QPainter* painter, const QRectF& box, const SceneStyle& style) {
    QPen pen(style.selection, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(style.handleFill);
    const double r = (kRadiusPixels - 0.5) * style.pixel;
    for (const QPointF& point : cornerPoints(box))
        painter->drawRect(QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r));
}

void paintEndHandle(QPainter* painter, const QPointF& at, const SceneStyle& style) {
    QPen pen(style.selection, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(style.handleFill);
    const double r = kRadiusPixels * style.pixel;
    painter->drawEllipse(at, r, r);
}

void paintSegmentHandle(QPainter* painter, const QPointF& at, const SceneStyle& style) {
    QColor color = style.selection;
    color.setAlphaF(0.6f);
    QPen pen(color, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(style.handleFill);
    const double r = kRadiusPixels * 0.7 * style.pixel;
    painter->drawEllipse(at, r, r);
}

void paintSelection(QPainter* painter, const QRectF& box, double radius, const QColor& color,
                    const SceneStyle& style) {
    QPen pen(color, 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double gap = kSelectionPixels * style.pixel;
    const QRectF outline = box.adjusted(-gap, -gap, gap, gap);
    // Zoomed out (where boxes are plain blocks) a plain rectangle: no arc to flatten.
    if (style.pixel > kPlainPixel)
        painter->drawRect(outline);
    else
        painter->drawRoundedRect(outline, radius + gap, radius + gap);
}

QRectF resized(const QRectF& box, Corner corner, const QPointF& to, const QSizeF& minimum) {
    double left = box.left(), top = box.top(), right = box.right(), bottom = box.bottom();
    const bool movesLeft = corner == TopLeft || corner == BottomLeft;
    const bool movesTop = corner == TopLeft || corner == TopRight;
    if (movesLeft)
        left = std::min(to.x(), right - minimum.width());
    else
        right = std::max(to.x(), left + minimum.width());
    if (movesTop)
        top = std::min(to.y(), bottom - minimum.height());
    else
        bottom = std::max(to.y(), top + minimum.height());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace studio::widgets::handles
