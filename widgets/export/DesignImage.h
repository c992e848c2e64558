#pragma once

#include "model/Design.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace studio::widgets {

// The design drawn as the canvas draws it (components, links, zones; no selection, no
// grid at small scales), scaled to fit `box` with a margin and centred on the canvas
// background. For library thumbnails and the template gallery (export draws its own).
QImage designImage(const core::Design& design, const QSize& box);

// `image` as PNG file bytes.
QByteArray pngBytes(const QImage& image);

} // namespace studio::widgets
