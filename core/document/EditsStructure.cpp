// Edits that add, remove or rewire things.
#include "catalog/Catalog.h"
#include "document/Edits.h"
#include "document/Fragment.h"
#include "document/UniqueId.h"

#include <set>

namespace studio::core::edits {

namespace {

// Moves the zone's members (components and nested zones) to its parent.
void releaseMembers(ChangeSet& changes, const Design& design, const Zone& zone,
                    const std::set<std::string>& removed) {
    for (const auto& component : design.components)
        if (component.zone == zone.id && !removed.count(component.id)) {
            Component after = component;
            after.zone = zone.parent;
            changes.recordChange(design, after);
        }
    for (const auto& nested : design.zones)
        if (nested.parent == zone.id && !removed.count(nested.id)) {
            Zone after = nested;
            after.parent = zone.parent;
            changes.recordChange(design, after);
        }
}

LinkMode defaultMode(const Design& design, const std::string& from, const std::string& to) {
    const Catalog& catalog = Catalog::standard();
    const KindSpec* source = catalog.find(design.findComponent(from)->kind);
    const KindSpec* target = catalog.find(design.findComponent(to)->kind);
    if (target && (target->id == "message_queue" || target->id == "event_stream" ||
                   target->id == "notification_provider"))
        return LinkMode::Handoff;
    if (source && (source->id == "load_balancer_l4" || source->id == "load_balancer_l7" ||
                   source->id == "client" || source->id == "dns"))
        return LinkMode::Choose;
    return LinkMode::Call;
}

} // namespace

ChangeSet addComponent(const Design& design, Component component) {
    if (component.zone.empty())
        component.zone = zoneHolding(design, component.rect, Placing::Component);
    ChangeSet changes;
    changes.recordAdd(std::move(component));
    return changes;
}

namespace {

// The failure timeline without the events that strike a removed component or zone (their
// target, or the zone a partition cuts off), so the design stays valid.
void dropFailuresOf(ChangeSet& changes, const Design& design, const std::set<std::string>& gone) {
    Design after = design;
    std::erase_if(after.failures, [&](const FailureEvent& f) {
        return gone.count(f.target) || (!f.zone.empty() && gone.count(f.zone));
    });
    if (after.failures.size() != design.failures.size())
        changes.recordDesignProperties(design, after);
}

} // namespace

ChangeSet deleteItems(const Design& design, const std::vector<std::string>& ids) {
    const std::set<std::string> removed(ids.begin(), ids.end());
    ChangeSet changes;
    for (const auto& link : design.links)
        if (removed.count(link.id) || removed.count(link.from) || removed.count(link.to))
            changes.recordRemoveLink(design, link.id);
    for (const auto& component : design.components)
        if (removed.count(component.id))
            changes.recordRemoveComponent(design, component.id);
    for (const auto& zone : design.zones)
        if (removed.count(zone.id)) {
            changes.recordRemoveZone(design, zone.id);
            releaseMembers(changes, design, zone, removed);
        }
    dropFailuresOf(changes, design, removed);
    return changes;
}

ChangeSet rename(const Design& design, const std::string& id, const std::string& name) {
    ChangeSet changes;
    if (const Component* component = design.findComponent(id)) {
        Component after = *component;
        after.name = name;
        changes.recordChange(design, after);
    } else if (const Zone* zone = design.findZone(id)) {
        Zone after = *zone;
        after.name = name;
        changes.recordChange(design, after);
    }
    return changes;
}

std::optional<Message> cannotConnect(const Design& design, const std::string& from,
                                     const std::string& to) {
    const Component* source = design.findComponent(from);
    const Component* target = design.findComponent(to);
    if (!source || !target)
        return Message{"Edit", SDS_TRANSLATE_NOOP("Edit", "links join two components"), {}};
    if (from == to)
        return Message{"Edit", SDS_TRANSLATE_NOOP("Edit", "a component cannot link to itself"), {}};
    for (const Component* end : {source, target})
        if (end->kind == "text_note")
            return Message{
                "Edit", SDS_TRANSLATE_NOOP("Edit", "text notes take no part in the traffic"), {}};
    if (target->kind == "client")
        return Message{
            "Edit",
            SDS_TRANSLATE_NOOP("Edit", "clients send requests; they do not receive them"),
            {}};
    return std::nullopt;
}

ChangeSet connect(const Design& design, const std::string& from, const std::string& to) {
    ChangeSet changes;
    if (cannotConnect(design, from, to))
        return changes;
    Link link;
    link.id = uniqueId(design, from + "-" + to);
    link.from = from;
    link.to = to;
    link.mode = defaultMode(design, from, to);
    changes.recordAdd(std::move(link));
    return changes;
}

ChangeSet reconnect(const Design& design, const std::string& linkId, LinkEnd end,
                    const std::string& componentId) {
    ChangeSet changes;
    const Link* link = design.findLink(linkId);
    if (!link)
        return changes;
    Link after = *link;
    (end == LinkEnd::From ? after.from : after.to) = componentId;
    if (!cannotConnect(design, after.from, after.to))
        changes.recordChange(design, after);
    return changes;
}

ChangeSet paste(const Design& design, const Design& fragment, double dx, double dy) {
    const Design fresh = reidentifyFragment(fragment, design, dx, dy);
    ChangeSet changes;
    for (const auto& zone : fresh.zones)
        changes.recordAdd(zone);
    for (const auto& component : fresh.components)
        changes.recordAdd(component);
    for (const auto& link : fresh.links)
        changes.recordAdd(link);
    return changes;
}

ChangeSet ungroup(const Design& design, const std::string& zoneId) {
    ChangeSet changes;
    const Zone* zone = design.findZone(zoneId);
    if (!zone)
        return changes;
    changes.recordRemoveZone(design, zoneId);
    releaseMembers(changes, design, *zone, {zoneId});
    dropFailuresOf(changes, design, {zoneId});
    return changes;
}

} // namespace studio::core::edits
