// Edits that move, resize, align and group things on the canvas.
#include "document/Edits.h"
#include "document/UniqueId.h"

#include <algorithm>
#include <limits>
#include <set>

namespace studio::core::edits {

namespace {

const Rect* rectOf(const Design& design, const std::string& id) {
    if (const Component* component = design.findComponent(id))
        return &component->rect;
    if (const Zone* zone = design.findZone(id))
        return &zone->rect;
    return nullptr;
}

void recordRect(ChangeSet& changes, const Design& design, const std::string& id, Rect rect) {
    if (const Component* component = design.findComponent(id)) {
        Component after = *component;
        after.rect = rect;
        if (after != *component)
            changes.recordChange(design, after);
    } else if (const Zone* zone = design.findZone(id)) {
        Zone after = *zone;
        after.rect = rect;
        if (after != *zone)
            changes.recordChange(design, after);
    }
}

struct Placed {
    std::string id;
    Rect rect;
};

std::vector<Placed> placed(const Design& design, const std::vector<std::string>& ids) {
    std::vector<Placed> items;
    for (const auto& id : ids)
        if (const Rect* rect = rectOf(design, id))
            items.push_back({id, *rect});
    return items;
}

} // namespace

std::set<std::string> withMembers(const Design& design, const std::vector<std::string>& ids) {
    std::set<std::string> all(ids.begin(), ids.end());
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& zone : design.zones)
            if (!all.count(zone.id) && all.count(zone.parent))
                grew = all.insert(zone.id).second || grew;
        for (const auto& component : design.components)
            if (!all.count(component.id) && all.count(component.zone))
                grew = all.insert(component.id).second || grew;
    }
    return all;
}

// Why this rule rather than the deepest zone under the pointer (the canvas's drop once used
// that, so a drop could land in one zone and switch on the next move): it reads only the
// rectangle the model gets, after snapping, so adding, moving, pasting and layout agree and
// one rectangle always lands in one zone. The smallest holding zone is the innermost when
// zones nest, and needs no walk up the parents, which an invalid design may have in a circle.
std::string zoneHolding(const Design& design, const Rect& rect, Placing placing,
                        const std::set<std::string>& excluded) {
    const double cx = rect.x + rect.width / 2, cy = rect.y + rect.height / 2;
    const auto holds = [&](const Rect& z) {
        if (placing == Placing::Component)
            return cx >= z.x && cx <= z.x + z.width && cy >= z.y && cy <= z.y + z.height;
        return rect.x >= z.x && rect.y >= z.y && rect.x + rect.width <= z.x + z.width &&
               rect.y + rect.height <= z.y + z.height;
    };
    const Zone* innermost = nullptr;
    for (const auto& zone : design.zones)
        if (!excluded.count(zone.id) && holds(zone.rect) &&
            (!innermost ||
             zone.rect.width * zone.rect.height < innermost->rect.width * innermost->rect.height))
            innermost = &zone;
    return innermost ? innermost->id : std::string();
}

ChangeSet moveItems(const Design& design, const std::vector<std::string>& ids, double dx,
                    double dy) {
    ChangeSet changes;
    if (dx == 0 && dy == 0)
        return changes;
    const std::set<std::string> moving = withMembers(design, ids);
    const auto moved = [&](const Rect& r) { return Rect{r.x + dx, r.y + dy, r.width, r.height}; };
    for (const auto& id : moving) {
        if (const Component* component = design.findComponent(id)) {
            Component after = *component;
            after.rect = moved(component->rect);
            if (!moving.count(component->zone))
                after.zone = zoneHolding(design, after.rect, Placing::Component, moving);
            changes.recordChange(design, after);
        } else if (const Zone* zone = design.findZone(id)) {
            Zone after = *zone;
            after.rect = moved(zone->rect);
            if (!moving.count(zone->parent))
                after.parent = zoneHolding(design, after.rect, Placing::Zone, moving);
            changes.recordChange(design, after);
        }
    }
    // A link whose two ends both move keeps its shape: its bends move with them.
    for (const auto& link : design.links)
        if (!link.bends.empty() && moving.count(link.from) && moving.count(link.to)) {
            Link after = link;
            for (Point& bend : after.bends)
                bend = {bend.x + dx, bend.y + dy};
            changes.recordChange(design, after);
        }
    return changes;
}

ChangeSet setBends(const Design& design, const std::string& linkId, std::vector<Point> bends) {
    ChangeSet changes;
    const Link* link = design.findLink(linkId);
    if (!link || link->bends == bends)
        return changes;
    Link after = *link;
    after.bends = std::move(bends);
    changes.recordChange(design, after);
    return changes;
}

