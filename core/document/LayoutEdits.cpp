#include "document/LayoutEdits.h"

#include "document/Edits.h"
#include "layout/LayeredLayout.h"
#include "layout/LinkRoutes.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace studio::core::edits {

namespace {

bool overlaps(const Rect& a, const Rect& b, double gap) {
    return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap &&
           b.y < a.y + a.height + gap;
}

} // namespace

ChangeSet autoLayout(const Design& design, const std::vector<std::string>& ids) {
    std::set<std::string> only;
    if (!ids.empty()) {
        for (const auto& id : withMembers(design, ids))
            if (design.findComponent(id) || design.findZone(id))
                only.insert(id);
        if (only.empty())
            return {};
    }
    const auto laidOut = [&](const std::string& id) { return only.empty() || only.count(id); };

    // The top-left corner of what is laid out, as it is now.
    double left = std::numeric_limits<double>::max(), top = left;
    for (const auto& c : design.components)
        if (laidOut(c.id)) {
            left = std::min(left, c.rect.x);
            top = std::min(top, c.rect.y);
        }
    for (const auto& z : design.zones)
        if (laidOut(z.id)) {
            left = std::min(left, z.rect.x);
            top = std::min(top, z.rect.y);
        }
    if (left == std::numeric_limits<double>::max())
        return {};

    const layout::LayoutOptions options;
    const layout::DesignLayout result =
        layout::LayeredLayout(Catalog::standard(), options).run(design, only);
    if (!only.empty()) {
        // Clear of the components that stay: step right past each one in the way.
        const double gap = options.spacing.nodeGap;
        for (bool moved = true; moved;) {
            moved = false;
            const Rect block{left, top, result.width, result.height};
            for (const auto& c : design.components)
                if (!only.count(c.id) && overlaps(block, c.rect, gap)) {
                    left = c.rect.x + c.rect.width + gap;
                    moved = true;
                    break;
                }
        }
    }
    const auto shifted = [&](const Rect& r) {
        return Rect{left + r.x, top + r.y, r.width, r.height};
    };

    ChangeSet changes;
    for (const auto& placement : result.zones) {
        const Zone& zone = *design.findZone(placement.id);
        Zone after = zone;
        after.rect = shifted(placement.rect);
        if (!only.empty() && !only.count(zone.parent))
            after.parent = zoneHolding(design, after.rect, Placing::Zone, only);
        if (after != zone)
            changes.recordChange(design, after);
    }
    for (const auto& placement : result.components) {
        const Component& component = *design.findComponent(placement.id);
        Component after = component;
        after.rect = shifted(placement.rect);
        if (!only.empty() && !only.count(component.zone))
            after.zone = zoneHolding(design, after.rect, Placing::Component, only);
        if (after != component)
            changes.recordChange(design, after);
    }
    // Bends drawn for the old places would zigzag across the new ones: the links of whatever
    // was laid out are routed again, around the boxes where they stand now.
    std::unordered_map<std::string, std::size_t> boxOf;
    std::vector<Rect> boxes;
    for (const auto& c : design.components) {
        boxOf.emplace(c.id, boxes.size());
        boxes.push_back(c.rect);
    }
    for (const auto& placement : result.components)
        boxes[boxOf.at(placement.id)] = shifted(placement.rect);
    std::vector<const Link*> rerouted;
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    for (const auto& link : design.links) {
        const auto from = boxOf.find(link.from), to = boxOf.find(link.to);
        if (from == boxOf.end() || to == boxOf.end() || !(laidOut(link.from) || laidOut(link.to)))
            continue;
        rerouted.push_back(&link);
        ends.emplace_back(from->second, to->second);
    }
    const auto routes = layout::routeAroundBoxes(boxes, ends);
    for (std::size_t i = 0; i < rerouted.size(); ++i)
        if (rerouted[i]->bends != routes[i]) {
            Link after = *rerouted[i];
            after.bends = routes[i];
            changes.recordChange(design, after);
        }
    return changes;
}

} // namespace studio::core::edits
