#pragma once

#include <string>
#include <vector>

namespace studio::core {

// What one edit changed, told once after its item notifications
// (DesignListener::designChanged): the ids of each kind of item, in the order they changed.
// An id may be in more than one list (removed, then added back). Tiled's change events carry
// such a list, so a panel that redraws per edit runs once per edit, not once per item.
struct DesignChanges {
    std::vector<std::string> componentsAdded;
    std::vector<std::string> componentsRemoved;
    std::vector<std::string> componentsChanged;
    std::vector<std::string> linksAdded;
    std::vector<std::string> linksRemoved;
    std::vector<std::string> linksChanged;
    std::vector<std::string> zonesAdded;
    std::vector<std::string> zonesRemoved;
    std::vector<std::string> zonesChanged;
    bool propertiesChanged = false; // name, description, estimation, requirements...

    bool empty() const { return !propertiesChanged && !touchesItems(); }
    // Any component, link or zone added, removed or changed.
    bool touchesItems() const {
        return touchesComponents() || !linksAdded.empty() || !linksRemoved.empty() ||
               !linksChanged.empty() || !zonesAdded.empty() || !zonesRemoved.empty() ||
               !zonesChanged.empty();
    }
    // Any component added, removed or changed.
    bool touchesComponents() const {
        return !componentsAdded.empty() || !componentsRemoved.empty() || !componentsChanged.empty();
    }
};

} // namespace studio::core
