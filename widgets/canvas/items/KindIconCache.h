#pragma once

#include <QPixmap>
#include <QString>

namespace studio::widgets {

// The kinds' SVG icons rendered once per size, so painting a component draws a ready pixmap
// (no SVG work, no allocation) that is crisp at the zoom and device pixel ratio it is shown at.
class KindIconCache {
public:
    // The icon of `kindId` about `devicePixels` square (rounded up to a size step, at most
    // kMaxPixels). GUI thread only.
    static const QPixmap& pixmap(const QString& kindId, int devicePixels);

    static constexpr int kMaxPixels = 256;
};

} // namespace studio::widgets
