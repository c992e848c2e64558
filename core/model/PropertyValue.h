#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>

namespace studio::core {

// A component property's value. Integers and numbers are kept apart so that a count
// (instances, shards) round-trips as an integer.
using PropertyValue = std::variant<bool, std::int64_t, double, std::string>;

// Properties by key (snake_case, as in the file); ordered so files are stable.
using Properties = std::map<std::string, PropertyValue>;

// The value as a number if it is an integer or a number, else `fallback`.
double asNumber(const PropertyValue& value, double fallback = 0);

// Name of the value's type as the file format says it ("integer", "number", ...).
const char* typeName(const PropertyValue& value);

// The value as people read it: "3", "0.002", "true", "round_robin".
std::string toDisplayString(const PropertyValue& value);

} // namespace studio::core
