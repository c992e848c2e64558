#pragma once

#include "model/PropertyValue.h"
#include "util/Message.h"

#include <optional>
#include <string>
#include <vector>

namespace studio::core {

enum class PropertyType { Integer, Number, Boolean, Choice, Text };

// Declares one property of a component kind: what it is, its unit, default and valid range.
struct PropertySpec {
    std::string key;   // file key, snake_case
    const char* label; // for people (translatable, context "Catalog")
    PropertyType type = PropertyType::Number;
    const char* unit = ""; // "s", "B", "req/s", "0..1", "count", or "" for none
    PropertyValue defaultValue;
    double min = 0;                   // inclusive, for integers and numbers
    double max = 0;                   // inclusive
    std::vector<std::string> choices; // for Choice
    const char* help = "";            // one sentence for the inspector (translatable)

    // Why `value` is not a valid value of this property, or nothing if it is.
    std::optional<Message> check(const PropertyValue& value) const;
};

const char* toString(PropertyType type);

} // namespace studio::core
