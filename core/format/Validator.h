#pragma once

#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Problem.h"

namespace studio::core {

// Every rule a design must keep (docs/FORMAT.md, "Validation"): unique ids, links and zones
// that name what exists, properties within their kind's ranges, workloads on sources only
// with mixes summing to 1, call steps and conditions that make sense. Returns every problem,
// in file order, each about its component, link or zone (or the design) and field; empty
// when the design is valid.
Problems validateDesign(const Design& design, const Catalog& catalog = Catalog::standard());

} // namespace studio::core
