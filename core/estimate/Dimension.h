#pragma once

#include <string>

namespace studio::core::estimate {

// What a quantity measures. Values are held in the dimension's base unit: a plain count,
// bytes, seconds, 1/s, bytes/s, bits/s, a fraction (0..1, 0.999 for 99.9%), days. Text is
// not a quantity: a name, a key, a list of steps, read as written.
enum class Dimension {
    Count,
    Bytes,
    Seconds,
    Rate,
    BytesPerSecond,
    BitsPerSecond,
    Fraction,
    Days,
    Text,
};

// "a size": what a value is, for "got 5GB, which is a size" (translatable, context "Estimate").
const char* dimensionNoun(Dimension dimension);

// "a size (e.g. 5 GB)": what a key expects (translatable, context "Estimate").
const char* dimensionExpectation(Dimension dimension);

// The base unit as --json reports it: "count", "B", "s", "1/s", "B/s", "bit/s", "fraction",
// "days", "text".
const char* baseUnitName(Dimension dimension);

// The snake_case name of the dimension: "count", "bytes", "seconds", "rate", ...
const char* dimensionName(Dimension dimension);

} // namespace studio::core::estimate