ChangeSet straighten(const Design& design, const std::vector<std::string>& ids) {
    ChangeSet changes;
    for (const auto& id : ids)
        if (const Link* link = design.findLink(id); link && !link->bends.empty()) {
            Link after = *link;
            after.bends.clear();
            changes.recordChange(design, after);
        }
    return changes;
}

ChangeSet setRect(const Design& design, const std::string& id, Rect rect) {
    rect.width = std::max(rect.width, 1.0);
    rect.height = std::max(rect.height, 1.0);
    ChangeSet changes;
    recordRect(changes, design, id, rect);
    return changes;
}

ChangeSet align(const Design& design, const std::vector<std::string>& ids, Alignment alignment) {
    const auto items = placed(design, ids);
    ChangeSet changes;
    if (items.size() < 2)
        return changes;
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    for (const auto& item : items) {
        left = std::min(left, item.rect.x);
        top = std::min(top, item.rect.y);
        right = std::max(right, item.rect.x + item.rect.width);
        bottom = std::max(bottom, item.rect.y + item.rect.height);
    }
    for (const auto& item : items) {
        const Rect& r = item.rect;
        double x = r.x, y = r.y;
        switch (alignment) {
        case Alignment::Left:
            x = left;
            break;
        case Alignment::HorizontalCenter:
            x = (left + right) / 2 - r.width / 2;
            break;
        case Alignment::Right:
            x = right - r.width;
            break;
        case Alignment::Top:
            y = top;
            break;
        case Alignment::VerticalCenter:
            y = (top + bottom) / 2 - r.height / 2;
            break;
        case Alignment::Bottom:
            y = bottom - r.height;
            break;
        }
        recordRect(changes, design, item.id, Rect{x, y, r.width, r.height});
    }
    return changes;
}

ChangeSet distribute(const Design& design, const std::vector<std::string>& ids, Axis axis) {
    auto items = placed(design, ids);
    ChangeSet changes;
    if (items.size() < 3)
        return changes;
    const bool horizontal = axis == Axis::Horizontal;
    const auto start = [&](const Rect& r) { return horizontal ? r.x : r.y; };
    const auto length = [&](const Rect& r) { return horizontal ? r.width : r.height; };
    std::sort(items.begin(), items.end(),
              [&](const Placed& a, const Placed& b) { return start(a.rect) < start(b.rect); });
    double occupied = 0;
    for (const auto& item : items)
        occupied += length(item.rect);
    const Rect& first = items.front().rect;
    const Rect& last = items.back().rect;
    const double span = start(last) + length(last) - start(first);
    const double gap = (span - occupied) / static_cast<double>(items.size() - 1);
    double position = start(first);
    for (const auto& item : items) {
        Rect r = item.rect;
        (horizontal ? r.x : r.y) = position;
        position += length(item.rect) + gap;
        recordRect(changes, design, item.id, r);
    }
    return changes;
}

ChangeSet group(const Design& design, const std::vector<std::string>& ids, ZoneKind kind,
                const std::string& name) {
    constexpr double margin = 24;     // scene units around the members
    constexpr double labelSpace = 20; // above them, for the zone's name
    const auto items = placed(design, ids);
    ChangeSet changes;
    if (items.empty())
        return changes;
    double left = std::numeric_limits<double>::max(), top = left;
    double right = std::numeric_limits<double>::lowest(), bottom = right;
    std::set<std::string> parents;
    for (const auto& item : items) {
        left = std::min(left, item.rect.x);
        top = std::min(top, item.rect.y);
        right = std::max(right, item.rect.x + item.rect.width);
        bottom = std::max(bottom, item.rect.y + item.rect.height);
        if (const Component* c = design.findComponent(item.id))
            parents.insert(c->zone);
        else
            parents.insert(design.findZone(item.id)->parent);
    }
    Zone zone;
    zone.id = uniqueId(design, name.empty() ? "zone" : name);
    zone.kind = kind;
    zone.name = name;
    zone.rect = Rect{left - margin, top - margin - labelSpace, right - left + 2 * margin,
                     bottom - top + 2 * margin + labelSpace};
    zone.parent = parents.size() == 1 ? *parents.begin() : std::string();
    changes.recordAdd(zone);
    for (const auto& item : items) {
        if (const Component* c = design.findComponent(item.id)) {
            Component after = *c;
            after.zone = zone.id;
            changes.recordChange(design, after);
        } else {
            Zone after = *design.findZone(item.id);
            after.parent = zone.id;
            changes.recordChange(design, after);
        }
    }
    return changes;
}

} // namespace studio::core::edits
