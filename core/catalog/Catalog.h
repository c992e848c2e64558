#pragma once

#include "catalog/KindSpec.h"
#include "model/Component.h"

#include <string>
#include <string_view>
#include <vector>

namespace studio::core {

// The component kinds the studio knows. Data, not code: the palette, the inspector, the
// file format's validation and the solvers all read it.
class Catalog {
public:
    // The built-in catalog (CatalogData.cpp).
    static const Catalog& standard();

    explicit Catalog(std::vector<KindSpec> kinds);

    const std::vector<KindSpec>& kinds() const { return m_kinds; }
    const KindSpec* find(std::string_view id) const; // nullptr for an unknown kind

    // A component of `kind` at (x, y) with every property, its service time and (for a
    // source) its workload at the kind's defaults, named after the kind.
    Component makeComponent(const KindSpec& kind, std::string id, double x, double y) const;

    // Every property `kind` declares that `component` lacks, set to its default.
    static void fillDefaults(const KindSpec& kind, Component& component);

private:
    std::vector<KindSpec> m_kinds;
};

} // namespace studio::core
