#include "model/PropertyValue.h"

#include "util/Message.h"

namespace studio::core {

double asNumber(const PropertyValue& value, double fallback) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    return fallback;
}

const char* typeName(const PropertyValue& value) {
    switch (value.index()) {
    case 0:
        return "boolean";
    case 1:
        return "integer";
    case 2:
        return "number";
    default:
        return "string";
    }
}

std::string toDisplayString(const PropertyValue& value) {
    if (const auto* b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value))
        return formatNumber(*d);
    return std::get<std::string>(value);
}

} // namespace studio::core
