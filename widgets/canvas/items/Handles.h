#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <array>

class QColor;
class QPainter;

namespace studio::widgets {

struct SceneStyle;

// The small knobs drawn on selected and hovered things: a connection dot in the middle of each
// side of a component, a resize square on each corner of a selected component or zone, a
// dot on each end and bend of a selected link and a fainter one in the middle of each of its
// segments. Their size is in screen pixels (SceneStyle::pixel).
namespace handles {

constexpr double kRadiusPixels = 4.5;    // drawn size
constexpr double kPickPixels = 7;        // how far from its centre a handle is hit
constexpr double kSelectionPixels = 3.5; // the selection outline's distance from the box
constexpr double kNearPixels = 24;       // a pointer this close to a box shows its dots
constexpr double kBorderPixels = 3;      // inside the box, how deep its border is grabbed

enum Corner { TopLeft = 0, TopRight = 1, BottomRight = 2, BottomLeft = 3 };

// Middles of the left, top, right and bottom sides.
std::array<QPointF, 4> sidePoints(const QRectF& box);
std::array<QPointF, 4> cornerPoints(const QRectF& box);

// Whether the box is big enough on screen for handles: on a tiny box they would cover it and
// leave nothing to grab.
bool roomForHandles(const QRectF& box, const SceneStyle& style);

// How far (scene units) the handles stick out of a box at the style's current zoom.
double margin(const SceneStyle& style);

void paintConnectHandles(QPainter* painter, const QRectF& box, const SceneStyle& style);
void paintResizeHandles(QPainter* painter, const QRectF& box, const SceneStyle& style);
void paintEndHandle(QPainter* painter, const QPointF& at, const SceneStyle& style);
// The smaller, fainter knob in the middle of a selected link's segment (drag: a new bend).
void paintSegmentHandle(QPainter* painter, const QPointF& at, const SceneStyle& style);
// A rounded outline `kSelectionPixels` outside the box, in `color`.
void paintSelection(QPainter* painter, const QRectF& box, double radius, const QColor& color,
                    const SceneStyle& style);

// `box` with `corner` dragged to `to`, the opposite corner staying put; never smaller than
// `minimum`.
QRectF resized(const QRectF& box, Corner corner, const QPointF& to, const QSizeF& minimum);

} // namespace handles
} // namespace studio::widgets
