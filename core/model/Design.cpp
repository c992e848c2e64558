#include "model/Design.h"

#include <algorithm>

namespace studio::core {

namespace {
template <class Container>
auto findById(Container& items, const std::string& id) -> decltype(&*items.begin()) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Component* Design::findComponent(const std::string& id) const {
    return findById(components, id);
}
Component* Design::findComponent(const std::string& id) {
    return findById(components, id);
}
const Link* Design::findLink(const std::string& id) const {
    return findById(links, id);
}
const Zone* Design::findZone(const std::string& id) const {
    return findById(zones, id);
}

} // namespace studio::core
