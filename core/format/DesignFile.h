#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <string>

namespace studio::core {

// Reads, parses and validates the design file at `path` (UTF-8). Fails with every problem
// found: a missing or unreadable file, a directory, an empty file, bad JSON, a newer
// version, invalid values. Problem places are within the file; the caller names the file.
Result<Design> loadDesignFile(const std::string& path,
                              const Catalog& catalog = Catalog::standard());

// Writes `design` to `path` atomically (a temporary file beside it, then a rename), so a
// failed save leaves any earlier file intact. Returns the problems; empty on success.
Problems saveDesignFile(const Design& design, const std::string& path);

} // namespace studio::core
