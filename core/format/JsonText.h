#pragma once

// Private to core/format: the design file's text as JSON, and its format/version header.

#include "format/JsonFields.h"

#include <cstddef>
#include <optional>
#include <string>

namespace studio::core::format {

// The JSON in `text`, or nothing with the problems: an empty file, a syntax error (with its
// line and column), a key given twice in one object, a top level that is not an object.
std::optional<Json> parseJsonText(const std::string& text, Problems& problems);

// Line and column (both from 1; the column counts UTF-8 characters) of the byte at
// `offset` (from 0) in `text`; an offset past the end is the position after the last byte.
std::pair<std::size_t, std::size_t> lineAndColumn(const std::string& text, std::size_t offset);

// Checks "format" and "version". Returns false when the file must be refused outright (another
// format, or a newer version): then that is the one problem added.
bool checkFormatAndVersion(ObjectReader& reader, Problems& problems);

} // namespace studio::core::format
