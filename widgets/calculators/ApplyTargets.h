#pragma once

#include "catalog/Catalog.h"
#include "model/Component.h"

#include <QString>

#include <optional>
#include <string>

class QUndoCommand;

namespace studio::core {
class DesignDocument;
}
namespace studio::core::estimate {
struct Calculation;
}

namespace studio::widgets {

// Which field of the design a result goes to.
enum class ApplyTarget {
    ArrivalRate, // a client's open workload: rate (average, req/s) and peak factor
    CacheSize,   // a cache's memory (bytes in all, split over its shards)
    ShardCount,  // a data store's shards
};

// A figure to apply: `value` in the target's unit (req/s, bytes, shards).
struct ApplyAmount {
    double value = 0;
    double peakFactor = 1; // ArrivalRate only
};

// Everything about one target, as one row of a table: adding a target is a row (and its
// ApplyTarget value). The rules behind it are core's (document/ApplyEdits.h).
struct ApplyTargetSpec {
    ApplyTarget target;
    const char* calculator;      // the calculator whose result it takes: "traffic"
    const char* output;          // that result's output, in the target's unit
    const char* peakFactorInput; // the calculator's input giving the peak factor, or nullptr
    QString (*title)();          // the apply box's title
    QString (*noTarget)();       // what the box shows when no component fits
    QString (*what)(const ApplyAmount& amount); // what applying `amount` does
    bool (*fits)(const core::Component& component, const core::Catalog& catalog);
    // Fitting components listed after the others (nullptr: none).
    bool (*listedLast)(const core::Component& component, const core::Catalog& catalog);
    // The component with the amount applied, for validation before the command.
    core::Component (*applied)(const core::Component& component, const ApplyAmount& amount);
    // The undo command applying the amount to component `id`; the caller owns it.
    QUndoCommand* (*command)(core::DesignDocument& document, const std::string& id,
                             const ApplyAmount& amount);
};

const ApplyTargetSpec& applyTargetSpec(ApplyTarget target);
// The target the result of `calculator` goes to; nothing when it has nowhere to go.
std::optional<ApplyTarget> applyTargetOf(const std::string& calculator);
// The figure of `calculation` that `target` takes; nothing when it is not a finite number.
std::optional<ApplyAmount> applyAmountOf(ApplyTarget target,
                                         const core::estimate::Calculation& calculation);

} // namespace studio::widgets
