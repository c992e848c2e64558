#pragma once

#include "estimate/Dimension.h"

#include <optional>
#include <string_view>

namespace studio::core::estimate {

// A unit as written after a number: its dimension and how many base units it is.
struct UnitMatch {
    Dimension dimension = Dimension::Count;
    double factor = 1;
};

// The unit `text` names (already trimmed): a unit of the table ("GB", "ms", "QPS", "Mbps",
// "%"), matched exactly and then case-insensitively when that is not ambiguous ("gb" is GB,
// "mbps" could be Mbps or MBps and is nothing); "X/T" with T a time unit and X empty, a
// count noun ("reads/s"), a size ("MB/s") or a bit size ("Mbit/s"); or a count noun
// ("users", "x").
std::optional<UnitMatch> matchUnit(std::string_view text);

// A count multiplier at the start of `text`: K, M, B (billion), T (trillion), "thousand",
// "million", "billion", "trillion", "bn". Sets `length` to the characters it takes.
std::optional<double> matchMultiplier(std::string_view text, std::size_t& length);

bool equalsIgnoringCase(std::string_view a, std::string_view b);

} // namespace studio::core::estimate
