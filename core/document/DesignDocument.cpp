#include "document/DesignDocument.h"

#include "document/UniqueId.h"

#include <algorithm>
#include <cassert>
#include <set>
#include <utility>

namespace studio::core {

namespace {

template <class Item> void insertAt(std::vector<Item>& items, Item item, std::size_t index) {
    index = std::min(index, items.size());
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(index), std::move(item));
}

template <class Item>
std::pair<Item, std::size_t> removeById(std::vector<Item>& items, const std::string& id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
    assert(it != items.end());
    const auto index = static_cast<std::size_t>(it - items.begin());
    Item item = std::move(*it);
    items.erase(it);
    return {std::move(item), index};
}

template <class Item> void replaceById(std::vector<Item>& items, const Item& item) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.id == item.id; });
    assert(it != items.end());
    *it = item;
}

} // namespace

DesignDocument::DesignDocument(Design design)
    : m_design(std::move(design)) {}

void DesignDocument::addListener(DesignListener* listener) {
    m_listeners.push_back(listener);
}

void DesignDocument::removeListener(DesignListener* listener) {
    std::erase(m_listeners, listener);
}

template <class Event> void DesignDocument::notify(Event event) {
    // A copy, so a listener may remove itself while being told.
    const auto listeners = m_listeners;
    for (DesignListener* listener : listeners)
        event(*listener);
}

void DesignDocument::reset(Design design) {
    m_design = std::move(design);
    notify([](DesignListener& l) { l.designReset(); });
}

void DesignDocument::beginBatch() {
    ++m_batchDepth;
}

void DesignDocument::endBatch() {
    assert(m_batchDepth > 0);
    --m_batchDepth;
    deliverIfDone();
}

void DesignDocument::record(std::vector<std::string> DesignChanges::*list, const std::string& id) {
    (m_pending.*list).push_back(id);
    deliverIfDone();
}

void DesignDocument::deliverIfDone() {
    if (m_batchDepth > 0 || m_pending.empty())
        return;
    // Moved out first: a listener may start the next edit while being told of this one.
    const DesignChanges changes = std::exchange(m_pending, {});
    notify([&](DesignListener& l) { l.designChanged(changes); });
}

void DesignDocument::insertComponent(Component component, std::size_t index) {
    assert(!idInUse(component.id));
    const std::string id = component.id;
    insertAt(m_design.components, std::move(component), index);
    notify([&](DesignListener& l) { l.componentAdded(id); });
    record(&DesignChanges::componentsAdded, id);
}

std::pair<Component, std::size_t> DesignDocument::removeComponent(const std::string& id) {
    auto removed = removeById(m_design.components, id);
    notify([&](DesignListener& l) { l.componentRemoved(id); });
    record(&DesignChanges::componentsRemoved, id);
    return removed;
}

void DesignDocument::replaceComponent(const Component& component) {
    replaceById(m_design.components, component);
    notify([&](DesignListener& l) { l.componentChanged(component.id); });
    record(&DesignChanges::componentsChanged, component.id);
}

void DesignDocument::insertLink(Link link, std::size_t index) {
    assert(!idInUse(link.id));
    const std::string id = link.id;
    insertAt(m_design.links, std::move(link), index);
    notify([&](DesignListener& l) { l.linkAdded(id); });
    record(&DesignChanges::linksAdded, id);
}

std::pair<Link, std::size_t> DesignDocument::removeLink(const std::string& id) {
    auto removed = removeById(m_design.links, id);
    notify([&](DesignListener& l) { l.linkRemoved(id); });
    record(&DesignChanges::linksRemoved, id);
    return removed;
}

void DesignDocument::replaceLink(const Link& link) {
    replaceById(m_design.links, link);
    notify([&](DesignListener& l) { l.linkChanged(link.id); });
    record(&DesignChanges::linksChanged, link.id);
}

void DesignDocument::insertZone(Zone zone, std::size_t index) {
    assert(!idInUse(zone.id));
    const std::string id = zone.id;
    insertAt(m_design.zones, std::move(zone), index);
    notify([&](DesignListener& l) { l.zoneAdded(id); });
    record(&DesignChanges::zonesAdded, id);
}

std::pair<Zone, std::size_t> DesignDocument::removeZone(const std::string& id) {
    auto removed = removeById(m_design.zones, id);
    notify([&](DesignListener& l) { l.zoneRemoved(id); });
    record(&DesignChanges::zonesRemoved, id);
    return removed;
}

void DesignDocument::replaceZone(const Zone& zone) {
    replaceById(m_design.zones, zone);
    notify([&](DesignListener& l) { l.zoneChanged(zone.id); });
    record(&DesignChanges::zonesChanged, zone.id);
}

void DesignDocument::setDesignProperties(const Design& from) {
    m_design.name = from.name;
    m_design.description = from.description;
    m_design.estimation = from.estimation;
    m_design.requirements = from.requirements;
    m_design.notes = from.notes;
    m_design.assumptions = from.assumptions;
    m_design.failures = from.failures;
    notify([](DesignListener& l) { l.designPropertiesChanged(); });
    m_pending.propertiesChanged = true;
    deliverIfDone();
}

std::vector<std::string>
DesignDocument::linksTouching(const std::vector<std::string>& componentIds) const {
    const std::set<std::string> ids(componentIds.begin(), componentIds.end());
    std::vector<std::string> touching;
    for (const auto& link : m_design.links)
        if (ids.count(link.from) || ids.count(link.to))
            touching.push_back(link.id);
    return touching;
}

bool DesignDocument::idInUse(const std::string& id) const {
    return m_design.findComponent(id) || m_design.findLink(id) || m_design.findZone(id);
}

std::string DesignDocument::uniqueId(const std::string& base) const {
    return core::uniqueId(m_design, base);
}

} // namespace studio::core
