#pragma once

#include "document/DesignDocument.h"
#include "model/Design.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace studio::core {

// One user action as data: what it removes, adds and changes, with enough to go back.
// Undo commands hold one: redo applies it, undo reverts it. Build it with the record*
// functions against the design as it is before the action.
class ChangeSet {
public:
    // Removes the thing with this id; records it and where it was.
    void recordRemoveComponent(const Design& design, const std::string& id);
    void recordRemoveLink(const Design& design, const std::string& id);
    void recordRemoveZone(const Design& design, const std::string& id);

    // Appends (new ids).
    void recordAdd(Component component);
    void recordAdd(Link link);
    void recordAdd(Zone zone);

    // Replaces the thing with the same id; records its current value as the "before".
    // Recording the same id again keeps the first "before" and the last "after".
    void recordChange(const Design& design, Component after);
    void recordChange(const Design& design, Link after);
    void recordChange(const Design& design, Zone after);
    void recordDesignProperties(const Design& design, const Design& after);

    // Folds a later change-only set into this change-only one (first "before", last
    // "after"), as when keyboard nudges merge into one undo step. False, and nothing
    // changed, when either set adds or removes something.
    bool absorb(const ChangeSet& later);

    bool empty() const;
    bool removes(const std::string& id) const;
    // The ids this set adds (components, then links, then zones), to select after it.
    std::vector<std::string> addedIds() const;

    void apply(DesignDocument& document) const;
    void revert(DesignDocument& document) const;

private:
    template <class Item> struct Removed {
        Item item;
        std::size_t index; // in the design before the action
    };
    template <class Item> struct Changed {
        Item before;
        Item after;
    };

    std::vector<Removed<Component>> m_removedComponents;
    std::vector<Removed<Link>> m_removedLinks;
    std::vector<Removed<Zone>> m_removedZones;
    std::vector<Component> m_addedComponents;
    std::vector<Link> m_addedLinks;
    std::vector<Zone> m_addedZones;
    std::vector<Changed<Component>> m_changedComponents;
    std::vector<Changed<Link>> m_changedLinks;
    std::vector<Changed<Zone>> m_changedZones;
    std::optional<Changed<Design>> m_designProperties;
};

} // namespace studio::core
