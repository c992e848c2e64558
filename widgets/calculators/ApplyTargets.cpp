#include "widgets/calculators/ApplyTargets.h"

#include "widgets/calculators/ApplyBox.h"
#include "widgets/commands/ApplyCommands.h"

#include "document/ApplyEdits.h"
#include "estimate/Calculation.h"
#include "estimate/QuantityFormat.h"

#include <array>
#include <cmath>

namespace studio::widgets {

namespace edits = core::edits;
namespace estimate = core::estimate;

namespace {

QString quantity(double value, estimate::Dimension dimension, const char* noun = "") {
    return QString::fromStdString(estimate::formatQuantity(value, dimension, noun));
}

// One row per ApplyTarget, in its order. Texts keep ApplyBox's translation context.
const std::array<ApplyTargetSpec, 3> kTargets = {{
    {
        ApplyTarget::ArrivalRate,
        "traffic",
        "requests_per_second",
        "peak_factor",
        [] { return ApplyBox::tr("Apply to a client's workload"); },
        [] { return ApplyBox::tr("No client with an open workload"); },
        [](const ApplyAmount& amount) {
            return ApplyBox::tr("Sets the client's arrival rate to %1 (the average) and its "
                                "peak factor to %2.")
                .arg(quantity(amount.value, estimate::Dimension::Rate, "req/s"),
                     QString::fromStdString(estimate::roundedNumber(amount.peakFactor, 3)));
        },
        [](const core::Component& component, const core::Catalog&) {
            return edits::takesArrivalRate(component);
        },
        nullptr,
        [](const core::Component& component, const ApplyAmount& amount) {
            return edits::withArrivalRate(component, amount.value, amount.peakFactor);
        },
        [](core::DesignDocument& document, const std::string& id,
           const ApplyAmount& amount) -> QUndoCommand* {
            return new ApplyArrivalRateCommand(document, id, amount.value, amount.peakFactor);
        },
    },
    {
        ApplyTarget::CacheSize,
        "cache",
        "bytes",
        nullptr,
        [] { return ApplyBox::tr("Apply to a cache"); },
        [] { return ApplyBox::tr("No cache in the design"); },
        [](const ApplyAmount& amount) {
            return ApplyBox::tr(
                       "Sets the cache's memory to %1 in all, split evenly over its shards.")
                .arg(quantity(amount.value, estimate::Dimension::Bytes));
        },
        &edits::takesCacheSize,
        nullptr,
        [](const core::Component& component, const ApplyAmount& amount) {
            return edits::withCacheSize(component, amount.value);
        },
        [](core::DesignDocument& document, const std::string& id, const ApplyAmount& amount)
            -> QUndoCommand* { return new ApplyCacheSizeCommand(document, id, amount.value); },
    },
    {
        ApplyTarget::ShardCount,
        "shards",
        "shards",
        nullptr,
        [] { return ApplyBox::tr("Apply to a data store"); },
        [] { return ApplyBox::tr("No data store in the design"); },
        [](const ApplyAmount& amount) {
            return ApplyBox::tr("Sets the store's shard count to %1.")
                .arg(QString::fromStdString(estimate::roundedNumber(amount.value, 15)));
        },
        &edits::takesShardCount,
        // Shards are mostly a database's question: caches come after the other stores.
        &edits::takesCacheSize,
        [](const core::Component& component, const ApplyAmount& amount) {
            return edits::withShardCount(component, amount.value);
        },
        [](core::DesignDocument& document, const std::string& id, const ApplyAmount& amount)
            -> QUndoCommand* { return new ApplyShardCountCommand(document, id, amount.value); },
    },
}};

} // namespace

const ApplyTargetSpec& applyTargetSpec(ApplyTarget target) {
    for (const ApplyTargetSpec& spec : kTargets)
        if (spec.target == target)
            return spec;
    return kTargets.front(); // not reached: every ApplyTarget has a row
}

std::optional<ApplyTarget> applyTargetOf(const std::string& calculator) {
    for (const ApplyTargetSpec& spec : kTargets)
        if (calculator == spec.calculator)
            return spec.target;
    return std::nullopt;
}

std::optional<ApplyAmount> applyAmountOf(ApplyTarget target,
                                         const estimate::Calculation& calculation) {
    const ApplyTargetSpec& spec = applyTargetSpec(target);
    ApplyAmount amount;
    amount.value = calculation.value(spec.output);
    if (spec.peakFactorInput)
        for (const estimate::UsedInput& input : calculation.inputs)
            if (input.key == spec.peakFactorInput && !input.numbers.empty())
                amount.peakFactor = input.numbers.front();
    if (!std::isfinite(amount.value))
        return std::nullopt;
    return amount;
}

} // namespace studio::widgets
