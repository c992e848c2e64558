#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <istream>
#include <string>

namespace studio::core {

// An exported PNG carries its design in the file format (designToJson, UTF-8) as a PNG text
// chunk under this key, so opening the PNG restores the editable design.
inline constexpr char kPngDesignKey[] = "sdstudio-design";

// Whether `path` is a regular file that starts with the PNG signature (whatever its name says).
bool isPngFile(const std::string& path);

// The design inside the PNG read from `in` (seekable; the PNG starts at its beginning): it must
// be a whole PNG (its chunks intact up to IEND) holding a kPngDesignKey text chunk (tEXt, zTXt
// or iTXt, up to 64 MB inflated) with a good CRC that parses and validates as a design. The
// pixels are never decoded, so an image of any size reopens. Otherwise fails with what is
// wrong (problem places are within the embedded design; the caller names the file). Files
// are opened by loadDesignAnyFile (format/AnyDesignFile.h).
Result<Design> designFromPng(std::istream& in, const Catalog& catalog = Catalog::standard());

} // namespace studio::core
