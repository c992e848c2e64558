#pragma once

#include "format/DesignPng.h"
#include "model/Design.h"

#include <QImage>

namespace studio::widgets {

// Puts `design` into `image`'s text under core::kPngDesignKey (written by QImageWriter), so
// opening the PNG restores the editable design (core::loadDesignAnyFile reads it back).
void embedDesign(QImage& image, const core::Design& design);

} // namespace studio::widgets
