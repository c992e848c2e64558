#include "GeneratedDesign.h"

#include "catalog/Catalog.h"

#include <deque>
#include <string>
#include <vector>

namespace studio::bench {

core::Design generateDesign(std::size_t components, std::size_t links) {
    const core::Catalog& catalog = core::Catalog::standard();
    std::vector<const core::KindSpec*> stations;
    for (const auto& kind : catalog.kinds())
        if (kind.station)
            stations.push_back(&kind);

    core::Design design;
    design.name = "Generated " + std::to_string(components);
    const std::size_t columns = 50;
    design.components.push_back(catalog.makeComponent(*catalog.find("client"), "c0", -300, 0));
    for (std::size_t i = 1; i < components; ++i) {
        const auto& kind = *stations[i % stations.size()];
        const double x = static_cast<double>(i % columns) * 240.0;
        const double y = static_cast<double>(i / columns) * 140.0;
        design.components.push_back(catalog.makeComponent(kind, "c" + std::to_string(i), x, y));
    }
    // Mostly local links: each component calls one or two of its next neighbours.
    for (std::size_t i = 0; i < links && components > 2; ++i) {
        const std::size_t from = i % (components - 1);
        const std::size_t to = 1 + (from + 1 + i / (components - 1)) % (components - 1);
        if (to == from)
            continue;
        core::Link link;
        link.id = "l" + std::to_string(i);
        link.from = "c" + std::to_string(from);
        link.to = "c" + std::to_string(to);
        link.mode = from == 0 ? core::LinkMode::Choose : core::LinkMode::Call;
        design.links.push_back(link);
    }
    return design;
}

core::Design generateSolvableDesign(std::size_t components, double rate) {
    core::Design design = generateDesign(components, 0);
    const core::Catalog& catalog = core::Catalog::standard();
    std::deque<std::size_t> parents{0};
    std::vector<int> children(components, 0);
    for (std::size_t i = 1; i < components; ++i) {
        const std::size_t parent = parents.front();
        const bool store = catalog.find(design.components[i].kind)->dataStore;
        core::Link link;
        link.id = "tree-" + std::to_string(i);
        link.from = design.components[parent].id;
        link.to = design.components[i].id;
        link.mode = store ? core::LinkMode::Call : core::LinkMode::Choose;
        design.links.push_back(link);
        if (!store)
            parents.push_back(i);
        if (++children[parent] == (parent == 0 ? 1 : 4))
            parents.pop_front();
    }
    design.components[0].workload->rate = rate;
    return design;
}

core::Design generateZoneChain(std::size_t zones) {
    core::Design design = generateDesign(zones, 0);
    for (std::size_t i = 0; i < zones; ++i) {
        core::Zone zone;
        zone.id = "z" + std::to_string(i);
        zone.name = "Zone " + std::to_string(i);
        // Innermost first: each zone's parent comes later in the file, so a check that walks
        // up from every zone walks the whole chain.
        if (i + 1 < zones)
            zone.parent = "z" + std::to_string(i + 1);
        zone.rect = {-400, -100, 15000, 1e6};
        design.zones.push_back(zone);
        design.components[i].zone = zone.id;
    }
    return design;
}

} // namespace studio::bench
