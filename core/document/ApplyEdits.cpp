#include "document/ApplyEdits.h"

#include "estimate/Calculation.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>

namespace studio::core::edits {

namespace {

// The largest count a property is given; the design's validation says what it accepts.
constexpr double kLargestCount = 1e15;

// The change `apply` makes to component `id`: empty when there is none or nothing changes.
template <class Apply> ChangeSet applyTo(const Design& design, const std::string& id, Apply apply) {
    ChangeSet changes;
    const Component* component = design.findComponent(id);
    if (!component)
        return changes;
    Component after = apply(*component);
    if (after != *component)
        changes.recordChange(design, std::move(after));
    return changes;
}

} // namespace

bool takesArrivalRate(const Component& component) {
    return component.workload && component.workload->type == WorkloadType::Open;
}

Component withArrivalRate(Component component, double rate, double peakFactor) {
    if (!component.workload)
        component.workload.emplace();
    component.workload->rate = rate;
    component.workload->peakFactor = peakFactor;
    return component;
}

ChangeSet setArrivalRate(const Design& design, const std::string& id, double rate,
                         double peakFactor) {
    return applyTo(design, id,
                   [&](const Component& c) { return withArrivalRate(c, rate, peakFactor); });
}

bool takesCacheSize(const Component& component, const Catalog& catalog) {
    const KindSpec* kind = catalog.find(component.kind);
    if (!kind || !kind->hitsOrMisses)
        return false;
    const PropertySpec* capacity = kind->property("capacity");
    return capacity && std::string_view(capacity->unit) == "B";
}

double shardsOf(const Component& component) {
    return std::max(1.0, component.number("shards", 1));
}

double bytesPerShard(const Component& cache, double bytes) {
    return std::ceil(bytes / shardsOf(cache));
}

Component withCacheSize(Component cache, double bytes) {
    cache.properties["capacity"] = bytesPerShard(cache, bytes);
    return cache;
}

ChangeSet setCacheSize(const Design& design, const std::string& id, double bytes) {
    return applyTo(design, id, [&](const Component& c) { return withCacheSize(c, bytes); });
}

bool takesShardCount(const Component& component, const Catalog& catalog) {
    const KindSpec* kind = catalog.find(component.kind);
    return kind && kind->dataStore && kind->property("shards");
}

double wholeShards(double shards) {
    const double whole = std::isfinite(shards) ? estimate::ceilWhole(shards) : kLargestCount;
    return std::clamp(whole, 1.0, kLargestCount);
}

Component withShardCount(Component store, double shards) {
    store.properties["shards"] = static_cast<std::int64_t>(wholeShards(shards));
    return store;
}

ChangeSet setShardCount(const Design& design, const std::string& id, double shards) {
    return applyTo(design, id, [&](const Component& c) { return withShardCount(c, shards); });
}

} // namespace studio::core::edits
