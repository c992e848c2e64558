#pragma once

#include "templates/Template.h"
#include "util/Problem.h"

#include <string_view>
#include <vector>

namespace studio::core {

// The templates embedded in the core library (templates/*.json), parsed once on first use
// (thread-safe) and sorted by `order`. A file that fails templateFromJson (or whose id is
// not its file name) is left out and its problems are in builtinTemplateProblems(); the
// tests keep that list empty.
const std::vector<Template>& builtinTemplates();

// The problems of the embedded files left out of builtinTemplates(), each place prefixed
// with the file name: `url-shortener.json: rubric[2].check.kinds[0]: unknown kind "cahce"`.
const Problems& builtinTemplateProblems();

// The builtin template with this id, or nullptr.
const Template* findTemplate(std::string_view id);

} // namespace studio::core
