#pragma once

#include "estimate/Dimension.h"
#include "util/Result.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace studio::core::estimate {

// What a value of a key must also be, beyond its dimension.
enum class Bound {
    None,
    NonNegative, // 0 or more
    Positive,    // more than 0
    Divisor,     // more than 0: the calculator divides by it
    AtLeastOne,  // 1 or more (replicas)
    UnitRange,   // a fraction from 0 to 1 (0% to 100%)
    PositiveUnit // a fraction more than 0, at most 1 (a utilisation ceiling)
};

// One input key of a calculator.
struct InputSpec {
    const char* key; // "bytes_per_day"
    Dimension dimension;
    const char* description;            // for people (translatable, context "Estimate")
    const char* defaultValue = nullptr; // as people write it ("1", "70%"); nullptr: none
    bool required = false;
    Bound bound = Bound::None;
    bool whole = false; // a whole number
    bool list = false;  // comma-separated values ("99.9%,99.9%")
    double per = 0;     // counted per this many seconds (86400: "a day"): also takes a rate
                        // ("10/day", "5 GB/day") and multiplies it by this
};

// A key's value once read: numbers in the base unit of its dimension; Text keys as written.
struct InputValue {
    std::string written;            // as given ("5GB"), or the default
    std::vector<double> numbers;    // one, or several for a list
    std::vector<std::string> texts; // Text keys: the value, or the list's items
    bool given = false;             // false when it is the default
};

// The values of a calculator's keys: given ones and defaults. Absent: optional keys without a
// default that were not given.
class Inputs {
public:
    bool has(std::string_view key) const;
    double number(std::string_view key) const; // the first number; 0 when absent
    const std::vector<double>& numbers(std::string_view key) const;
    std::string text(std::string_view key) const; // empty when absent
    const std::vector<std::string>& texts(std::string_view key) const;
    const std::map<std::string, InputValue, std::less<>>& values() const { return m_values; }

    void set(std::string key, InputValue value);

private:
    std::map<std::string, InputValue, std::less<>> m_values;
};

// Reads `given` (key, value as written) against `specs`: every problem at once, each placed
// at its key: an unknown key (naming `calculator` and its keys), a key given twice, a value
// that does not parse, a unit of the wrong dimension ("days: expected a duration in days
// (e.g. 365), got 5GB, which is a size"), a value out of bounds, a missing required key.
Result<Inputs> readInputs(const std::string& calculator, const std::vector<InputSpec>& specs,
                          const std::vector<std::pair<std::string, std::string>>& given);

} // namespace studio::core::estimate
