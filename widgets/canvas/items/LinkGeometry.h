#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

namespace studio::widgets {

// Where a ray from `inside` towards `towards` leaves `rect` (a point inside the rect, or on its
// edge). `inside` is first moved into the rect if it lies outside. Returns `inside` when the
// two points coincide.
QPointF rectExitPoint(const QRectF& rect, const QPointF& inside, const QPointF& towards);

// The same for a rectangle with corners rounded by `radius` (scene units; clamped to half
// the shorter side): near a corner the ray leaves on the arc, not on the square corner.
QPointF roundedRectExitPoint(const QRectF& rect, double radius, const QPointF& inside,
                             const QPointF& towards);

// The line a link between two boxes is drawn along: from the edge of `from` to the edge of
// `to`, on the line between their centres shifted sideways by `offset` (scene units; parallel
// links between the same two boxes get different offsets). The radii round the boxes'
// corners. A null line when the boxes overlap so much that no part of the line lies outside
// both.
QLineF linkLine(const QRectF& from, const QRectF& to, double offset = 0, double fromRadius = 0,
                double toRadius = 0);

// A link being drawn towards a point (the mouse): from the edge of `from` to `to`. A null
// line while `to` is inside `from`.
QLineF linkLineToPoint(const QRectF& from, double fromRadius, const QPointF& to);

} // namespace studio::widgets
