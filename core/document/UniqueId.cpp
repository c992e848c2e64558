#include "document/UniqueId.h"

#include <cctype>

namespace studio::core {

std::string uniqueId(const Design& design, const std::string& base,
                     const std::set<std::string>& taken) {
    std::set<std::string> used = taken;
    for (const auto& c : design.components)
        used.insert(c.id);
    for (const auto& l : design.links)
        used.insert(l.id);
    for (const auto& z : design.zones)
        used.insert(z.id);

    std::string stem;
    for (const char c : base) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            stem += static_cast<char>(std::tolower(u));
        else if ((c == '-' || c == '_' || c == ' ') && !stem.empty() && stem.back() != '-')
            stem += '-';
    }
    while (!stem.empty() && stem.back() == '-')
        stem.pop_back();
    if (stem.empty())
        stem = "item";
    if (!used.count(stem))
        return stem;
    for (int n = 2;; ++n) {
        std::string candidate = stem + "-" + std::to_string(n);
        if (!used.count(candidate))
            return candidate;
    }
}

} // namespace studio::core
