#include "layout/LayeredLayout.h"

#include <algorithm>
#include <unordered_map>

namespace studio::core::layout {

namespace {

constexpr double kEmptyZoneWidth = 120; // scene units: a zone with nothing in it
constexpr double kEmptyZoneHeight = 80;

// One box in some zone's (or the top level's) drawing: a component or a nested zone.
struct Item {
    bool zone = false;
    std::size_t index = 0; // into design.components or design.zones
};

} // namespace

LayeredLayout::LayeredLayout(const Catalog& catalog, LayoutOptions options)
    : m_catalog(catalog)
    , m_options(options) {}

DesignLayout LayeredLayout::run(const Design& design, const std::set<std::string>& only) const {
    const auto included = [&](const std::string& id) { return only.empty() || only.count(id); };
    const std::size_t zoneCount = design.zones.size();
    const std::size_t top = zoneCount; // the top level's "zone" index

    std::unordered_map<std::string, std::size_t> zoneIndex;
    for (std::size_t z = 0; z < zoneCount; ++z)
        if (included(design.zones[z].id))
            zoneIndex.emplace(design.zones[z].id, z);
    std::vector<std::size_t> zones; // the included ones, in design order
    for (std::size_t z = 0; z < zoneCount; ++z)
        if (zoneIndex.count(design.zones[z].id) && zoneIndex.at(design.zones[z].id) == z)
            zones.push_back(z);
    const auto indexOf = [&](const std::string& id) {
        const auto it = zoneIndex.find(id);
        return it == zoneIndex.end() ? top : it->second;
    };

    // Each included zone's parent (top when left out, unknown or part of a cycle).
    std::vector<std::size_t> parent(zoneCount, top);
    for (std::size_t z : zones)
        parent[z] = indexOf(design.zones[z].parent);
    for (std::size_t z : zones) {
        std::size_t at = z;
        for (std::size_t steps = 0; at != top && steps <= zoneCount; ++steps)
            at = parent[at];
        if (at != top)
            parent[z] = top; // a cycle of parents: treat this one as top level
    }
    // Zones from the top down, as a chain per zone (outermost first).
    std::vector<std::vector<std::size_t>> chain(zoneCount + 1);
    const auto chainOf = [&](std::size_t z) {
        std::vector<std::size_t> path;
        for (std::size_t at = z; at != top; at = parent[at])
            path.push_back(at);
        std::reverse(path.begin(), path.end());
        return path;
    };
    for (std::size_t z : zones)
        chain[z] = chainOf(z);

    // The boxes of every level (zone or top), in design order.
    std::vector<std::vector<Item>> items(zoneCount + 1);
    std::vector<std::size_t> componentLevel(design.components.size(), top);
    std::vector<std::size_t> componentNode(design.components.size(), 0);
    std::vector<std::size_t> zoneNode(zoneCount, 0);
    std::vector<bool> placedComponent(design.components.size(), false);
    std::unordered_map<std::string, std::size_t> componentIndex;
    for (std::size_t c = 0; c < design.components.size(); ++c) {
        const Component& component = design.components[c];
        if (!included(component.id))
            continue;
        placedComponent[c] = true;
        componentIndex.emplace(component.id, c);
        componentLevel[c] = indexOf(component.zone);
        componentNode[c] = items[componentLevel[c]].size();
        items[componentLevel[c]].push_back({false, c});
    }
    for (std::size_t z : zones) {
        zoneNode[z] = items[parent[z]].size();
        items[parent[z]].push_back({true, z});
    }

    // Each link joins two boxes of the innermost level holding both ends.
    std::vector<std::vector<LayerEdge>> edges(zoneCount + 1);
    for (const Link& link : design.links) {
        const auto from = componentIndex.find(link.from);
        const auto to = componentIndex.find(link.to);
        if (from == componentIndex.end() || to == componentIndex.end() || from == to)
            continue;
        const std::size_t a = from->second, b = to->second;
        const auto& chainA = chain[componentLevel[a]];
        const auto& chainB = chain[componentLevel[b]];
        std::size_t shared = 0;
        while (shared < chainA.size() && shared < chainB.size() && chainA[shared] == chainB[shared])
            ++shared;
        const std::size_t level = shared == 0 ? top : chainA[shared - 1];
        const std::size_t nodeA =
            shared < chainA.size() ? zoneNode[chainA[shared]] : componentNode[a];
        const std::size_t nodeB =
            shared < chainB.size() ? zoneNode[chainB[shared]] : componentNode[b];
        const KindSpec* kindA = m_catalog.find(design.components[a].kind);
        const KindSpec* kindB = m_catalog.find(design.components[b].kind);
        const bool rigid = (kindA && kindA->source) || (kindB && kindB->dataStore);
        if (nodeA != nodeB)
            edges[level].push_back({nodeA, nodeB, rigid});
    }

    // Levels from the innermost zones out: a zone's size is known before its parent's turn.
    std::vector<std::size_t> order = zones;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return chain[a].size() != chain[b].size() ? chain[a].size() > chain[b].size() : a < b;
    });
    order.push_back(top);

    std::vector<double> zoneWidth(zoneCount, 0), zoneHeight(zoneCount, 0);
    std::vector<Point> componentAt(design.components.size()), zoneAt(zoneCount);
    double width = 0, height = 0;
    for (std::size_t level : order) {
        std::vector<LayerNode> nodes;
        for (const Item& item : items[level]) {
            if (item.zone) {
                const Rect& r = design.zones[item.index].rect;
                nodes.push_back({zoneWidth[item.index], zoneHeight[item.index], NodeRole::Plain,
                                 r.y + r.height / 2});
            } else {
                const Component& c = design.components[item.index];
                const KindSpec* kind = m_catalog.find(c.kind);
                const NodeRole role = !kind             ? NodeRole::Plain
                                      : kind->source    ? NodeRole::Source
                                      : kind->dataStore ? NodeRole::Store
                                                        : NodeRole::Plain;
                nodes.push_back({std::max(c.rect.width, 1.0), std::max(c.rect.height, 1.0), role,
                                 c.rect.y + c.rect.height / 2});
            }
        }
        const std::vector<Point> at = layerGraph(nodes, edges[level], m_options.spacing);
        double right = 0, bottom = 0;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            right = std::max(right, at[i].x + nodes[i].width);
            bottom = std::max(bottom, at[i].y + nodes[i].height);
            (items[level][i].zone ? zoneAt : componentAt)[items[level][i].index] = at[i];
        }
        if (level == top) {
            width = right;
            height = bottom;
        } else {
            zoneWidth[level] = std::max(right, kEmptyZoneWidth) + 2 * m_options.zoneMargin;
            zoneHeight[level] =
                std::max(bottom, kEmptyZoneHeight) + 2 * m_options.zoneMargin + m_options.zoneLabel;
        }
    }

    // From the top down: positions so far are relative to the level's content origin.
    std::vector<Point> contentOrigin(zoneCount + 1);
    std::vector<std::size_t> downward(order.rbegin() + 1, order.rend());
    DesignLayout result;
    result.width = width;
    result.height = height;
    std::vector<Rect> zoneRect(zoneCount);
    for (std::size_t z : downward) {
        const Point& origin = contentOrigin[parent[z]];
        zoneRect[z] = {origin.x + zoneAt[z].x, origin.y + zoneAt[z].y, zoneWidth[z], zoneHeight[z]};
        contentOrigin[z] = {zoneRect[z].x + m_options.zoneMargin,
                            zoneRect[z].y + m_options.zoneMargin + m_options.zoneLabel};
    }
    for (std::size_t z : zones)
        result.zones.push_back({design.zones[z].id, zoneRect[z]});
    for (std::size_t c = 0; c < design.components.size(); ++c) {
        if (!placedComponent[c])
            continue;
        const Component& component = design.components[c];
        const Point& origin = contentOrigin[componentLevel[c]];
        result.components.push_back(
            {component.id,
             {origin.x + componentAt[c].x, origin.y + componentAt[c].y,
              std::max(component.rect.width, 1.0), std::max(component.rect.height, 1.0)}});
    }
    return result;
}

} // namespace studio::core::layout
