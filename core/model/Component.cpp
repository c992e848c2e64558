#include "model/Component.h"

namespace studio::core {

double Component::number(const std::string& key, double fallback) const {
    const auto it = properties.find(key);
    return it == properties.end() ? fallback : asNumber(it->second, fallback);
}

std::string Component::text(const std::string& key, const std::string& fallback) const {
    const auto it = properties.find(key);
    if (it == properties.end())
        return fallback;
    const auto* s = std::get_if<std::string>(&it->second);
    return s ? *s : fallback;
}

bool Component::flag(const std::string& key, bool fallback) const {
    const auto it = properties.find(key);
    if (it == properties.end())
        return fallback;
    const auto* b = std::get_if<bool>(&it->second);
    return b ? *b : fallback;
}

} // namespace studio::core
