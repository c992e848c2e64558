#pragma once

// Private to core/templates: the `rubric` list of a template file.
#include "catalog/Catalog.h"
#include "format/JsonFields.h"
#include "templates/Template.h"

#include <vector>

namespace studio::core::templates {

// Reads and checks the rubric at `place` ("rubric"): a non-empty list of items with unique
// kebab-case ids, each with one predicate whose kinds, property, quantity and mode exist.
std::vector<RubricItem> readRubric(const format::Json& json, const std::string& place,
                                   const Catalog& catalog, Problems& problems);

// Whether `id` is kebab-case: lowercase letters and digits in words joined by single hyphens.
bool isKebabCase(const std::string& id);

} // namespace studio::core::templates
