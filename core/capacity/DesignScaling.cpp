#include "capacity/DesignScaling.h"

#include <algorithm>
#include <cmath>

namespace studio::core::capacity {

namespace {

// The file format's ranges (format/ValidationChecks.cpp): a scaled design stays valid.
constexpr double kMinRate = 1e-9; // req/s
constexpr double kMaxRate = 1e9;  // req/s
constexpr double kMaxPopulation = 1e9;
// Beyond these a search has long stopped meaning anything.
constexpr double kLowestFactor = 1e-12;
constexpr double kHighestFactor = 1e12;

} // namespace

Design scaledDesign(const Design& design, double factor) {
    Design scaled = design;
    for (Component& c : scaled.components) {
        if (!c.workload)
            continue;
        Workload& w = *c.workload;
        if (w.type == WorkloadType::Open) {
            w.rate = std::clamp(w.rate * factor, kMinRate, kMaxRate);
        } else {
            const double users = std::round(static_cast<double>(w.population) * factor);
            w.population = static_cast<std::int64_t>(std::clamp(users, 1.0, kMaxPopulation));
        }
    }
    return scaled;
}

FactorRange factorRange(const Design& design) {
    FactorRange range{kLowestFactor, kHighestFactor};
    bool any = false;
    for (const Component& c : design.components) {
        if (!c.workload)
            continue;
        any = true;
        const Workload& w = *c.workload;
        if (w.type == WorkloadType::Open && w.rate > 0) {
            range.low = std::max(range.low, kMinRate / w.rate);
            range.high = std::min(range.high, kMaxRate / w.rate);
        } else if (w.type == WorkloadType::Closed && w.population > 0) {
            range.high = std::min(range.high, kMaxPopulation / static_cast<double>(w.population));
        }
    }
    return any ? range : FactorRange{};
}

std::optional<GrowableCount> growableCount(const Design& design, const std::string& component,
                                           const Catalog& catalog) {
    const Component* c = design.findComponent(component);
    const KindSpec* kind = c ? catalog.find(c->kind) : nullptr;
    if (!kind)
        return std::nullopt;
    const PropertySpec* spec = kind->property(kind->dataStore ? "shards" : "instances");
    if (!spec)
        return std::nullopt;
    const double value = c->number(spec->key, asNumber(spec->defaultValue, 1));
    return GrowableCount{spec->key, static_cast<std::int64_t>(value),
                         static_cast<std::int64_t>(spec->max)};
}

Design withCount(const Design& design, const std::string& component, const std::string& property,
                 std::int64_t value) {
    Design changed = design;
    if (Component* c = changed.findComponent(component))
        c->properties[property] = value;
    return changed;
}

} // namespace studio::core::capacity
