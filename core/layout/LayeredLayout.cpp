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

// The included zones as a tree: level `top` (the zone count) is the top level.
struct ZoneTree {
    std::size_t top = 0;
    std::vector<std::size_t> zones;              // the included ones, in design order
    std::vector<std::size_t> parent;             // per zone: top when left out or cyclic
    std::vector<std::vector<std::size_t>> chain; // per zone: its ancestors, outermost first
    std::unordered_map<std::string, std::size_t> index;

    std::size_t indexOf(const std::string& id) const {
        const auto it = index.find(id);
        return it == index.end() ? top : it->second;
    }
};

// The boxes of every level, and where each component and zone sits among them.
struct Levels {
    std::vector<std::vector<Item>> items;    // per level, in design order
    std::vector<std::size_t> componentLevel; // per component
    std::vector<std::size_t> componentNode;  // per component: its place in its level's items
    std::vector<std::size_t> zoneNode;       // per zone: its place in its parent's items
    std::vector<bool> placed;                // per component: included
    std::unordered_map<std::string, std::size_t> componentIndex;
};

// Sizes (zones) and positions relative to their level's content origin.
struct Sizes {
    std::vector<double> zoneWidth, zoneHeight;
    std::vector<Point> componentAt, zoneAt;
    double width = 0, height = 0; // the top level's
};

template <class Included> ZoneTree zoneTree(const Design& design, const Included& included) {
    ZoneTree tree;
    const std::size_t count = design.zones.size();
    tree.top = count;
    for (std::size_t z = 0; z < count; ++z)
        if (included(design.zones[z].id))
            tree.index.emplace(design.zones[z].id, z);
    for (std::size_t z = 0; z < count; ++z)
        if (tree.index.count(design.zones[z].id) && tree.index.at(design.zones[z].id) == z)
            tree.zones.push_back(z);
    tree.parent.assign(count, tree.top);
    for (std::size_t z : tree.zones)
        tree.parent[z] = tree.indexOf(design.zones[z].parent);
    for (std::size_t z : tree.zones) {
        std::size_t at = z;
        for (std::size_t steps = 0; at != tree.top && steps <= count; ++steps)
            at = tree.parent[at];
        if (at != tree.top)
            tree.parent[z] = tree.top; // a cycle of parents: treat this one as top level
    }
    tree.chain.assign(count + 1, {});
    for (std::size_t z : tree.zones) {
        for (std::size_t at = z; at != tree.top; at = tree.parent[at])
            tree.chain[z].push_back(at);
        std::reverse(tree.chain[z].begin(), tree.chain[z].end());
    }
    return tree;
}

template <class Included>
Levels levels(const Design& design, const ZoneTree& tree, const Included& included) {
    Levels l;
    const std::size_t components = design.components.size();
    l.items.assign(tree.top + 1, {});
    l.componentLevel.assign(components, tree.top);
    l.componentNode.assign(components, 0);
    l.zoneNode.assign(tree.top, 0);
    l.placed.assign(components, false);
    for (std::size_t c = 0; c < components; ++c) {
        const Component& component = design.components[c];
        if (!included(component.id))
            continue;
        l.placed[c] = true;
        l.componentIndex.emplace(component.id, c);
        l.componentLevel[c] = tree.indexOf(component.zone);
        l.componentNode[c] = l.items[l.componentLevel[c]].size();
        l.items[l.componentLevel[c]].push_back({false, c});
    }
    for (std::size_t z : tree.zones) {
        l.zoneNode[z] = l.items[tree.parent[z]].size();
        l.items[tree.parent[z]].push_back({true, z});
    }
    return l;
}

// Each link joins two boxes of the innermost level holding both ends.
std::vector<std::vector<LayerEdge>> levelEdges(const Design& design, const Catalog& catalog,
                                               const ZoneTree& tree, const Levels& l) {
    std::vector<std::vector<LayerEdge>> edges(tree.top + 1);
    for (const Link& link : design.links) {
        const auto from = l.componentIndex.find(link.from);
        const auto to = l.componentIndex.find(link.to);
        if (from == l.componentIndex.end() || to == l.componentIndex.end() || from == to)
            continue;
        const std::size_t a = from->second, b = to->second;
        const auto& chainA = tree.chain[l.componentLevel[a]];
        const auto& chainB = tree.chain[l.componentLevel[b]];
        std::size_t shared = 0;
        while (shared < chainA.size() && shared < chainB.size() && chainA[shared] == chainB[shared])
            ++shared;
        const std::size_t level = shared == 0 ? tree.top : chainA[shared - 1];
        const std::size_t nodeA =
            shared < chainA.size() ? l.zoneNode[chainA[shared]] : l.componentNode[a];
        const std::size_t nodeB =
            shared < chainB.size() ? l.zoneNode[chainB[shared]] : l.componentNode[b];
        const KindSpec* kindA = catalog.find(design.components[a].kind);
        const KindSpec* kindB = catalog.find(design.components[b].kind);
        const bool rigid = (kindA && kindA->source) || (kindB && kindB->dataStore);
        if (nodeA != nodeB)
            edges[level].push_back({nodeA, nodeB, rigid});
    }
    return edges;
}

