#include "document/ChangeSet.h"

#include <algorithm>
#include <cassert>

namespace studio::core {

namespace {

template <class Item> std::size_t indexOf(const std::vector<Item>& items, const std::string& id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
    assert(it != items.end());
    return static_cast<std::size_t>(it - items.begin());
}

template <class Removed>
void recordRemove(std::vector<Removed>& removed, const auto& items, const std::string& id) {
    for (const auto& r : removed)
        if (r.item.id == id)
            return;
    const std::size_t index = indexOf(items, id);
    removed.push_back({items[index], index});
    // Re-inserting in ascending order of the original index restores the original order.
    std::sort(removed.begin(), removed.end(),
              [](const Removed& a, const Removed& b) { return a.index < b.index; });
}

template <class Changed, class Item>
void recordChangeOf(std::vector<Changed>& changed, const std::vector<Item>& items, Item after) {
    for (auto& c : changed)
        if (c.after.id == after.id) {
            c.after = std::move(after);
            return;
        }
    Item before = items[indexOf(items, after.id)];
    changed.push_back({std::move(before), std::move(after)});
}

// The design's own properties without its (possibly thousands of) items.
Design propertiesOf(const Design& design) {
    Design properties;
    properties.name = design.name;
    properties.description = design.description;
    properties.estimation = design.estimation;
    properties.requirements = design.requirements;
    properties.notes = design.notes;
    properties.assumptions = design.assumptions;
    properties.failures = design.failures;
    return properties;
}

} // namespace

void ChangeSet::recordRemoveComponent(const Design& design, const std::string& id) {
    recordRemove(m_removedComponents, design.components, id);
}
void ChangeSet::recordRemoveLink(const Design& design, const std::string& id) {
    recordRemove(m_removedLinks, design.links, id);
}
void ChangeSet::recordRemoveZone(const Design& design, const std::string& id) {
    recordRemove(m_removedZones, design.zones, id);
}

void ChangeSet::recordAdd(Component component) {
    m_addedComponents.push_back(std::move(component));
}
void ChangeSet::recordAdd(Link link) {
    m_addedLinks.push_back(std::move(link));
}
void ChangeSet::recordAdd(Zone zone) {
    m_addedZones.push_back(std::move(zone));
}

void ChangeSet::recordChange(const Design& design, Component after) {
    recordChangeOf(m_changedComponents, design.components, std::move(after));
}
void ChangeSet::recordChange(const Design& design, Link after) {
    recordChangeOf(m_changedLinks, design.links, std::move(after));
}
void ChangeSet::recordChange(const Design& design, Zone after) {
    recordChangeOf(m_changedZones, design.zones, std::move(after));
}

void ChangeSet::recordDesignProperties(const Design& design, const Design& after) {
    if (m_designProperties)
        m_designProperties->after = propertiesOf(after);
    else
        m_designProperties = Changed<Design>{propertiesOf(design), propertiesOf(after)};
}

bool ChangeSet::absorb(const ChangeSet& later) {
    const auto changesOnly = [](const ChangeSet& set) {
        return set.m_removedComponents.empty() && set.m_removedLinks.empty() &&
               set.m_removedZones.empty() && set.m_addedComponents.empty() &&
               set.m_addedLinks.empty() && set.m_addedZones.empty();
    };
    if (!changesOnly(*this) || !changesOnly(later))
        return false;
    const auto fold = [](auto& mine, const auto& theirs) {
        for (const auto& change : theirs) {
            auto it = std::find_if(mine.begin(), mine.end(),
                                   [&](const auto& c) { return c.after.id == change.after.id; });
            if (it == mine.end())
                mine.push_back(change);
            else
                it->after = change.after;
        }
    };
    fold(m_changedComponents, later.m_changedComponents);
    fold(m_changedLinks, later.m_changedLinks);
    fold(m_changedZones, later.m_changedZones);
    if (later.m_designProperties) {
        if (m_designProperties)
            m_designProperties->after = later.m_designProperties->after;
        else
            m_designProperties = later.m_designProperties;
    }
    return true;
}

bool ChangeSet::empty() const {
    return m_removedComponents.empty() && m_removedLinks.empty() && m_removedZones.empty() &&
           m_addedComponents.empty() && m_addedLinks.empty() && m_addedZones.empty() &&
           m_changedComponents.empty() && m_changedLinks.empty() && m_changedZones.empty() &&
           !m_designProperties;
}

std::vector<std::string> ChangeSet::addedIds() const {
    std::vector<std::string> ids;
    ids.reserve(m_addedComponents.size() + m_addedLinks.size() + m_addedZones.size());
    for (const auto& component : m_addedComponents)
        ids.push_back(component.id);
    for (const auto& link : m_addedLinks)
        ids.push_back(link.id);
    for (const auto& zone : m_addedZones)
        ids.push_back(zone.id);
    return ids;
}

bool ChangeSet::removes(const std::string& id) const {
    const auto has = [&](const auto& removed) {
        return std::any_of(removed.begin(), removed.end(),
                           [&](const auto& r) { return r.item.id == id; });
    };
    return has(m_removedComponents) || has(m_removedLinks) || has(m_removedZones);
}

void ChangeSet::apply(DesignDocument& document) const {
    document.beginBatch();
    for (const auto& c : m_changedZones)
        document.replaceZone(c.after);
    for (const auto& c : m_changedComponents)
        document.replaceComponent(c.after);
    for (const auto& c : m_changedLinks)
        document.replaceLink(c.after);
    if (m_designProperties)
        document.setDesignProperties(m_designProperties->after);
    // Links before the components they name, components before their zones.
    for (const auto& r : m_removedLinks)
        document.removeLink(r.item.id);
    for (const auto& r : m_removedComponents)
        document.removeComponent(r.item.id);
    for (const auto& r : m_removedZones)
        document.removeZone(r.item.id);
    for (const auto& zone : m_addedZones)
        document.insertZone(zone);
    for (const auto& component : m_addedComponents)
        document.insertComponent(component);
    for (const auto& link : m_addedLinks)
        document.insertLink(link);
    document.endBatch();
}

void ChangeSet::revert(DesignDocument& document) const {
    document.beginBatch();
    for (auto it = m_addedLinks.rbegin(); it != m_addedLinks.rend(); ++it)
        document.removeLink(it->id);
    for (auto it = m_addedComponents.rbegin(); it != m_addedComponents.rend(); ++it)
        document.removeComponent(it->id);
    for (auto it = m_addedZones.rbegin(); it != m_addedZones.rend(); ++it)
        document.removeZone(it->id);
    for (const auto& r : m_removedZones)
        document.insertZone(r.item, r.index);
    for (const auto& r : m_removedComponents)
        document.insertComponent(r.item, r.index);
    for (const auto& r : m_removedLinks)
        document.insertLink(r.item, r.index);
    if (m_designProperties)
        document.setDesignProperties(m_designProperties->before);
    for (const auto& c : m_changedLinks)
        document.replaceLink(c.before);
    for (const auto& c : m_changedComponents)
        document.replaceComponent(c.before);
    for (const auto& c : m_changedZones)
        document.replaceZone(c.before);
    document.endBatch();
}

} // namespace studio::core
