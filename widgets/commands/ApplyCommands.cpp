#include "commands/ApplyCommands.h"

#include "estimate/Calculation.h"
#include "estimate/QuantityFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace studio::widgets {

namespace estimate = core::estimate;

namespace {

// The largest count a property is given; the design's validation says what it accepts.
constexpr double kLargestCount = 1e15;

QString nameOf(const core::Design& design, const std::string& id) {
    const core::Component* component = design.findComponent(id);
    return QString::fromStdString(component && !component->name.empty() ? component->name : id);
}

QString quantity(double value, estimate::Dimension dimension, const char* noun = "") {
    return QString::fromStdString(estimate::formatQuantity(value, dimension, noun));
}

core::ChangeSet changed(const core::Design& design, const core::Component* after) {
    core::ChangeSet changes;
    if (after)
        changes.recordChange(design, *after);
    return changes;
}

template <class Apply>
core::ChangeSet applyTo(const core::Design& design, const std::string& id, Apply apply) {
    const core::Component* component = design.findComponent(id);
    if (!component)
        return {};
    const core::Component after = apply(*component);
    return changed(design, after == *component ? nullptr : &after);
}

// A shard count as a whole number from 1 to kLargestCount.
double wholeShards(double shards) {
    const double whole = std::isfinite(shards) ? estimate::ceilWhole(shards) : kLargestCount;
    return std::clamp(whole, 1.0, kLargestCount);
}

double shardsOf(const core::Component& component) {
    return std::max(1.0, component.number("shards", 1));
}

} // namespace

ApplyArrivalRateCommand::ApplyArrivalRateCommand(core::DesignDocument& document,
                                                 const std::string& clientId, double rate,
                                                 double peakFactor)
    : DesignCommand(
          document,
          applyTo(document.design(), clientId,
                  [&](const core::Component& c) { return applied(c, rate, peakFactor); }),
          QCoreApplication::translate("Commands", "Set arrival rate of %1 to %2, peak x%3")
              .arg(nameOf(document.design(), clientId),
                   quantity(rate, estimate::Dimension::Rate, "req/s"),
                   QString::fromStdString(estimate::roundedNumber(peakFactor, 3)))) {}

bool ApplyArrivalRateCommand::fits(const core::Component& component) {
    return component.workload && component.workload->type == core::WorkloadType::Open;
}

core::Component ApplyArrivalRateCommand::applied(core::Component component, double rate,
                                                 double peakFactor) {
    if (!component.workload)
        component.workload.emplace();
    component.workload->rate = rate;
    component.workload->peakFactor = peakFactor;
    return component;
}

ApplyCacheSizeCommand::ApplyCacheSizeCommand(core::DesignDocument& document,
                                             const std::string& cacheId, double bytes)
    : DesignCommand(
          document,
          applyTo(document.design(), cacheId,
                  [&](const core::Component& c) { return applied(c, bytes); }),
          [&] {
              const core::Component* cache = document.design().findComponent(cacheId);
              const double shards = cache ? shardsOf(*cache) : 1;
              const QString name = nameOf(document.design(), cacheId);
              const QString total = quantity(bytes, estimate::Dimension::Bytes);
              if (shards <= 1)
                  return QCoreApplication::translate("Commands", "Set memory of %1 to %2")
                      .arg(name, total);
              return QCoreApplication::translate("Commands", "Set memory of %1 to %2 a shard (%3 "
                                                             "over %4 shards)")
                  .arg(name, quantity(std::ceil(bytes / shards), estimate::Dimension::Bytes), total,
                       QString::number(shards, 'g', 15));
          }()) {}

bool ApplyCacheSizeCommand::fits(const core::Component& component, const core::Catalog& catalog) {
    const core::KindSpec* kind = catalog.find(component.kind);
    if (!kind || !kind->hitsOrMisses)
        return false;
    const core::PropertySpec* capacity = kind->property("capacity");
    return capacity && std::string_view(capacity->unit) == "B";
}

core::Component ApplyCacheSizeCommand::applied(core::Component component, double bytes) {
    component.properties["capacity"] = std::ceil(bytes / shardsOf(component));
    return component;
}

ApplyShardCountCommand::ApplyShardCountCommand(core::DesignDocument& document,
                                               const std::string& storeId, double shards)
    : DesignCommand(document,
                    applyTo(document.design(), storeId,
                            [&](const core::Component& c) { return applied(c, shards); }),
                    QCoreApplication::translate("Commands", "Set shards of %1 to %2")
                        .arg(nameOf(document.design(), storeId))
                        .arg(static_cast<qlonglong>(wholeShards(shards)))) {}

bool ApplyShardCountCommand::fits(const core::Component& component, const core::Catalog& catalog) {
    const core::KindSpec* kind = catalog.find(component.kind);
    return kind && kind->dataStore && kind->property("shards");
}

core::Component ApplyShardCountCommand::applied(core::Component component, double shards) {
    component.properties["shards"] = static_cast<std::int64_t>(wholeShards(shards));
    return component;
}

} // namespace studio::widgets
