#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <string>

namespace studio::core {

// What a design was read from: a design file, or a PNG the studio exported (whose design
// opens as a new one: saving it must not write JSON over the image).
enum class DesignSource { DesignFile, Png };

struct LoadedDesign {
    Design design;
    DesignSource source = DesignSource::DesignFile;
};

// The design in the file at `path`, read by what the file holds, not by its name: a file that
// starts with the PNG signature through designFromPng (format/DesignPng.h), any other through
// loadDesignFile (format/DesignFile.h), with their problems: a missing file, a folder, a pipe
// or a device (refused unread), bad JSON, a PNG without a design, an invalid design...
Result<LoadedDesign> loadDesignAnyFile(const std::string& path,
                                       const Catalog& catalog = Catalog::standard());

} // namespace studio::core
