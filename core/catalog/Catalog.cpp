#include "catalog/Catalog.h"

namespace studio::core {

Catalog::Catalog(std::vector<KindSpec> kinds)
    : m_kinds(std::move(kinds)) {}

const KindSpec* Catalog::find(std::string_view id) const {
    for (const auto& kind : m_kinds)
        if (kind.id == id)
            return &kind;
    return nullptr;
}

Component Catalog::makeComponent(const KindSpec& kind, std::string id, double x, double y) const {
    Component component;
    component.id = std::move(id);
    component.kind = kind.id;
    component.name = kind.label;
    component.rect = Rect{x, y, kind.defaultWidth, kind.defaultHeight};
    component.service = kind.defaultService;
    if (kind.source) {
        Workload workload;
        workload.classes.push_back(RequestClass{"read", 1.0, Operation::Read, 200, 1000});
        component.workload = workload;
    }
    fillDefaults(kind, component);
    return component;
}

void Catalog::fillDefaults(const KindSpec& kind, Component& component) {
    for (const auto& spec : kind.properties)
        component.properties.try_emplace(spec.key, spec.defaultValue);
}

} // namespace studio::core
