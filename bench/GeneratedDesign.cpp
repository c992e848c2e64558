#include "GeneratedDesign.h"

#include "catalog/Catalog.h"

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

} // namespace studio::bench
