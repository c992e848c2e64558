#include "LinkGeometry.h"

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

QLineF linkLine(const QRectF& from, const QRectF& to, double offset) {
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
    const QPointF start = rectExitPoint(from, a, b);
    const QPointF end = rectExitPoint(to, b, a);
    // The boxes overlap past each other: the edges cross, and so would the line.
    if (QLineF(a, b).length() <= QLineF(a, start).length() + QLineF(b, end).length())
        return {};
    return {start, end};
}

} // namespace studio::widgets
