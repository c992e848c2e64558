#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>

namespace studio::widgets {

// Where a ray from `inside` towards `towards` leaves `rect` (a point inside the rect, or on its
// edge). `inside` is first moved into the rect if it lies outside. Returns `inside` when the
// two points coincide.
QPointF rectExitPoint(const QRectF& rect, const QPointF& inside, const QPointF& towards);

// The line a link between two boxes is drawn along: from the edge of `from` to the edge of
// `to`, on the line between their centres shifted sideways by `offset` (scene units; parallel
// links between the same two boxes get different offsets). A null line when the boxes overlap
// so much that no part of the line lies outside both.
QLineF linkLine(const QRectF& from, const QRectF& to, double offset = 0);

} // namespace studio::widgets