// The graph nodes of one level: nested zones at the size their own turn gave them.
std::vector<LayerNode> levelNodes(const Design& design, const Catalog& catalog,
                                  const std::vector<Item>& items, const Sizes& sizes) {
    std::vector<LayerNode> nodes;
    for (const Item& item : items) {
        if (item.zone) {
            const Rect& r = design.zones[item.index].rect;
            nodes.push_back({sizes.zoneWidth[item.index], sizes.zoneHeight[item.index],
                             NodeRole::Plain, r.y + r.height / 2});
            continue;
        }
        const Component& c = design.components[item.index];
        const KindSpec* kind = catalog.find(c.kind);
        const NodeRole role = !kind             ? NodeRole::Plain
                              : kind->source    ? NodeRole::Source
                              : kind->dataStore ? NodeRole::Store
                                                : NodeRole::Plain;
        nodes.push_back({std::max(c.rect.width, 1.0), std::max(c.rect.height, 1.0), role,
                         c.rect.y + c.rect.height / 2});
    }
    return nodes;
}

// Lays out each level in `order` (innermost zones first), sizing each zone for its parent's
// turn.
Sizes placeLevels(const Design& design, const Catalog& catalog, const LayoutOptions& options,
                  const std::vector<std::vector<LayerEdge>>& edges,
                  const std::vector<std::vector<Item>>& items,
                  const std::vector<std::size_t>& order, std::size_t top) {
    Sizes sizes;
    sizes.zoneWidth.assign(top, 0);
    sizes.zoneHeight.assign(top, 0);
    sizes.componentAt.assign(design.components.size(), {});
    sizes.zoneAt.assign(top, {});
    for (std::size_t level : order) {
        const std::vector<LayerNode> nodes = levelNodes(design, catalog, items[level], sizes);
        const std::vector<Point> at = layerGraph(nodes, edges[level], options.spacing);
        double right = 0, bottom = 0;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            right = std::max(right, at[i].x + nodes[i].width);
            bottom = std::max(bottom, at[i].y + nodes[i].height);
            (items[level][i].zone ? sizes.zoneAt : sizes.componentAt)[items[level][i].index] =
                at[i];
        }
        if (level == top) {
            sizes.width = right;
            sizes.height = bottom;
        } else {
            sizes.zoneWidth[level] = std::max(right, kEmptyZoneWidth) + 2 * options.zoneMargin;
            sizes.zoneHeight[level] =
                std::max(bottom, kEmptyZoneHeight) + 2 * options.zoneMargin + options.zoneLabel;
        }
    }
    return sizes;
}

// From the top down: positions so far are relative to their level's content origin.
DesignLayout absolute(const Design& design, const LayoutOptions& options, const ZoneTree& tree,
                      const Levels& l, const Sizes& sizes, const std::vector<std::size_t>& order) {
    std::vector<Point> contentOrigin(tree.top + 1);
    DesignLayout result;
    result.width = sizes.width;
    result.height = sizes.height;
    std::vector<Rect> zoneRect(tree.top);
    for (auto it = order.rbegin() + 1; it != order.rend(); ++it) {
        const std::size_t z = *it;
        const Point& origin = contentOrigin[tree.parent[z]];
        zoneRect[z] = {origin.x + sizes.zoneAt[z].x, origin.y + sizes.zoneAt[z].y,
                       sizes.zoneWidth[z], sizes.zoneHeight[z]};
        contentOrigin[z] = {zoneRect[z].x + options.zoneMargin,
                            zoneRect[z].y + options.zoneMargin + options.zoneLabel};
    }
    for (std::size_t z : tree.zones)
        result.zones.push_back({design.zones[z].id, zoneRect[z]});
    for (std::size_t c = 0; c < design.components.size(); ++c) {
        if (!l.placed[c])
            continue;
        const Component& component = design.components[c];
        const Point& origin = contentOrigin[l.componentLevel[c]];
        result.components.push_back(
            {component.id,
             {origin.x + sizes.componentAt[c].x, origin.y + sizes.componentAt[c].y,
              std::max(component.rect.width, 1.0), std::max(component.rect.height, 1.0)}});
    }
    return result;
}

} // namespace

LayeredLayout::LayeredLayout(const Catalog& catalog, LayoutOptions options)
    : m_catalog(catalog)
    , m_options(options) {}

DesignLayout LayeredLayout::run(const Design& design, const std::set<std::string>& only) const {
    const auto included = [&](const std::string& id) { return only.empty() || only.count(id); };
    const ZoneTree tree = zoneTree(design, included);
    const Levels l = levels(design, tree, included);
    const std::vector<std::vector<LayerEdge>> edges = levelEdges(design, m_catalog, tree, l);

    // Levels from the innermost zones out: a zone's size is known before its parent's turn.
    std::vector<std::size_t> order = tree.zones;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const std::size_t da = tree.chain[a].size(), db = tree.chain[b].size();
        return da != db ? da > db : a < b;
    });
    order.push_back(tree.top);
    const Sizes sizes = placeLevels(design, m_catalog, m_options, edges, l.items, order, tree.top);
    return absolute(design, m_options, tree, l, sizes, order);
}

} // namespace studio::core::layout
