#include "widgets/canvas/items/LinkGeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::widgets {

QPointF rectExitPoint(const QRectF& rect, const QPointF& inside, const QPointF& towards) {
    const QPointF start(std::clamp(inside.x(), rect.left(), rect.right()),
                        std::clamp(inside.y(), rect.top(), rect.bottom()));
    const QPointF direction = towards - start;
    if (direction.isNull())
        return start;
    double t = std::numeric_limits<double>::infinity();
    if (direction.x() > 0)
        t = std::min(t, (rect.right() - start.x()) / direction.x());
    else if (direction.x() < 0)
        t = std::min(t, (rect.left() - start.x()) / direction.x());
    if (direction.y() > 0)
        t = std::min(t, (rect.bottom() - start.y()) / direction.y());
    else if (direction.y() < 0)
        t = std::min(t, (rect.top() - start.y()) / direction.y());
    return start + direction * t;
}

QPointF roundedRectExitPoint(const QRectF& rect, double radius, const QPointF& inside,
                             const QPointF& towards) {
    const QPointF exit = rectExitPoint(rect, inside, towards);
    const double r = std::min({radius, rect.width() / 2, rect.height() / 2});
    if (r <= 0)
        return exit;
    // The exit lies in a corner square only if it is within r of two edges.
    double cx = 0, cy = 0;
    if (exit.x() < rect.left() + r)
        cx = rect.left() + r;
    else if (exit.x() > rect.right() - r)
        cx = rect.right() - r;
    else
        return exit;
    if (exit.y() < rect.top() + r)
        cy = rect.top() + r;
    else if (exit.y() > rect.bottom() - r)
        cy = rect.bottom() - r;
    else
        return exit;
    // Where the ray leaves the corner's circle: the larger root of |s + t d - c| = r.
    const QPointF start(std::clamp(inside.x(), rect.left(), rect.right()),
                        std::clamp(inside.y(), rect.top(), rect.bottom()));
    const QPointF d = towards - start;
    const QPointF f = start - QPointF(cx, cy);
    const double a = QPointF::dotProduct(d, d);
    const double b = 2 * QPointF::dotProduct(f, d);
    const double c = QPointF::dotProduct(f, f) - r * r;
    const double discriminant = b * b - 4 * a * c;
    if (a <= 0 || discriminant < 0)
        return exit;
    const double t = (-b + std::sqrt(discriminant)) / (2 * a);
    return t >= 0 ? start + d * t : exit;
}

QLineF linkLine(const QRectF& from, const QRectF& to, double offset, double fromRadius,
                double toRadius) {
    QPointF a = from.center();
    QPointF b = to.center();
    const QLineF centres(a, b);
    if (centres.length() <= 0)
        return {};
    if (offset != 0) {
        const QPointF normal(-centres.dy() / centres.length(), centres.dx() / centres.length());
        a += normal * offset;
        b += normal * offset;
    }
    const QPointF start = roundedRectExitPoint(from, fromRadius, a, b);
    const QPointF end = roundedRectExitPoint(to, toRadius, b, a);
    // The boxes overlap past each other: the edges cross, and so would the line.
    if (QLineF(a, b).length() <= QLineF(a, start).length() + QLineF(b, end).length())
        return {};
    return {start, end};
}

QLineF linkLineToPoint(const QRectF& from, double fromRadius, const QPointF& to) {
    if (from.contains(to))
        return {};
    return {roundedRectExitPoint(from, fromRadius, from.center(), to), to};
}

} // namespace studio::widgets
