#include "LayoutChecks.h"

#include "catalog/Catalog.h"

#include <algorithm>
#include <cmath>

namespace studio::core::test {

namespace {

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y &&
           inner.x + inner.width <= outer.x + outer.width &&
           inner.y + inner.height <= outer.y + outer.height;
}

Point middle(const Rect& r) {
    return {r.x + r.width / 2, r.y + r.height / 2};
}

// Whether the segment passes through the inside of `box` (2 units in from its border),
// sampled every scene unit.
bool passesThrough(Point a, Point b, const Rect& box) {
    if (std::max(a.x, b.x) <= box.x || std::min(a.x, b.x) >= box.x + box.width ||
        std::max(a.y, b.y) <= box.y || std::min(a.y, b.y) >= box.y + box.height)
        return false; // the segment's bounds miss the box: no need to sample
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    const int steps = std::max(1, static_cast<int>(length));
    for (int step = 0; step <= steps; ++step) {
        const double t = static_cast<double>(step) / steps;
        const double x = a.x + t * (b.x - a.x);
        const double y = a.y + t * (b.y - a.y);
        if (x > box.x + 2 && x < box.x + box.width - 2 && y > box.y + 2 &&
            y < box.y + box.height - 2)
            return true;
    }
    return false;
}

// Calls each(link, from, to) for every link between two different components.
template <typename Each> void forLinksBetweenBoxes(const Design& design, Each each) {
    for (const auto& link : design.links) {
        const Component* from = design.findComponent(link.from);
        const Component* to = design.findComponent(link.to);
        if (from && to && from != to)
            each(link, *from, *to);
    }
}

} // namespace

std::vector<std::string> overlaps(const Design& design) {
    std::vector<std::string> problems;
    const auto& cs = design.components;
    for (std::size_t i = 0; i < cs.size(); ++i)
        for (std::size_t j = i + 1; j < cs.size(); ++j) {
            const Rect& a = cs[i].rect;
            const Rect& b = cs[j].rect;
            if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height &&
                b.y < a.y + a.height)
                problems.push_back(cs[i].id + " overlaps " + cs[j].id);
        }
    return problems;
}

std::vector<std::string> outsideZones(const Design& design) {
    std::vector<std::string> problems;
    for (const auto& c : design.components)
        if (const Zone* zone = design.findZone(c.zone); zone && !inside(c.rect, zone->rect))
            problems.push_back(c.id + " outside zone " + zone->id);
    for (const auto& z : design.zones)
        if (const Zone* parent = design.findZone(z.parent); parent && !inside(z.rect, parent->rect))
            problems.push_back(z.id + " outside zone " + parent->id);
    return problems;
}

std::vector<std::string> linksThroughBoxes(const Design& design) {
    std::vector<std::string> problems;
    forLinksBetweenBoxes(design, [&](const Link& link, const Component& from, const Component& to) {
        std::vector<Point> route{middle(from.rect)};
        route.insert(route.end(), link.bends.begin(), link.bends.end());
        route.push_back(middle(to.rect));
        for (const auto& c : design.components) {
            if (&c == &from || &c == &to)
                continue;
            for (std::size_t i = 0; i + 1 < route.size(); ++i)
                if (passesThrough(route[i], route[i + 1], c.rect)) {
                    problems.push_back(link.from + " -> " + link.to + " through " + c.id);
                    break;
                }
        }
    });
    return problems;
}

std::vector<std::string> againstReading(const Design& design) {
    const Catalog& catalog = Catalog::standard();
    std::vector<std::string> problems;
    forLinksBetweenBoxes(design, [&](const Link&, const Component& from, const Component& to) {
        const KindSpec* fromKind = catalog.find(from.kind);
        const KindSpec* toKind = catalog.find(to.kind);
        // Read as text is: to the right, or on in a band below (a wrapped layout).
        const bool leftOf = from.rect.x + from.rect.width <= to.rect.x;
        const bool above = from.rect.y + from.rect.height <= to.rect.y;
        if (fromKind && fromKind->source && !leftOf && !above)
            problems.push_back("client " + from.id + " not left of " + to.id);
        if (toKind && toKind->dataStore && !leftOf && !above)
            problems.push_back("data store " + to.id + " not right of " + from.id);
    });
    return problems;
}

Design gridDesign(std::size_t components, std::size_t links) {
    const Catalog& catalog = Catalog::standard();
    std::vector<const KindSpec*> stations;
    for (const auto& kind : catalog.kinds())
        if (kind.station)
            stations.push_back(&kind);
    Design design;
    design.name = "Grid";
    design.components.push_back(catalog.makeComponent(*catalog.find("client"), "c0", -300, 0));
    for (std::size_t i = 1; i < components; ++i) {
        const double x = static_cast<double>(i % 50) * 240.0;
        const double y = static_cast<double>(i / 50) * 140.0;
        design.components.push_back(
            catalog.makeComponent(*stations[i % stations.size()], "c" + std::to_string(i), x, y));
    }
    for (std::size_t i = 0; i < links && components > 2; ++i) {
        const std::size_t from = i % (components - 1);
        const std::size_t to = 1 + (from + 1 + i / (components - 1)) % (components - 1);
        if (to == from)
            continue;
        Link link;
        link.id = "l" + std::to_string(i);
        link.from = "c" + std::to_string(from);
        link.to = "c" + std::to_string(to);
        design.links.push_back(link);
    }
    return design;
}

} // namespace studio::core::test
