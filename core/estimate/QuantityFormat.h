#pragma once

#include "estimate/Dimension.h"

#include <string>
#include <string_view>

namespace studio::core::estimate {

// `value` rounded half away from zero to `digits` significant digits, without trailing
// zeros: (5.475, 3) -> "5.48", (1157.4, 2) -> "1200", (0.5, 3) -> "0.5".
std::string roundedNumber(double value, int digits);

// `value` (in the base unit of `dimension`) as people write it, SI prefixes, `digits`
// significant digits: "1.16K req/s", "50 MB/s", "400 Mbps", "5.48 TB", "8.77 hours",
// "43.8 min", "16 μs", "365 days". `noun` says what a count or a rate counts ("servers",
// "req/s"; a rate without one is "/s") or what a size is per ("/day"). Fractions are shown
// as percentages with up to 10 significant digits ("99.8001%") whatever `digits` is, so
// that nines survive.
std::string formatQuantity(double value, Dimension dimension, std::string_view noun = {},
                           int digits = 3);

} // namespace studio::core::estimate
