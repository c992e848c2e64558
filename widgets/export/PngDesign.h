#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <QImage>
#include <QString>

namespace studio::widgets {

// An exported PNG carries its design in the file format (core::designToJson, UTF-8) as a
// PNG text chunk under this key, so opening the PNG restores the editable design.
inline constexpr char kPngDesignKey[] = "sdstudio-design";

// Puts `design` into `image`'s text under kPngDesignKey (written by QImageWriter).
void embedDesign(QImage& image, const core::Design& design);

// Whether `path` is a regular file that starts with the PNG signature (whatever its name says).
bool isPngFile(const QString& path);

// The design inside the PNG at `path`: the file must be a whole PNG (its chunks intact up to
// IEND) holding a kPngDesignKey text chunk (tEXt, zTXt or iTXt, up to 64 MB inflated) with a
// good CRC that parses and validates as a design. The pixels are never decoded, so an image of
// any size reopens. Otherwise fails with what is wrong (problem places are within the embedded
// design; the caller names the file).
core::Result<core::Design> loadDesignPng(const QString& path,
                                         const core::Catalog& catalog = core::Catalog::standard());

} // namespace studio::widgets
