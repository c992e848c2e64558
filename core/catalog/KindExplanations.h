#pragma once

#include <string_view>

namespace studio::core {

// A kind's longer explanation for "What is this?": one to three sentences taken from the
// seed (system-design-reference.md), longer than KindSpec::description. A translatable
// template in the "Catalog" context; an empty text for a kind it does not know.
const char* kindExplanation(std::string_view kindId);

} // namespace studio::core
