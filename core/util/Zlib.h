#pragma once

// zlib streams (RFC 1950): PNG text chunks, and the library's stored run results.
#include <cstddef>
#include <string>
#include <string_view>

namespace studio::core {

struct Inflated {
    std::string text;
    bool tooLarge = false; // stopped at the limit (a zip bomb, or more than expected)
    bool damaged = false;  // not a zlib stream, or one cut short
};

// `compressed` inflated up to `maxBytes`.
Inflated inflateText(std::string_view compressed, std::size_t maxBytes);

// `text` as a zlib stream at the default level.
std::string deflateText(std::string_view text);

} // namespace studio::core
