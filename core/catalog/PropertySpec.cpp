#include "catalog/PropertySpec.h"

#include <cmath>

namespace studio::core {

namespace {
constexpr const char* kContext = "Validation";

Message message(std::string templ, std::vector<std::string> args) {
    return Message{kContext, std::move(templ), std::move(args)};
}

std::string joinChoices(const std::vector<std::string>& choices) {
    std::string out;
    for (const auto& choice : choices)
        out += (out.empty() ? "" : ", ") + choice;
    return out;
}
} // namespace

const char* toString(PropertyType type) {
    switch (type) {
    case PropertyType::Integer:
        return "integer";
    case PropertyType::Number:
        return "number";
    case PropertyType::Boolean:
        return "boolean";
    case PropertyType::Choice:
        return "choice";
    case PropertyType::Text:
        return "string";
    }
    return "";
}

std::optional<Message> PropertySpec::check(const PropertyValue& value) const {
    const bool isNumeric =
        std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
    switch (type) {
    case PropertyType::Boolean:
        if (!std::holds_alternative<bool>(value))
            return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be true or false, got %2"),
                           {key, typeName(value)});
        return std::nullopt;
    case PropertyType::Text:
        if (!std::holds_alternative<std::string>(value))
            return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be a string, got %2"),
                           {key, typeName(value)});
        return std::nullopt;
    case PropertyType::Choice: {
        const auto* text = std::get_if<std::string>(&value);
        if (!text)
            return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be one of %2, got %3"),
                           {key, joinChoices(choices), typeName(value)});
        for (const auto& choice : choices)
            if (choice == *text)
                return std::nullopt;
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be one of %2, got \"%3\""),
                       {key, joinChoices(choices), *text});
    }
    case PropertyType::Integer:
    case PropertyType::Number:
        break;
    }
    if (!isNumeric)
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be a number, got %2"),
                       {key, typeName(value)});
    const double number = asNumber(value);
    if (!std::isfinite(number))
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be a finite number, got %2"),
                       {key, formatNumber(number)});
    if (type == PropertyType::Integer && std::floor(number) != number)
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be a whole number, got %2"),
                       {key, formatNumber(number)});
    if (number < min)
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be >= %2, got %3"),
                       {key, formatNumber(min), formatNumber(number)});
    if (number > max)
        return message(SDS_TRANSLATE_NOOP("Validation", "%1 must be <= %2, got %3"),
                       {key, formatNumber(max), formatNumber(number)});
    return std::nullopt;
}

} // namespace studio::core
