#include "document/Fragment.h"

#include "document/UniqueId.h"

#include <map>
#include <set>

namespace studio::core {

namespace {

// `ids` plus every zone nested (at any depth) in a zone of `ids`.
std::set<std::string> withNestedZones(const Design& design, const std::vector<std::string>& ids) {
    std::set<std::string> chosen(ids.begin(), ids.end());
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& zone : design.zones)
            if (!chosen.count(zone.id) && !zone.parent.empty() && chosen.count(zone.parent))
                grew = chosen.insert(zone.id).second;
    }
    return chosen;
}

} // namespace

Design extractFragment(const Design& design, const std::vector<std::string>& ids) {
    const std::set<std::string> chosen = withNestedZones(design, ids);
    Design fragment;
    fragment.name = design.name;
    for (const auto& zone : design.zones)
        if (chosen.count(zone.id)) {
            Zone copy = zone;
            if (!chosen.count(copy.parent))
                copy.parent.clear();
            fragment.zones.push_back(std::move(copy));
        }
    std::set<std::string> components;
    for (const auto& component : design.components)
        if (chosen.count(component.id) ||
            (!component.zone.empty() && chosen.count(component.zone))) {
            Component copy = component;
            if (!chosen.count(copy.zone))
                copy.zone.clear();
            components.insert(copy.id);
            fragment.components.push_back(std::move(copy));
        }
    for (const auto& link : design.links)
        if (components.count(link.from) && components.count(link.to))
            fragment.links.push_back(link);
    return fragment;
}

Design reidentifyFragment(const Design& fragment, const Design& target, double dx, double dy) {
    std::set<std::string> taken; // by this fragment so far
    std::map<std::string, std::string> newIds;
    const auto claim = [&](const std::string& oldId) {
        std::string id = uniqueId(target, oldId, taken);
        taken.insert(id);
        newIds[oldId] = id;
        return id;
    };
    const auto mapped = [&](const std::string& oldId) {
        const auto it = newIds.find(oldId);
        return it == newIds.end() ? std::string() : it->second;
    };

    Design result = fragment;
    for (auto& zone : result.zones)
        zone.id = claim(zone.id);
    for (auto& component : result.components)
        component.id = claim(component.id);
    for (auto& link : result.links)
        link.id = claim(link.id);

    for (auto& zone : result.zones) {
        zone.parent = mapped(zone.parent);
        zone.rect.x += dx;
        zone.rect.y += dy;
    }
    for (auto& component : result.components) {
        component.zone = mapped(component.zone);
        component.rect.x += dx;
        component.rect.y += dy;
    }
    for (auto& link : result.links) {
        link.from = mapped(link.from);
        link.to = mapped(link.to);
        for (Point& bend : link.bends)
            bend = {bend.x + dx, bend.y + dy};
    }
    return result;
}

} // namespace studio::core
