#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Problem.h"
#include "util/Result.h"

#include <string>

namespace studio::core {

// Every rule a design must keep (docs/FORMAT.md, "Validation"): unique ids, links and zones
// that name what exists, properties within their kind's ranges, workloads on sources only
// with mixes summing to 1, call steps and conditions that make sense, failure events that
// strike what exists. Returns every problem, in file order, each about its component, link or
// zone (or the design: `failures[2]`'s are the design's) and field; empty when the design is
// valid.
Problems validateDesign(const Design& design, const Catalog& catalog = Catalog::standard());

// Parses a design's JSON text (designFromJson) and validates it: the design, or every
// problem of the first step that failed.
Result<Design> validDesignFromJson(const std::string& text,
                                   const Catalog& catalog = Catalog::standard());

} // namespace studio::core
