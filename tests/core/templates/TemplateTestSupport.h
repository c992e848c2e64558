#pragma once

// Shared by the template tests: the test-only template under data/ and file reading.
#include "templates/Template.h"

#include <nlohmann/json.hpp>

#include <string>

namespace studio::core::test {

// The bytes of a file; empty when it cannot be read.
std::string readFile(const std::string& path);

// tests/core/templates/data/test-template.json: a small valid template with one rubric
// item of each predicate.
std::string testTemplateText();
nlohmann::ordered_json testTemplateJson();

// The test template, parsed (fails the test when it does not parse).
Template testTemplate();

} // namespace studio::core::test
