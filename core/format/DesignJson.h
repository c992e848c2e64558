#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Result.h"

#include <string>

namespace studio::core {

inline constexpr const char* kDesignFormatName = "sdstudio-design";
inline constexpr int kDesignFormatVersion = 1;

// Parses a design from the file format (docs/FORMAT.md). Reports every structural problem
// it finds (not JSON, wrong types, unknown keys or kinds, a newer version), each with its
// place; properties a component's kind declares but the file omits get their defaults.
// Does not check values against their ranges or links against components: validateDesign().
Result<Design> designFromJson(const std::string& text,
                              const Catalog& catalog = Catalog::standard());

// The design in the file format: UTF-8 JSON, 2-space indent, keys in a stable order,
// ending with a newline. designFromJson(designToJson(d)) == d, but for a failure event's
// fields of other kinds (a down event's `factor`), which are not written and read back as
// their defaults.
std::string designToJson(const Design& design);

} // namespace studio::core
