#pragma once

#include "catalog/Catalog.h"
#include "layout/LayerGraph.h"
#include "model/Design.h"

#include <set>
#include <string>
#include <vector>

namespace studio::core::layout {

// Where the layout puts one component or zone.
struct Placement {
    std::string id;
    Rect rect; // scene units; the whole layout's top-left at (0, 0)
};

struct DesignLayout {
    std::vector<Placement> components; // in design order
    std::vector<Placement> zones;      // in design order, each refit around its members
    double width = 0;                  // of everything placed
    double height = 0;
};

struct LayoutOptions {
    LayerSpacing spacing;
    double zoneMargin = 24; // scene units around a zone's members (as edits::group uses)
    double zoneLabel = 20;  // above them, for the zone's name
};

// Auto-layout of a design, left to right: clients first, data stores right of their
// callers, zones kept together. Each zone is laid out on its own (its components and nested
// zones, with the links between them), then stands as one box in its parent's drawing, where
// links into it count as links to the box; so members stay inside their zone, nested zones
// inside their parents and nothing overlaps. Unlinked boxes (notes) go under the rest.
class LayeredLayout {
public:
    explicit LayeredLayout(const Catalog& catalog = Catalog::standard(),
                           LayoutOptions options = {});

    // Lays out the components and zones whose ids are in `only` (every one when it is
    // empty); a zone's members are not added to `only` by this. A component whose zone is
    // left out is laid out as if it were in none, likewise a zone whose parent is.
    DesignLayout run(const Design& design, const std::set<std::string>& only = {}) const;

private:
    const Catalog& m_catalog;
    LayoutOptions m_options;
};

} // namespace studio::core::layout
