#pragma once

#include "catalog/Catalog.h"
#include "templates/Template.h"
#include "util/Result.h"

#include <string>

namespace studio::core {

inline constexpr const char* kTemplateFormatName = "sdstudio-template";
inline constexpr int kTemplateFormatVersion = 1;

// Parses a template file (docs/FORMAT.md, "Template files") and checks it whole: its keys
// (an unknown key is an error), its inner design (designFromJson, then validateDesign; places
// start with `design.`), and its rubric (every kind, property, quantity and mode known to the
// catalog and the format). Each problem names its place:
// `rubric[2].check.kinds[0]: unknown kind "cahce"`. When `expectedId` is not empty, the
// template's id must equal it (the file name without .json).
Result<Template> templateFromJson(const std::string& text, const std::string& expectedId = {},
                                  const Catalog& catalog = Catalog::standard());

} // namespace studio::core
