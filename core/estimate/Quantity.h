#pragma once

#include "estimate/Dimension.h"

#include <optional>
#include <string>
#include <string_view>

namespace studio::core::estimate {

// A number with what it measures, in the base unit of its dimension (see Dimension).
struct Quantity {
    double value = 0;
    Dimension dimension = Dimension::Count;
    // A number without a unit ("10M", "365"): it takes the dimension of the key it is given to.
    bool plain = false;
};

struct QuantityParse {
    std::optional<Quantity> quantity;
    std::string unknownUnit; // when the number read but what follows it is no unit we know
};

// Reads a quantity as people write it: "10M", "1KB", "5 GB", "10K QPS", "150 ms", "99.9%",
// "1e6", "1,000", "16us", "16 μs", "2 hours", "1 TB", "400Mbps", "50 MB/s", "10 reads/day",
// "3 nines". Prefixes are SI (1 KB = 1000 B); KiB, MiB, GiB, TiB are binary. A month is
// 30 days and a year 365 days. Counts take K, M, B (billion) and T (trillion).
// "B" alone is ambiguous: when `expected` is Count or Rate (a key that counts things) "2B"
// is two billion, for every other key it is two bytes.
QuantityParse parseQuantity(std::string_view text, Dimension expected);

// `quantity` in the base unit of `target`, or nullopt when the dimensions do not fit. A plain
// number is already in the target's base unit; durations convert between seconds and days;
// bits/s and bytes/s convert at 8 bits a byte.
std::optional<double> convertQuantity(const Quantity& quantity, Dimension target);

} // namespace studio::core::estimate
