#include "model/DisplayName.h"

namespace studio::core {

std::string displayName(const Component& component) {
    return component.name.empty() ? component.id : component.name;
}

std::string displayName(const Zone& zone) {
    return zone.name.empty() ? zone.id : zone.name;
}

std::string displayName(const Design& design, const std::string& id) {
    if (const Component* component = design.findComponent(id))
        return displayName(*component);
    if (const Zone* zone = design.findZone(id))
        return displayName(*zone);
    return id;
}

std::string nameAndId(const Design& design, const std::string& id) {
    const std::string name = displayName(design, id);
    return name == id ? id : name + " (" + id + ")";
}

} // namespace studio::core
